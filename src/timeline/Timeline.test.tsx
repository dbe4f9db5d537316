import {
  act,
  fireEvent,
  render,
  screen,
  waitFor,
  within,
} from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useTimelineStore } from '../store/timelineStore'
import {
  FEATURED_PERIODS,
  makeDataset,
  makeEssay,
  makeEvent,
} from '../test/fixtures'
import { Timeline } from './Timeline'
import { loadZoomModules } from './zoom/useZoomBehavior'

const store = useTimelineStore

const occupation = makeEvent({
  id: 'occupation',
  title: 'Allied occupation of Germany',
  start: '1945-06-05',
  end: '1955-05-05',
  countries: ['DE'],
})
const korea = makeEvent({
  id: 'korea',
  title: 'US–South Korea Mutual Defense Treaty',
  start: '1953-10-01',
  countries: ['US', 'KR'],
})
const budapest = makeEvent({
  id: 'budapest',
  title: 'Budapest Memorandum on Security Assurances',
  start: '1994-12-05',
  countries: ['UA', 'US', 'GB', 'RU'],
})
const ongoing = makeEvent({
  id: 'kfor',
  title: 'NATO Kosovo Force',
  start: '1999-06-12',
  ongoing: true,
  countries: ['XK'],
})
/** Twelve 2025 events a fortnight apart: one cluster at the whole-range zoom. Even ones involve UA, odd RU. */
const diplomacy = Array.from({ length: 12 }, (_, i) =>
  makeEvent({
    id: `d-${i + 1}`,
    title: `Diplomacy ${i + 1}`,
    start: `2025-0${2 + Math.floor(i / 2)}-${i % 2 ? '17' : '03'}`,
    countries: [i % 2 ? 'RU' : 'UA'],
  }),
)
const events = [occupation, korea, budapest, ongoing, ...diplomacy]

function renderTimeline() {
  act(() =>
    store
      .getState()
      .loadDataset(makeDataset(events, undefined, [], FEATURED_PERIODS)),
  )
  return render(<Timeline widthPx={800} />)
}

const slider = () => screen.getByRole('slider', { name: 'Timeline date' })

beforeEach(() => {
  store.setState(store.getInitialState(), true)
})

