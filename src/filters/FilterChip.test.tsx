import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { useTimelineStore } from '../store/timelineStore'
import { makeDataset, makeEvent } from '../test/fixtures'
import { FilterChip } from './FilterChip'

const events = [
  makeEvent({ title: 'Security Treaty', countries: ['US', 'JP'] }),
  makeEvent({ title: 'Peace Treaty', countries: ['JP'] }),
  makeEvent({ title: 'Armistice', countries: ['US', 'KR'] }),
]

beforeEach(() => {
  useTimelineStore.setState(useTimelineStore.getInitialState(), true)
  useTimelineStore.getState().loadDataset(makeDataset(events))
})

const chip = () => screen.getByRole('region', { name: 'Filters on' })

describe('FilterChip', () => {
  it('shows nothing while no filter or search is on', () => {
    render(<FilterChip />)
    expect(
      screen.queryByRole('region', { name: 'Filters on' }),
    ).not.toBeInTheDocument()
  })

  it('says what is shown and clears it', async () => {
    const user = userEvent.setup()
    useTimelineStore.getState().setFacets(['JP'])
    useTimelineStore.getState().setQuery('treaty')
    render(<FilterChip />)
    expect(chip()).toHaveTextContent(
      '2 of 3 events (1 filter and search “treaty”)',
    )
    await user.click(
      within(chip()).getByRole('button', { name: 'Clear filters' }),
    )
    expect(useTimelineStore.getState().facetFilter.size).toBe(0)
    expect(useTimelineStore.getState().query).toBe('')
    expect(
      screen.queryByRole('region', { name: 'Filters on' }),
    ).not.toBeInTheDocument()
  })

  it('with nothing left, offers "Match any instead" when all of several must match', async () => {
    const user = userEvent.setup()
    useTimelineStore.getState().setFacets(['JP', 'KR'])
    useTimelineStore.getState().setMatchMode('all')
    render(<FilterChip />)
    expect(chip()).toHaveTextContent('No events match (2 filters)')
    await user.click(
      within(chip()).getByRole('button', { name: 'Match any instead' }),
    )
    expect(useTimelineStore.getState().matchMode).toBe('any')
    expect(chip()).toHaveTextContent('3 of 3 events (2 filters)')
    expect(
      within(chip()).queryByRole('button', { name: 'Match any instead' }),
    ).not.toBeInTheDocument()
  })
})
