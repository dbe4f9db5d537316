/**
 * Which passage the essay follows while the reader scrubs the timeline. Pure: the hook feeds it each playhead
 * step and scrolls when it says so.
 *
 * The playhead crosses events in time order, but an event's passages lie anywhere in the essay; following each
 * event's first passage made the essay jump back and forth during one drag. So a drag only moves the essay
 * the way it goes: dragging later moves to the next passage (after the one followed, or the one being read)
 * that cites the event, dragging earlier to the previous one; an event cited only behind moves nothing.
 */

/** A step this long after the last one, or after the reader scrolled, starts afresh from the passage read. */
export const FOLLOW_IDLE_MS = 1000

export type ScrubFollow = {
  /** Passage number (`Passage.index`) the essay last followed to in this drag; null before any. */
  readonly passage: number | null
  /** When the last step came, ms. */
  readonly lastStepMs: number
}

export const NO_FOLLOW: ScrubFollow = { passage: null, lastStepMs: -Infinity }

export type ScrubStep = {
  /** Numbers of the passages that cite the playhead's new event, ascending. */
  readonly citing: readonly number[]
  /** 1 when the playhead moved later, -1 when earlier. */
  readonly direction: 1 | -1
  readonly nowMs: number
  /** Number of the passage being read (the reading position), or null. */
  readonly reading: number | null
  /** When the reader last scrolled the page themselves, ms. */
  readonly readerScrolledMs: number
}

/** The state after `step`, and the passage number to scroll to (null: leave the essay where it is). */
export function followScrub(
  state: ScrubFollow,
  step: ScrubStep,
): { state: ScrubFollow; scrollTo: number | null } {
  const { citing, direction, nowMs } = step
  if (nowMs - step.readerScrolledMs < FOLLOW_IDLE_MS)
    return { state: { passage: null, lastStepMs: nowMs }, scrollTo: null }
  const isFresh = nowMs - state.lastStepMs > FOLLOW_IDLE_MS
  const from = (isFresh ? null : state.passage) ?? step.reading
  const target =
    direction === 1
      ? citing.find((p) => from === null || p > from)
      : citing.findLast((p) => from === null || p < from)
  return {
    state: { passage: target ?? from, lastStepMs: nowMs },
    scrollTo: target ?? null,
  }
}
