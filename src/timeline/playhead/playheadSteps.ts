import { neighbourEvent } from '../../store/selectors'
import type { EventId, TimelineEvent } from '../../data/types'

/** Where the playhead's keys take it, among the shown events (sorted by time). Pure. */

/**
 * The shown event the playhead steps to from where it rests. From its current event it moves to the next or
 * previous one, except that a playhead left between events first steps onto the nearer one in that direction
 * (the event it is past, going back; the one ahead, going forward). With no current event (none yet, or it was
 * filtered out), it goes by time. Null at the ends.
 */
export function stepEvent(
  events: readonly TimelineEvent[],
  currentId: EventId | null,
  scrubTimeMs: number | null,
  step: -1 | 1,
): TimelineEvent | null {
  const index =
    currentId === null ? -1 : events.findIndex((e) => e.id === currentId)
  const current = events[index]
  if (current) {
    if (scrubTimeMs !== null && step === 1 && scrubTimeMs < current.timeMs)
      return current
    if (scrubTimeMs !== null && step === -1 && scrubTimeMs > current.timeMs)
      return current
    return neighbourEvent(events, current.id, step)
  }
  if (scrubTimeMs === null) return neighbourEvent(events, null, step)
  if (step === 1) return events.find((e) => e.timeMs > scrubTimeMs) ?? null
  return events.findLast((e) => e.timeMs < scrubTimeMs) ?? null
}

const YEAR_MS = 365.2425 * 864e5

/** The playhead time a year on (`step` 1) or back (-1) from `timeMs`, kept inside `bounds`. */
export function stepYear(
  timeMs: number,
  step: -1 | 1,
  bounds: readonly [number, number],
): number {
  const date = new Date(timeMs)
  date.setUTCFullYear(date.getUTCFullYear() + step)
  const next = Number.isNaN(date.getTime())
    ? timeMs + step * YEAR_MS
    : date.getTime()
  return Math.min(Math.max(next, bounds[0]), bounds[1])
}
