import { act, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useTimelineStore } from '../store/timelineStore'
import { FEATURED_PERIODS, makeDataset, makeEvent } from '../test/fixtures'
import { COMPACT_LANES, LANES, lanesHeight } from './layout/geometry'
import { Timeline } from './Timeline'
import { COMPACT_QUERY } from '../ui/mediaQuery'

const store = useTimelineStore

/** Eight long-titled events a month apart: at 800 px their labels overlap, so each takes its own lane. */
const events = Array.from({ length: 8 }, (_, i) =>
  makeEvent({
    title: `A long-titled agreement on the matter of item ${i + 1}`,
    start: `1990-0${i + 1}-15`,
  }),
)

function stubScreen(isPhone: boolean) {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({
        matches: isPhone && query === COMPACT_QUERY,
        media: query,
        addEventListener: () => {},
        removeEventListener: () => {},
      }) as unknown as MediaQueryList,
  )
}

/** The lowest lane any mark's button sits in, from its `top` style (px from the top of the lanes). */
function lowestTopPx(): number {
  const region = screen.getByRole('region', { name: 'Timeline' })
  const tops = within(region)
    .getAllByRole('button')
    .filter((b) => b.hasAttribute('data-key'))
    .map((b) => parseFloat(b.style.top))
  return Math.max(...tops)
}

beforeEach(() => {
  store.setState(store.getInitialState(), true)
  act(() =>
    store
      .getState()
      .loadDataset(makeDataset(events, undefined, [], FEATURED_PERIODS)),
  )
})
afterEach(() => vi.restoreAllMocks())

describe('the compact band (phones)', () => {
  it('draws fewer, tighter lanes than on a wide screen', () => {
    stubScreen(false)
    const { unmount } = render(<Timeline widthPx={800} />)
    expect(lowestTopPx()).toBeGreaterThan(lanesHeight(COMPACT_LANES))
    unmount()

    stubScreen(true)
    render(<Timeline widthPx={800} />)
    expect(lowestTopPx()).toBeLessThan(lanesHeight(COMPACT_LANES) - 24)
    // Every event keeps its mark: labels are shortened to fit the fewer lanes.
    for (const event of events)
      expect(
        screen.getByRole('button', {
          name: new RegExp(`item ${event.title.slice(-1)},`),
        }),
      ).toHaveAttribute('data-event-id', event.id)
    expect(lanesHeight(COMPACT_LANES)).toBeLessThan(lanesHeight(LANES))
  })

  it('keeps the full names of the controls whose words phones drop', () => {
    // jsdom applies no stylesheet: what a phone hides is the `.narrow-hidden` words (src/ui/global.css), and the
    // accessible name must still hold them.
    render(<Timeline widthPx={360} />)
    for (const [name, dropped] of [
      ['Cold War guarantees', 'guarantees'],
      ['1990s air power', 'air power'],
      ['2025 diplomacy', 'diplomacy'],
    ] as const) {
      const button = screen.getByRole('button', { name })
      expect(within(button).getByText(dropped)).toHaveClass('narrow-hidden')
    }
  })
})
