import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { beforeEach, describe, expect, it } from 'vitest'
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

beforeEach(() => {
  useTimelineStore.setState(useTimelineStore.getInitialState(), true)
  useTimelineStore.getState().loadDataset(makeDataset(events))
})

describe('SearchBox', () => {
  it('typing narrows the events and the count is announced', async () => {
    const user = setupSearch()
    const box = screen.getByRole('searchbox', { name: 'Search events' })
    expect(screen.getByRole('status')).toHaveTextContent('Showing all 5 events')

    await user.type(box, 'treaty')
    expect(screen.getByRole('status')).toHaveTextContent(
      'Showing 4 of 5 events',
    )

    await user.type(box, ' elysee')
    expect(screen.getByRole('status')).toHaveTextContent(
      'Showing 1 of 5 events',
    )
  })

  it('searches country and organisation names, combined with the country filter', async () => {
    const user = setupSearch()
    const box = screen.getByRole('searchbox', { name: 'Search events' })
    await user.type(box, 'north atlantic')
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 5')

    await user.clear(box)
    useTimelineStore.getState().setCountries(['JP'])
    await user.type(box, 'peace')
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 5')
    expect(useTimelineStore.getState().query).toBe('peace')
  })

  it('Escape clears the text, then leaves the box when it is empty', async () => {
    const user = setupSearch()
    const box = screen.getByRole('searchbox', { name: 'Search events' })
    await user.type(box, 'armistice')

    await user.keyboard('{Escape}')
    expect(box).toHaveValue('')
    expect(box).toHaveFocus()
    expect(screen.getByRole('status')).toHaveTextContent('Showing all 5 events')

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
})
