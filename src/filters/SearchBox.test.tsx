import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { beforeEach, describe, expect, it } from 'vitest'
import { formatEventSpan } from '../data/dates'
import { useTimelineStore } from '../store/timelineStore'
import { makeDataset, makeEvent } from '../test/fixtures'
import { FilterSummary } from './FilterSummary'
import { SearchBox } from './SearchBox'

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
]

function setupSearch(extra?: ReactNode) {
  const user = userEvent.setup()
  render(
    <>
      <SearchBox />
      <FilterSummary />
      {extra}
    </>,
  )
  return user
}

/** FilterSummary's line (the search list has its own status). */
const summary = () => screen.getByText(/^Showing /)

beforeEach(() => {
  useTimelineStore.setState(useTimelineStore.getInitialState(), true)
  useTimelineStore.getState().loadDataset(makeDataset(events))
})

describe('SearchBox', () => {
  it('typing narrows the events and the count is announced', async () => {
    const user = setupSearch()
    const box = screen.getByRole('searchbox', { name: 'Search events' })
    expect(summary()).toHaveTextContent('Showing all 5 events')

    await user.type(box, 'treaty')
    expect(summary()).toHaveTextContent('Showing 4 of 5 events')

    await user.type(box, ' elysee')
    expect(summary()).toHaveTextContent('Showing 1 of 5 events')
  })

  it('searches country and organisation names, combined with the country filter', async () => {
    const user = setupSearch()
    const box = screen.getByRole('searchbox', { name: 'Search events' })
    await user.type(box, 'north atlantic')
    expect(summary()).toHaveTextContent('Showing 1 of 5')

    await user.clear(box)
    useTimelineStore.getState().setFacets(['JP'])
    await user.type(box, 'peace')
    expect(summary()).toHaveTextContent('Showing 1 of 5')
    expect(useTimelineStore.getState().query).toBe('peace')
  })

  it('Escape clears the text, then leaves the box when it is empty', async () => {
    const user = setupSearch()
    const box = screen.getByRole('searchbox', { name: 'Search events' })
    await user.type(box, 'armistice')
    expect(
      screen.getByRole('listbox', { name: 'Matching events' }),
    ).toBeVisible()

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    expect(box).toHaveValue('armistice')

    await user.keyboard('{Escape}')
    expect(box).toHaveValue('')
    expect(box).toHaveFocus()
    expect(summary()).toHaveTextContent('Showing all 5 events')

    await user.keyboard('{Escape}')
    expect(box).not.toHaveFocus()
  })

  it('"/" focuses the search box without typing a slash', async () => {
    const user = setupSearch()
    await user.keyboard('/')
    const box = screen.getByRole('searchbox', { name: 'Search events' })
    expect(box).toHaveFocus()
    expect(box).toHaveValue('')
  })

  it('"/" in another text field, or with a modifier, is left alone', async () => {
    const user = setupSearch(<textarea aria-label="Notes" />)
    const notes = screen.getByRole('textbox', { name: 'Notes' })
    await user.type(notes, 'a/b')
    expect(notes).toHaveValue('a/b')
    expect(notes).toHaveFocus()

    await user.click(document.body)
    await user.keyboard('{Control>}/{/Control}')
    expect(
      screen.getByRole('searchbox', { name: 'Search events' }),
    ).not.toHaveFocus()
  })

  it('lists the matches by title and date, and says how many', async () => {
    const user = setupSearch()
    await user.type(
      screen.getByRole('searchbox', { name: 'Search events' }),
      'treaty',
    )
    const list = screen.getByRole('listbox', { name: 'Matching events' })
    const options = within(list).getAllByRole('option')
    expect(options.map((o) => o.textContent)).toEqual(
      events
        .filter((e) => /treaty/i.test(e.title))
        .map((e) => `${e.title}${formatEventSpan(e)}`),
    )
    expect(screen.getByText('4 events match')).toBeVisible()
  })

  it('ArrowDown and Enter select a match: the timeline moves to it', async () => {
    const user = setupSearch()
    const box = screen.getByRole('searchbox', { name: 'Search events' })
    await user.type(box, 'treaty')
    await user.keyboard('{ArrowDown}{ArrowDown}')
    expect(
      screen.getByRole('option', { name: /Peace Treaty/ }),
    ).toHaveAttribute('aria-selected', 'true')
    expect(box).toHaveAttribute(
      'aria-activedescendant',
      screen.getByRole('option', { name: /Peace Treaty/ }).id,
    )
    await user.keyboard('{Enter}')
    const state = useTimelineStore.getState()
    expect(state.selectedEventId).toBe(events[1]!.id)
    expect(state.visibleDomain).not.toBeNull()
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    expect(box).toHaveFocus()
  })

  it('a click on a match selects it', async () => {
    const user = setupSearch()
    await user.type(
      screen.getByRole('searchbox', { name: 'Search events' }),
      'armi',
    )
    await user.click(screen.getByRole('option', { name: /Armistice/ }))
    expect(useTimelineStore.getState().selectedEventId).toBe(events[2]!.id)
  })
})