describe('Timeline', () => {
  it('is a region named Timeline, with each event a button named by title and date', () => {
    renderTimeline()
    const region = screen.getByRole('region', { name: 'Timeline' })
    const button = within(region).getByRole('button', {
      name: 'Budapest Memorandum on Security Assurances, 5 December 1994',
    })
    expect(button).toHaveAttribute('data-event-id', 'budapest')
    expect(button).toHaveAttribute('aria-pressed', 'false')
    expect(
      within(region).getByRole('button', {
        name: 'NATO Kosovo Force, since 12 June 1999',
      }),
    ).toBeInTheDocument()
  })

  it('says it is loading before the dataset arrives', () => {
    render(<Timeline widthPx={800} />)
    expect(screen.getByRole('region', { name: 'Timeline' })).toHaveTextContent(
      /loading/i,
    )
  })

  it('measures its width before the first paint, so it is drawn at full height at once', () => {
    // jsdom has no layout and the test ResizeObserver never calls back: only the first measurement can work.
    const rect = vi
      .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
      .mockReturnValue(new DOMRect(0, 0, 640, 300))
    act(() => store.getState().loadDataset(makeDataset(events)))
    render(<Timeline />)
    rect.mockRestore()
    expect(slider()).toBeInTheDocument()
    expect(
      screen.getByRole('button', { name: /^Budapest Memorandum/ }),
    ).toBeInTheDocument()
  })

  it('marks itself ready for the benchmark once drawn with data', () => {
    performance.clearMarks('timeline-ready')
    renderTimeline()
    expect(performance.getEntriesByName('timeline-ready')).toHaveLength(1)
  })

  it('merges a dense period into a cluster named with its count and range', () => {
    renderTimeline()
    expect(
      screen.getByRole('button', { name: '12 events, February to July 2025' }),
    ).toBeInTheDocument()
    expect(
      screen.queryByRole('button', { name: /^Diplomacy 1,/ }),
    ).not.toBeInTheDocument()
  })

  it('names how many of a cluster’s events the passage being read cites', () => {
    act(() =>
      store
        .getState()
        .loadDataset(
          makeDataset(events, makeEssay([['d-2', 'd-5', 'budapest']])),
        ),
    )
    render(<Timeline widthPx={800} />)
    expect(
      screen.getByRole('button', { name: '12 events, February to July 2025' }),
    ).toBeInTheDocument()
    act(() => store.getState().setActivePassage('p-1'))
    expect(
      screen.getByRole('button', {
        name: '12 events, February to July 2025, 2 cited in this passage',
      }),
    ).toBeInTheDocument()
  })

  it('zooms into a cluster on Enter, showing its events one by one', async () => {
    const user = userEvent.setup()
    renderTimeline()
    screen.getByRole('button', { name: /^12 events/ }).focus()
    await user.keyboard('{Enter}')
    const [start, end] = store.getState().visibleDomain!
    expect(start).toBeLessThanOrEqual(Date.parse('2025-02-03'))
    expect(end).toBeGreaterThanOrEqual(Date.parse('2025-07-17'))
    expect(end - start).toBeLessThan(365 * 864e5)
    expect(
      screen.getByRole('button', { name: 'Diplomacy 1, 3 February 2025' }),
    ).toBeInTheDocument()
  })

  it('selects an event on Enter and marks it pressed', async () => {
    const user = userEvent.setup()
    renderTimeline()
    const button = screen.getByRole('button', { name: /^Budapest Memorandum/ })
    button.focus()
    await user.keyboard('{Enter}')
    expect(store.getState().selectedEventId).toBe('budapest')
    expect(
      screen.getByRole('button', { name: /^Budapest Memorandum/ }),
    ).toHaveAttribute('aria-pressed', 'true')
  })

  it('selects an event on click', async () => {
    const user = userEvent.setup()
    renderTimeline()
    await user.click(screen.getByRole('button', { name: /^US–South Korea/ }))
    expect(store.getState().selectedEventId).toBe('korea')
  })

  it('removes filtered-out events from the lanes and from cluster counts', () => {
    renderTimeline()
    act(() => store.getState().setFacets(['UA']))
    // The filter refits the window; back to the whole range, where 2025 is one cluster.
    act(() => store.getState().setVisibleDomain(null))
    expect(
      screen.getByRole('button', { name: /^Budapest Memorandum/ }),
    ).toBeInTheDocument()
    expect(
      screen.queryByRole('button', { name: /^US–South Korea/ }),
    ).not.toBeInTheDocument()
    expect(
      screen.getByRole('button', { name: '6 events, February to July 2025' }),
    ).toBeInTheDocument()
    act(() => store.getState().setQuery('Budapest'))
    expect(
      screen.queryByRole('button', { name: /events,/ }),
    ).not.toBeInTheDocument()
    expect(
      screen.getByRole('button', { name: /^Budapest Memorandum/ }),
    ).toBeInTheDocument()
  })

  it('refits the window to the filtered events, keeping the selection in view', () => {
    renderTimeline()
    act(() => store.getState().setFacets(['KR']))
    const [a, b] = store.getState().visibleDomain!
    expect(a).toBeLessThan(korea.timeMs)
    expect(b).toBeGreaterThan(korea.timeMs)
    expect(b - a).toBeLessThan(365 * 864e5)
    expect(
      screen.getByRole('button', { name: /^US–South Korea/ }),
    ).toBeInTheDocument()
    act(() => store.getState().selectEvent('budapest'))
    act(() => store.getState().setFacets(['KR', 'RU']))
    const [c, d] = store.getState().visibleDomain!
    expect(c).toBeLessThan(korea.timeMs)
    expect(d).toBeGreaterThan(Date.parse('2025-07-17'))
  })

  it('fits the window to filters that were on before it appeared (a link), but keeps a window the link set', () => {
    act(() => {
      store.getState().loadDataset(makeDataset(events))
      store.getState().setFacets(['KR'])
      store.getState().setVisibleDomain(null)
    })
    const { unmount } = render(<Timeline widthPx={800} />)
    const [a, b] = store.getState().visibleDomain!
    expect(a).toBeLessThan(korea.timeMs)
    expect(b).toBeGreaterThan(korea.timeMs)
    expect(b - a).toBeLessThan(365 * 864e5)
    unmount()

    const linked = [Date.parse('1990-01-01'), Date.parse('2000-01-01')] as const
    act(() => store.getState().setVisibleDomain(linked))
    render(<Timeline widthPx={800} />)
    expect(store.getState().visibleDomain).toEqual(linked)
  })

  it('refits the window when a group is chosen, as for a country', () => {
    const early = makeEvent({ title: 'Early', start: '1950-03-01', group: 'A' })
    const late = makeEvent({ title: 'Late', start: '2010-03-01', group: 'B' })
    act(() => store.getState().loadDataset(makeDataset([early, late])))
    render(<Timeline widthPx={800} />)
    act(() => store.getState().setGroups(['A']))
    const [a, b] = store.getState().visibleDomain!
    expect(a).toBeLessThan(early.timeMs)
    expect(b).toBeGreaterThan(early.timeMs)
    expect(b).toBeLessThan(late.timeMs)
  })

  it('keeps one mark in the tab order and moves focus along the marks with arrow keys', async () => {
    const user = userEvent.setup()
    renderTimeline()
    const region = screen.getByRole('region', { name: 'Timeline' })
    const inTabOrder = within(region)
      .getAllByRole('button')
      .filter(
        (b) => b.hasAttribute('data-key') && b.getAttribute('tabindex') === '0',
      )
    expect(inTabOrder).toHaveLength(1)
    expect(inTabOrder[0]).toHaveAccessibleName(/^Allied occupation/)
    inTabOrder[0]!.focus()
    await user.keyboard('{ArrowRight}')
    expect(
      screen.getByRole('button', { name: /^US–South Korea/ }),
    ).toHaveFocus()
    await user.keyboard('{End}')
    expect(screen.getByRole('button', { name: /^12 events/ })).toHaveFocus()
    await user.keyboard('{ArrowLeft}')
    expect(
      screen.getByRole('button', { name: /^NATO Kosovo Force/ }),
    ).toHaveFocus()
  })
})

