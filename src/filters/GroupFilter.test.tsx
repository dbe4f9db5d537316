import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { selectShownEvents } from '../store/selectors'
import { useTimelineStore } from '../store/timelineStore'
import { makeDataset, makeEvent } from '../test/fixtures'
import { SiteHeader } from '../ui/SiteHeader'
import { CountryFilter } from './CountryFilter'
import { FilterChip } from './FilterChip'

const store = useTimelineStore

const grouped = [
  makeEvent({ title: 'Blockade', start: '1948-06-24', group: 'Berlin' }),
  makeEvent({
    title: 'Airlift ends',
    start: '1949-09-30',
    group: 'Berlin',
    countries: [],
  }),
  makeEvent({
    title: 'Treaty',
    start: '1951-09-08',
    group: 'Japan',
    countries: ['JP'],
  }),
  makeEvent({ title: 'Loose', start: '1960-01-01', countries: [] }),
]

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

const shownTitles = () =>
  within(screen.getByRole('list', { name: 'Shown events' }))
    .queryAllByRole('listitem')
    .map((li) => li.textContent)

beforeEach(() => store.setState(store.getInitialState(), true))

describe('CountryFilter with groups', () => {
  it('offers "Filter by group" beside the countries, one checkbox per group', async () => {
    store.getState().loadDataset(makeDataset(grouped))
    const user = userEvent.setup()
    render(
      <>
        <CountryFilter />
        <ShownList />
      </>,
    )
    const countries = screen.getByRole('group', { name: 'Filter by country' })
    const groups = screen.getByRole('group', { name: 'Filter by group' })
    const boxes = within(groups).getAllByRole('checkbox')
    expect(boxes).toHaveLength(2)
    expect(boxes[0]).toHaveAccessibleName('Berlin (2)')
    expect(boxes[1]).toHaveAccessibleName('Japan (1)')
    expect(
      within(countries).queryByRole('checkbox', { name: /Berlin/ }),
    ).not.toBeInTheDocument()

    await user.click(within(groups).getByRole('checkbox', { name: /^Berlin/ }))
    expect(shownTitles()).toEqual(['Blockade', 'Airlift ends'])
    expect(screen.getByRole('status')).toHaveTextContent(
      'Showing 2 of 4 events',
    )

    // With a country too, an event must pass both; the airlift's end names no country.
    await user.click(
      within(countries).getByRole('checkbox', { name: /^United States/ }),
    )
    expect(shownTitles()).toEqual(['Blockade'])
  })

  it('says how many events name no country', () => {
    store.getState().loadDataset(makeDataset(grouped))
    render(<CountryFilter />)
    expect(
      screen.getByRole('group', { name: 'Filter by country' }),
    ).toHaveTextContent('2 events name no country')
  })

  it('offers no group filter and no such note when the data has neither', () => {
    store
      .getState()
      .loadDataset(makeDataset([makeEvent({ countries: ['US'] })]))
    render(<CountryFilter />)
    expect(
      screen.queryByRole('group', { name: 'Filter by group' }),
    ).not.toBeInTheDocument()
    expect(
      screen.getByRole('group', { name: 'Filter by country' }),
    ).not.toHaveTextContent('name no country')
  })
})

describe('groups in the Filters button and the chip', () => {
  it('counts a chosen group as a filter on', () => {
    store.getState().loadDataset(makeDataset(grouped))
    store.getState().setGroups(['Japan'])
    store.getState().setFacets(['JP'])
    render(
      <>
        <SiteHeader search={null} filters={<CountryFilter />} />
        <FilterChip />
      </>,
    )
    expect(
      screen.getByRole('button', { name: /^Filters/ }),
    ).toHaveAccessibleName('Filters, 2 chosen')
    expect(
      screen.getByRole('region', { name: 'Filters on' }),
    ).toHaveTextContent('1 of 4 events (2 filters)')
  })
})
