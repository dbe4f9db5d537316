import { compareEvents } from '../data/events/buildDataset'
import type { TimelineEvent } from '../data/types'
import { neighbourEvent } from '../store/selectors'

/**
 * The shown event before (`step` -1) or after (+1) `event` in time order, or null at either end. Works when
 * `event` itself is hidden by the filters: its neighbours are then the shown events either side of its time.
 */
export function adjacentShownEvent(
  shown: readonly TimelineEvent[],
  event: TimelineEvent,
  step: -1 | 1,
): TimelineEvent | null {
  if (shown.includes(event)) return neighbourEvent(shown, event.id, step)
  if (step === 1) return shown.find((e) => compareEvents(e, event) > 0) ?? null
  return shown.findLast((e) => compareEvents(e, event) < 0) ?? null
}
