import type { TimelineEvent } from '../../data/types'
import type { Domain } from '../../store/domainMath'
import { clampView } from './zoomMath'

/** Margin on the left of the fitted events, and on the right (where the last label runs), as parts of their span. */
const LEFT_PAD = 0.04
const RIGHT_PAD = 0.12

/**
 * The window that shows all of `events` (the filters' result): from the first start to the last start or end
 * of a closed span (an ongoing bar may run on past the edge), with margins, clamped to `bounds`; the
 * selection counts as one of them. Null when there is nothing to fit.
 */
export function fitDomain(
  events: readonly TimelineEvent[],
  selected: TimelineEvent | null,
  bounds: Domain,
): Domain | null {
  let first = Infinity
  let last = -Infinity
  for (const e of selected ? [...events, selected] : events) {
    first = Math.min(first, e.timeMs)
    last = Math.max(last, e.ongoing ? e.timeMs : e.extentMs[1])
  }
  if (first > last) return null
  const span = last - first
  return clampView([first - span * LEFT_PAD, last + span * RIGHT_PAD], bounds)
}