describe('Timeline following a selection made elsewhere', () => {
  /** Thirty events on consecutive days: one cluster at the whole-range zoom. */
  const daily = Array.from({ length: 30 }, (_, i) =>
    makeEvent({
      id: `day-${i + 1}`,
      title: `Day ${i + 1}`,
      start: `2025-03-${String(i + 1).padStart(2, '0')}`,
    }),
  )
  const renderDense = () => {
    act(() => store.getState().loadDataset(makeDataset([korea, ...daily])))
    return render(<Timeline widthPx={800} />)
  }

  it('zooms in until a clustered event has its own pressed button', async () => {
    renderDense()
    expect(
      screen.getByRole('button', { name: /^30 events/ }),
    ).toBeInTheDocument()
    act(() => store.getState().selectEvent('day-17'))
    const button = await screen.findByRole('button', {
      name: 'Day 17, 17 March 2025',
    })
    expect(button).toHaveAttribute('data-event-id', 'day-17')
    expect(button).toHaveAttribute('aria-pressed', 'true')
    const [start, end] = store.getState().visibleDomain!
    expect(start).toBeLessThan(daily[16]!.timeMs)
    expect(end).toBeGreaterThan(daily[16]!.timeMs)
  })

  it('leaves the window alone when the selected event already shows as its own mark', () => {
    renderDense()
    act(() => store.getState().selectEvent('korea'))
    const whole = store.getState().dataset!.boundsMs
    expect(store.getState().visibleDomain ?? whole).toEqual(whole)
    expect(
      screen.getByRole('button', { name: /^US–South Korea/ }),
    ).toHaveAttribute('aria-pressed', 'true')
  })
})

