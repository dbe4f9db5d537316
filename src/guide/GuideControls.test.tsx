import { act, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { EventDetailPanel } from '../detail/EventDetailPanel'
import { useTimelineStore } from '../store/timelineStore'
import { makeDataset, makeEssay, makeEvent } from '../test/fixtures'
import { stepDelayMs } from '../store/guideSteps'
import { GuideControls } from './GuideControls'

const store = useTimelineStore
const airlift = makeEvent({
  id: 'airlift',
  title: 'Berlin Airlift',
  start: '1948-06-24',
})
const budapest = makeEvent({
  id: 'budapest',
  title: 'Budapest Memorandum',
  start: '1994-12-05',
})
const summit = makeEvent({
  id: 'summit',
  title: 'White House summit',
  start: '2025-08-18',
})
// p-1 cites the airlift then the memorandum; p-2 nothing; p-3 the summit.
const essay = makeEssay([['airlift', 'budapest'], [], ['summit']])

function mountGuide() {
  render(
    <>
      <GuideControls />
      <EventDetailPanel />
    </>,
  )
}

const group = () => screen.getByRole('group', { name: 'Guided reading' })

beforeEach(() => {
  store.setState(store.getInitialState(), true)
  store.getState().loadDataset(makeDataset([airlift, budapest, summit], essay))
})

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('GuideControls', () => {
  it('Next step walks the citations: the details heading and the status follow', async () => {
    const user = userEvent.setup()
    mountGuide()
    await user.click(within(group()).getByRole('button', { name: 'Next step' }))
    expect(
      screen.getByRole('heading', { name: 'Berlin Airlift' }),
    ).toBeInTheDocument()
    expect(within(group()).getByRole('status')).toHaveTextContent(
      'Step 1 of 3: “cite airlift”',
    )
    await user.click(within(group()).getByRole('button', { name: 'Next step' }))
    expect(
      screen.getByRole('heading', { name: 'Budapest Memorandum' }),
    ).toBeInTheDocument()
    expect(within(group()).getByRole('status')).toHaveTextContent('Step 2 of 3')
    expect(store.getState().passageRequest?.passageId).toBe('p-1')
    await user.click(
      within(group()).getByRole('button', { name: 'Previous step' }),
    )
    expect(store.getState().selectedEventId).toBe('airlift')
  })

  it('is usable by keyboard, and the ends are marked unavailable without losing focus', async () => {
    const user = userEvent.setup()
    mountGuide()
    await user.tab()
    expect(
      within(group()).getByRole('button', { name: 'Read with the essay' }),
    ).toHaveFocus()
    await user.tab()
    expect(
      within(group()).getByRole('button', { name: 'Previous step' }),
    ).toHaveAttribute('aria-disabled', 'true')
    await user.tab()
    const next = within(group()).getByRole('button', { name: 'Next step' })
    expect(next).toHaveFocus()
    await user.keyboard('{Enter}{Enter}{Enter}{Enter}')
    expect(within(group()).getByRole('status')).toHaveTextContent(
      'Step 3 of 3: “cite summit”',
    )
    expect(next).toHaveAttribute('aria-disabled', 'true')
    expect(next).toHaveFocus()
  })

  it('starts from the passage being read, manually: nothing moves until the reader asks', () => {
    vi.useFakeTimers()
    store.getState().setActivePassage('p-2')
    mountGuide()
    const start = within(group()).getByRole('button', {
      name: 'Read with the essay',
    })
    start.focus()
    fireEvent.click(start)
    expect(store.getState().selectedEventId).toBe('summit')
    expect(store.getState().passageRequest?.passageId).toBe('p-3')
    act(() => vi.advanceTimersByTime(60_000))
    expect(store.getState().guideStep).toBe(2)
    // The same button now stops, and keeps focus.
    expect(
      within(group()).getByRole('button', { name: 'Stop guided reading' }),
    ).toHaveFocus()
  })

  it('→ and ← on the controls step, focus staying on the button', async () => {
    const user = userEvent.setup()
    mountGuide()
    const next = within(group()).getByRole('button', { name: 'Next step' })
    await user.click(next)
    await user.keyboard('{ArrowRight}')
    expect(store.getState().guideStep).toBe(1)
    await user.keyboard('{ArrowLeft}')
    expect(store.getState().guideStep).toBe(0)
    expect(next).toHaveFocus()
  })

  it('a step opens its event as a compact card (folded), not the whole sheet', async () => {
    const user = userEvent.setup()
    mountGuide()
    await user.click(within(group()).getByRole('button', { name: 'Next step' }))
    const details = screen.getByRole('complementary', { name: 'Event details' })
    const show = within(details).getByRole('button', { name: 'Show details' })
    expect(show).toHaveAttribute('aria-expanded', 'false')
    await user.click(show)
    expect(
      within(details).getByRole('button', { name: 'Hide details' }),
    ).toHaveAttribute('aria-expanded', 'true')
  })

  it('autoplay, when chosen, waits on each step for its passage’s reading time and stops at the end', () => {
    vi.useFakeTimers()
    mountGuide()
    fireEvent.click(within(group()).getByRole('button', { name: 'Next step' }))
    const autoplay = within(group()).getByRole('button', { name: 'Autoplay' })
    expect(autoplay).toHaveAttribute('aria-pressed', 'false')
    fireEvent.click(autoplay)
    expect(autoplay).toHaveAttribute('aria-pressed', 'true')
    const firstMs = stepDelayMs(essay, 0)
    act(() => vi.advanceTimersByTime(firstMs - 1))
    expect(store.getState().guideStep).toBe(0)
    act(() => vi.advanceTimersByTime(1))
    expect(store.getState().selectedEventId).toBe('budapest')
    fireEvent.click(autoplay)
    act(() => vi.advanceTimersByTime(120_000))
    expect(store.getState().guideStep).toBe(1)
    fireEvent.click(autoplay)
    // One act per tick: each step renders before the next timer is set.
    act(() => vi.advanceTimersByTime(stepDelayMs(essay, 1)))
    expect(store.getState().guideStep).toBe(2)
    act(() => vi.advanceTimersByTime(stepDelayMs(essay, 2)))
    expect(store.getState().guideStep).toBe(2)
    expect(autoplay).toHaveAttribute('aria-pressed', 'false')
  })

  it('offers no autoplay under reduced motion', () => {
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query) =>
        ({
          matches: query.includes('reduce'),
          media: query,
          addEventListener: () => {},
          removeEventListener: () => {},
        }) as unknown as MediaQueryList,
    )
    mountGuide()
    fireEvent.click(within(group()).getByRole('button', { name: 'Next step' }))
    expect(store.getState().guideStep).toBe(0)
    expect(
      within(group()).queryByRole('button', { name: 'Autoplay' }),
    ).not.toBeInTheDocument()
  })

  it('autoplay pauses when the reader interacts elsewhere', () => {
    vi.useFakeTimers()
    mountGuide()
    fireEvent.click(within(group()).getByRole('button', { name: 'Next step' }))
    fireEvent.click(within(group()).getByRole('button', { name: 'Autoplay' }))
    fireEvent.pointerDown(
      screen.getByRole('complementary', { name: 'Event details' }),
    )
    expect(
      within(group()).getByRole('button', { name: 'Autoplay' }),
    ).toHaveAttribute('aria-pressed', 'false')
    act(() => vi.advanceTimersByTime(120_000))
    expect(store.getState().guideStep).toBe(0)
  })

  it('Stop guided reading ends the guide and keeps focus in the controls', async () => {
    const user = userEvent.setup()
    mountGuide()
    await user.click(within(group()).getByRole('button', { name: 'Next step' }))
    await user.click(
      within(group()).getByRole('button', { name: 'Stop guided reading' }),
    )
    expect(store.getState().guideStep).toBeNull()
    expect(within(group()).getByRole('status')).toHaveTextContent('')
    expect(
      within(group()).getByRole('button', { name: 'Read with the essay' }),
    ).toHaveFocus()
  })

  it('shows nothing for an essay with no citations', () => {
    store.getState().loadDataset(makeDataset([airlift], makeEssay([[]])))
    render(<GuideControls />)
    expect(
      screen.queryByRole('group', { name: 'Guided reading' }),
    ).not.toBeInTheDocument()
  })
})
