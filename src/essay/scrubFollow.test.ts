import { describe, expect, it } from 'vitest'
import { FOLLOW_IDLE_MS, followScrub, type ScrubFollow } from './scrubFollow'

const start: ScrubFollow = { passage: null, lastStepMs: -Infinity }
/** One playhead step at `nowMs`, in `direction`, onto an event cited in `citing` (passage numbers). */
const step = (
  state: ScrubFollow,
  citing: number[],
  direction: 1 | -1,
  nowMs: number,
  reading: number | null = 4,
  readerScrolledMs = -Infinity,
) => followScrub(state, { citing, direction, nowMs, reading, readerScrolledMs })

describe('followScrub', () => {
  it('followScrub goes forward from the passage being read to the next passage citing the event', () => {
    expect(step(start, [2, 7, 9], 1, 0)).toEqual({
      state: { passage: 7, lastStepMs: 0 },
      scrollTo: 7,
    })
  })

  it('followScrub never goes back during a forward drag, and scrolls once per passage change', () => {
    let state = start
    const scrolls: (number | null)[] = []
    const citings = [[7], [3], [7], [8], [1, 5], [12], [12]]
    citings.forEach((citing, i) => {
      const next = step(state, citing, 1, i * 50)
      state = next.state
      scrolls.push(next.scrollTo)
    })
    expect(scrolls).toEqual([7, null, null, 8, null, 12, null])
  })

  it('followScrub goes back along the passages during a backward drag', () => {
    const first = step(start, [2, 3], -1, 0)
    expect(first.scrollTo).toBe(3)
    expect(step(first.state, [1, 6], -1, 50).scrollTo).toBe(1)
  })

  it('followScrub starts again from the passage being read after a pause', () => {
    const first = step(start, [9], 1, 0)
    expect(step(first.state, [6], 1, 50, 4).scrollTo).toBeNull()
    expect(step(first.state, [6], 1, FOLLOW_IDLE_MS + 1, 4).scrollTo).toBe(6)
  })

  it('followScrub does not scroll while the reader is scrolling, and starts afresh from where they are', () => {
    const quiet = step(start, [7], 1, 1000, 4, 900)
    expect(quiet.scrollTo).toBeNull()
    expect(quiet.state.passage).toBeNull()
    expect(
      step(quiet.state, [7], 1, 1000 + FOLLOW_IDLE_MS, 4, 900).scrollTo,
    ).toBe(7)
  })

  it('followScrub with no passage being read takes the first citing passage the way it goes', () => {
    expect(step(start, [3, 5], 1, 0, null).scrollTo).toBe(3)
    expect(step(start, [3, 5], -1, 0, null).scrollTo).toBe(5)
    expect(step(start, [], 1, 0, null).scrollTo).toBeNull()
  })
})