describe('Timeline name tag for the selected event', () => {
  // Among the 2025 diplomacy a fortnight apart: whatever the zoom, the next mark in its lane cuts its label.
  const longTitle =
    'Agreement on the Normalisation of Relations and the Final Settlement of All Outstanding Questions'
  const long = makeEvent({ id: 'long', title: longTitle, start: '2025-03-10' })

  function renderNarrow() {
    act(() =>
      store.getState().loadDataset(makeDataset([korea, ...diplomacy, long])),
    )
    render(<Timeline widthPx={400} />)
  }

  it('shows the full title beside the mark while the event is selected, when its label is cut', async () => {
    renderNarrow()
    expect(screen.queryByText(longTitle)).not.toBeInTheDocument()
    act(() => store.getState().selectEvent('long'))
    // Once the timeline has zoomed in far enough to draw the event as its own mark.
    expect(await screen.findByText(longTitle)).toBeInTheDocument()
    act(() => store.getState().selectEvent(null))
    expect(screen.queryByText(longTitle)).not.toBeInTheDocument()
  })

  it('shows the full title when the view’s edge cuts the label', () => {
    const last = makeEvent({
      id: 'last',
      title: 'Trump’s Independence Day letter to Zelensky',
      start: '2025-08-24',
    })
    act(() => store.getState().loadDataset(makeDataset([korea, last])))
    render(<Timeline widthPx={400} />)
    act(() => store.getState().selectEvent('last'))
    expect(screen.getByText(last.title)).toBeInTheDocument()
  })

  it('adds nothing when the lane already prints the whole title', () => {
    renderNarrow()
    act(() => store.getState().selectEvent('korea'))
    expect(screen.queryByText(korea.title)).not.toBeInTheDocument()
  })
})

describe('Timeline date slider', () => {
  it('has its range in UTC ms and no date before the reader scrubs', () => {
    renderTimeline()
    expect(slider()).toHaveAttribute('aria-valuetext', 'No date chosen')
    expect(Number(slider().getAttribute('aria-valuemin'))).toBeLessThan(
      occupation.timeMs,
    )
    expect(Number(slider().getAttribute('aria-valuemax'))).toBeGreaterThan(
      diplomacy[11]!.timeMs,
    )
  })

  it('ArrowRight moves to the next shown event and says its date in words', async () => {
    const user = userEvent.setup()
    renderTimeline()
    slider().focus()
    await user.keyboard('{ArrowRight}')
    expect(slider()).toHaveAttribute('aria-valuetext', '5 June 1945')
    // (jest-dom's toHaveValue reads form fields, not aria-valuenow.)
    expect(Number(slider().getAttribute('aria-valuenow'))).toBe(
      occupation.timeMs,
    )
    await user.keyboard('{ArrowRight}')
    expect(slider()).toHaveAttribute('aria-valuetext', '1 October 1953')
    expect(store.getState().currentEventId).toBe('korea')
    await user.keyboard('{ArrowLeft}')
    expect(store.getState().currentEventId).toBe('occupation')
  })

  it('steps over filtered-out events', async () => {
    const user = userEvent.setup()
    renderTimeline()
    act(() => store.getState().setFacets(['UA', 'XK']))
    slider().focus()
    await user.keyboard('{ArrowRight}')
    expect(slider()).toHaveAttribute('aria-valuetext', '5 December 1994')
  })

  it('Home and End go to the first and last shown events', async () => {
    const user = userEvent.setup()
    renderTimeline()
    slider().focus()
    await user.keyboard('{End}')
    expect(slider()).toHaveAttribute('aria-valuetext', '17 July 2025')
    await user.keyboard('{Home}')
    expect(slider()).toHaveAttribute('aria-valuetext', '5 June 1945')
  })

  it('PageUp and PageDown move the playhead a year, panning to keep it in view', async () => {
    const user = userEvent.setup()
    renderTimeline()
    act(() =>
      store
        .getState()
        .setVisibleDomain([Date.parse('1990-01-01'), Date.parse('1996-01-01')]),
    )
    slider().focus()
    await user.keyboard('{Home}')
    // The first event is outside 1990–1996: the view pans to it.
    expect(store.getState().visibleDomain![0]).toBeLessThanOrEqual(
      occupation.timeMs,
    )
    await user.keyboard('{PageUp}')
    expect(store.getState().scrubTimeMs).toBe(Date.parse('1946-06-05'))
    await user.keyboard('{PageDown}')
    expect(store.getState().scrubTimeMs).toBe(Date.parse('1945-06-05'))
  })
})

