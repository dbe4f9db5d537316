import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { selectShownEvents } from '../store/selectors'
import { useTimelineStore } from '../store/timelineStore'
import { makeDataset, makeEvent } from '../test/fixtures'
import { CountryFilter } from './CountryFilter'

const events = [
  makeEvent({ title: 'Security Treaty', countries: ['US', 'JP'] }),
  makeEvent({ title: 'Peace Treaty', countries: ['JP'] }),
  makeEvent({ title: 'Armistice', countries: ['US', 'KR'] }),
  makeEvent({
    title: 'Washington Treaty',
    countries: ['US', 'GB'],
    organizations: ['NATO'],
  }),
  makeEvent({ title: 'Élysée Treaty', countries: ['FR', 'DE'] }),
  makeEvent({ title: 'Minsk', countries: ['UA', 'RU'] }),
  makeEvent({ title: 'Accession', countries: ['PL', 'CA', 'IT'] }),
]

/** What a timeline would draw: the shown events' titles (the real Timeline is another panel). */
function ShownList() {
  const shown = useTimelineStore(selectShownEvents)
  return (
    <ul aria-label="Shown events">
      {shown.map((e) => (
        <li key={e.id}>{e.title}</li>
      ))}
    </ul>
  )
}

function setupFilter() {
  const user = userEvent.setup()
  render(
    <>
      <CountryFilter />
      <ShownList />
    </>,
  )
  return user
}

function shownTitles(): string[] {
  const list = screen.getByRole('list', { name: 'Shown events' })
  return within(list)
    .queryAllByRole('listitem')
    .map((li) => li.textContent ?? '')
}

beforeEach(() => {
  useTimelineStore.setState(useTimelineStore.getInitialState(), true)
  useTimelineStore.getState().loadDataset(makeDataset(events))
})

describe('CountryFilter', () => {
  it('lists countries with their event counts, most frequent first', () => {
    setupFilter()
    const group = screen.getByRole('group', { name: 'Filter by country' })
    const countries = within(group).getByRole('group', { name: 'Countries' })
    const boxes = within(countries).getAllByRole('checkbox')
    expect(boxes[0]).toHaveAccessibleName('United States (3)')
    expect(boxes[1]).toHaveAccessibleName('Japan (2)')
    expect(boxes[2]).toHaveAccessibleName('Canada (1)')
    expect(
      within(group).getByRole('checkbox', { name: 'NATO (1)' }),
    ).toHaveAccessibleDescription('North Atlantic Treaty Organization')
  })

  it('checking "Japan" leaves only events involving Japan', async () => {
    const user = setupFilter()
    expect(screen.getByRole('status')).toHaveTextContent('Showing all 7 events')

    await user.click(screen.getByRole('checkbox', { name: /^Japan/ }))

    expect(screen.getByRole('checkbox', { name: /^Japan/ })).toBeChecked()
    expect(screen.getByRole('status')).toHaveTextContent(
      'Showing 2 of 7 events',
    )
    expect(shownTitles()).toEqual(['Security Treaty', 'Peace Treaty'])
  })

  it('"All of these" keeps only events involving every chosen country', async () => {
    const user = setupFilter()
    await user.click(screen.getByRole('checkbox', { name: /^United States/ }))
    await user.click(screen.getByRole('checkbox', { name: /^Japan/ }))
    expect(shownTitles()).toHaveLength(4)

    const match = screen.getByRole('group', { name: 'Match' })
    expect(
      within(match).getByRole('radio', { name: 'Any of these' }),
    ).toBeChecked()
    await user.click(within(match).getByRole('radio', { name: 'All of these' }))

    expect(useTimelineStore.getState().matchMode).toBe('all')
    expect(shownTitles()).toEqual(['Security Treaty'])
    expect(screen.getByRole('status')).toHaveTextContent(
      'Showing 1 of 7 events',
    )
  })

  it('"Clear" resets the filter and is inert when nothing is filtered', async () => {
    const user = setupFilter()
    const clear = screen.getByRole('button', { name: 'Clear' })
    expect(clear).toHaveAttribute('aria-disabled', 'true')

    await user.click(screen.getByRole('checkbox', { name: /^Japan/ }))
    await user.click(screen.getByRole('radio', { name: 'All of these' }))
    expect(clear).toHaveAttribute('aria-disabled', 'false')
    await user.click(clear)

    expect(screen.getByRole('checkbox', { name: /^Japan/ })).not.toBeChecked()
    expect(screen.getByRole('radio', { name: 'Any of these' })).toBeChecked()
    expect(shownTitles()).toHaveLength(7)
    expect(clear).toHaveAttribute('aria-disabled', 'true')
    expect(clear).toHaveFocus()
  })

  it('"More" discloses the rest; a checked entry stays visible when collapsed', async () => {
    const user = setupFilter()
    const more = screen.getByRole('button', { name: 'More (3)' })
    expect(more).toHaveAttribute('aria-expanded', 'false')
    expect(
      screen.queryByRole('checkbox', { name: /^Ukraine/ }),
    ).not.toBeInTheDocument()

    await user.click(more)
    expect(more).toHaveAttribute('aria-expanded', 'true')
    await user.click(screen.getByRole('checkbox', { name: /^Ukraine/ }))

    await user.click(screen.getByRole('button', { name: 'Fewer' }))
    expect(more).toHaveAttribute('aria-expanded', 'false')
    expect(more).toHaveAccessibleName('More (2)')
    expect(screen.getByRole('checkbox', { name: /^Ukraine/ })).toBeChecked()
    expect(
      screen.queryByRole('checkbox', { name: /^United Kingdom/ }),
    ).not.toBeInTheDocument()
    expect(shownTitles()).toEqual(['Minsk'])
  })

  it('works by keyboard: Space toggles the focused checkbox', async () => {
    const user = setupFilter()
    await user.tab()
    expect(
      screen.getByRole('checkbox', { name: /^United States/ }),
    ).toHaveFocus()
    await user.keyboard(' ')
    expect(useTimelineStore.getState().facetFilter).toEqual(new Set(['US']))
  })

  it('renders nothing before the dataset is loaded', () => {
    useTimelineStore.setState(useTimelineStore.getInitialState(), true)
    setupFilter()
    expect(screen.queryByRole('group')).not.toBeInTheDocument()
  })
})
