import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { selectSelectedEvent } from '../store/selectors'
import { useTimelineStore } from '../store/timelineStore'
import { makeDataset, makeEvent } from '../test/fixtures'
import { UrlNotice } from './UrlNotice'
import { REPLACE_DELAY_MS, useUrlSync } from './useUrlSync'

const treaty = makeEvent({
  id: 'us-japan-treaty',
  title: 'Security Treaty',
  start: '1951-09-08',
  countries: ['US', 'JP'],
  group: 'Pacific',
})
const alliance = makeEvent({
  id: 'nato-founded',
  title: 'Washington Treaty',
  start: '1949-04-04',
  countries: ['US', 'GB'],
  organizations: ['NATO'],
})
const dataset = makeDataset([treaty, alliance])

/** Stands in for the detail panel: a heading for the selected event. */
function SelectedHeading() {
  const event = useTimelineStore(selectSelectedEvent)
  return event ? <h2>{event.title}</h2> : null
}

function Harness() {
  useUrlSync()
  return (
    <>
      <UrlNotice />
      <SelectedHeading />
    </>
  )
}

function openAt(url: string) {
  window.history.replaceState(null, '', url)
  useTimelineStore.getState().loadDataset(dataset)
  return render(<Harness />)
}

const store = () => useTimelineStore.getState()

beforeEach(() => {
  useTimelineStore.setState(useTimelineStore.getInitialState(), true)
  useTimelineStore.setState({ linkNotices: [] })
})

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('useUrlSync', () => {
  it('a URL with ?event= selects that event on load', () => {
    openAt('/?event=us-japan-treaty')
    expect(store().selectedEventId).toBe('us-japan-treaty')
    expect(
      screen.getByRole('heading', { name: 'Security Treaty' }),
    ).toBeInTheDocument()
  })

  it('applies filters, search and window from the URL on load', () => {
    openAt('/?countries=JP,US&match=all&q=treaty&from=1949-06-01&to=1951-06-30')
    expect(store().facetFilter).toEqual(new Set(['JP', 'US']))
    expect(store().matchMode).toBe('all')
    expect(store().query).toBe('treaty')
    expect(store().visibleDomain).toEqual([
      Date.UTC(1949, 5, 1),
      Date.UTC(1951, 6, 1),
    ])
  })

  it('waits for the dataset before applying the URL', () => {
    window.history.replaceState(null, '', '/?event=nato-founded')
    render(<Harness />)
    expect(store().selectedEventId).toBeNull()
    act(() => store().loadDataset(dataset))
    expect(store().selectedEventId).toBe('nato-founded')
  })

  it('ignores bad values with a dismissible notice and tidies the URL, keeping foreign params and the hash', async () => {
    const user = userEvent.setup()
    openAt('/?event=gone&countries=JP,ZZ&utm_source=mail&from=1999-02-30#p-2')
    expect(store().selectedEventId).toBeNull()
    expect(store().facetFilter).toEqual(new Set(['JP']))
    expect(`${location.search}${location.hash}`).toBe(
      '?countries=JP&utm_source=mail#p-2',
    )

    const notice = screen.getByText('Parts of this link were ignored')
    expect(notice).toBeVisible()
    expect(
      screen.getByText('Ignored event “gone”: it is not on this timeline.'),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(
      screen.queryByText('Parts of this link were ignored'),
    ).not.toBeInTheDocument()
  })

  it('selecting an event pushes a history entry; Back restores the previous selection', async () => {
    openAt('/?event=nato-founded')
    const before = history.length

    act(() => store().selectEvent('us-japan-treaty'))
    expect(history.length).toBe(before + 1)
    expect(location.search).toBe('?event=us-japan-treaty')

    act(() => history.back())
    await waitFor(() => expect(store().selectedEventId).toBe('nato-founded'))
    expect(location.search).toBe('?event=nato-founded')
    expect(
      screen.getByRole('heading', { name: 'Washington Treaty' }),
    ).toBeInTheDocument()
    // Re-applying did not write: Forward is still there.
    expect(history.length).toBe(before + 1)
  })

  it('reads the groups from the URL and writes them back when they change', () => {
    openAt('/?group=Pacific&group=Atlantic')
    expect(store().groupFilter).toEqual(new Set(['Pacific']))
    expect(location.search).toBe('?group=Pacific')
    act(() => store().toggleGroup('Pacific'))
    expect(location.search).toBe('')
  })

  it('filter and lens changes replace the entry instead of pushing', () => {
    openAt('/')
    const before = history.length
    act(() => store().setFacets(['NATO']))
    act(() => store().setMatchMode('all'))
    act(() => store().setLens('aligned'))
    expect(history.length).toBe(before)
    expect(location.search).toBe('?countries=NATO&match=all&lens=aligned')

    act(() => store().clearFilters())
    expect(location.search).toBe('?lens=aligned')
  })

  it('zooming and typing replace the URL once, when they pause', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    openAt('/')
    const replace = vi.spyOn(history, 'replaceState')
    const start = Date.UTC(1949, 0, 1)

    act(() => {
      for (let i = 0; i < 30; i += 1)
        store().setVisibleDomain([start + i * 864e5, start + (i + 400) * 864e5])
      store().setQuery('tre')
    })
    expect(replace).not.toHaveBeenCalled()

    act(() => vi.advanceTimersByTime(REPLACE_DELAY_MS))
    expect(replace).toHaveBeenCalledTimes(1)
    expect(location.search).toBe('?q=tre&from=1949-01-30&to=1950-03-05')

    // A gesture that goes on (a notch every 100 ms for 2 s) writes nothing until it stops.
    for (let i = 0; i < 20; i += 1) {
      act(() => {
        store().setVisibleDomain([start, start + (500 + i) * 864e5])
        vi.advanceTimersByTime(100)
      })
    }
    expect(replace).toHaveBeenCalledTimes(1)
    act(() => vi.advanceTimersByTime(REPLACE_DELAY_MS))
    expect(replace).toHaveBeenCalledTimes(2)
    expect(location.search).toBe('?q=tre&from=1949-01-01&to=1950-06-03')
  })

  it('a pending zoom write settles the old entry before a selection is pushed', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    openAt('/')
    const push = vi.spyOn(history, 'pushState')
    act(() =>
      store().setVisibleDomain([Date.UTC(1949, 0, 1), Date.UTC(1949, 11, 31)]),
    )
    act(() => store().selectEvent('nato-founded'))
    expect(push).toHaveBeenCalledTimes(1)
    expect(location.search).toBe(
      '?event=nato-founded&from=1949-01-01&to=1949-12-30',
    )
  })

  it('a popstate that keeps the query string (a #passage jump) leaves the store alone', () => {
    openAt('/?event=nato-founded')
    act(() => store().scrubTo(Date.UTC(1960, 0, 1)))
    act(() => {
      history.pushState(null, '', `${location.search}#p-2`)
      window.dispatchEvent(new PopStateEvent('popstate'))
    })
    expect(store().scrubTimeMs).toBe(Date.UTC(1960, 0, 1))
  })

  it('stops writing after unmount', () => {
    const { unmount } = openAt('/')
    unmount()
    act(() => store().setFacets(['JP']))
    expect(location.search).toBe('')
  })
})