describe('Timeline periods', () => {
  it('a preset shows its period and is pressed; All shows everything again', async () => {
    const user = userEvent.setup()
    renderTimeline()
    await user.click(screen.getByRole('button', { name: '2025 diplomacy' }))
    expect(store.getState().visibleDomain).toEqual([
      Date.parse('2025-01-01'),
      Date.parse('2025-10-01'),
    ])
    expect(
      screen.getByRole('button', { name: '2025 diplomacy' }),
    ).toHaveAttribute('aria-pressed', 'true')
    expect(
      screen.getByRole('button', { name: 'Diplomacy 12, 17 July 2025' }),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'All' }))
    expect(store.getState().visibleDomain).toBeNull()
  })

  it('offers only the periods the data names: none, and only All and the zoom buttons', () => {
    act(() => store.getState().loadDataset(makeDataset(events)))
    render(<Timeline widthPx={800} />)
    const group = screen.getByRole('group', { name: 'Timeline period' })
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent?.trim()),
    ).toEqual(['All', '+', '−'])
  })

  it('the overview window is a "Visible period" slider that pans with arrow keys', async () => {
    const user = userEvent.setup()
    renderTimeline()
    await user.click(screen.getByRole('button', { name: '1990s air power' }))
    const windowSlider = screen.getByRole('slider', { name: 'Visible period' })
    expect(windowSlider).toHaveAttribute('aria-valuetext', '1990 to 2004')
    windowSlider.focus()
    await user.keyboard('{ArrowRight}')
    const [start] = store.getState().visibleDomain!
    expect(start).toBeCloseTo(Date.parse('1991-07-02'), -11)
  })

  it('zoom buttons halve and double the visible span', async () => {
    const user = userEvent.setup()
    renderTimeline()
    await user.click(screen.getByRole('button', { name: '1990s air power' }))
    await user.click(screen.getByRole('button', { name: 'Zoom in' }))
    const [a, b] = store.getState().visibleDomain!
    expect(b - a).toBeCloseTo(
      (Date.parse('2005-01-01') - Date.parse('1990-01-01')) / 2,
      -3,
    )
    await user.click(screen.getByRole('button', { name: 'Zoom out' }))
    const [c, d] = store.getState().visibleDomain!
    expect(d - c).toBeCloseTo(2 * (b - a), -3)
  })

  it('zoom in keeps the selected event where it is and in view', async () => {
    const user = userEvent.setup()
    renderTimeline()
    await user.click(screen.getByRole('button', { name: '1990s air power' }))
    act(() => store.getState().selectEvent('budapest'))
    const [a, b] = store.getState().visibleDomain!
    const at = (budapest.timeMs - a) / (b - a)
    await user.click(screen.getByRole('button', { name: 'Zoom in' }))
    await user.click(screen.getByRole('button', { name: 'Zoom in' }))
    const [c, d] = store.getState().visibleDomain!
    expect(d - c).toBeCloseTo((b - a) / 4, -3)
    expect((budapest.timeMs - c) / (d - c)).toBeCloseTo(at, 6)
  })

  it('zooms with the mouse wheel once d3-zoom has loaded, starting from the window shown', async () => {
    const user = userEvent.setup()
    renderTimeline()
    // Before the zoom code arrives the presets already work: it must pick up this window when it attaches.
    await user.click(screen.getByRole('button', { name: '1990s air power' }))
    await act(() => loadZoomModules())
    const [a, b] = store.getState().visibleDomain!
    const marks = screen.getByRole('toolbar', { name: 'Timeline events' })
    fireEvent.wheel(marks, { deltaY: -100, clientX: 400 })
    // The buttons' layer moves with the gesture's first step, then holds still until the gesture ends...
    const layerAtStart = marks.style.transform
    fireEvent.wheel(marks, { deltaY: -100, clientX: 400 })
    expect(marks).toHaveStyle({ transform: layerAtStart })
    await waitFor(() => {
      const [c, d] = store.getState().visibleDomain!
      expect(d - c).toBeLessThan(0.8 * (b - a))
    })
    // Zoomed about the pointer in the 1990s window, not about the whole extent.
    const [c, d] = store.getState().visibleDomain!
    expect(c).toBeGreaterThan(a)
    expect(d).toBeLessThan(b)
    // ...and catches up with the marks when it ends.
    await waitFor(() =>
      expect(marks).not.toHaveStyle({ transform: layerAtStart }),
    )
  })
})
