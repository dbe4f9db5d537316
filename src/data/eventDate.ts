import { formatEventSpan } from './dates'
import type { TimelineEvent } from './types'

/**
 * An event's date as readers see it: the data's own wording when it gives one (`displayDate`, "Spring 1948"),
 * else the computed words at the dates' precision ("24 June 1948 – 30 September 1949").
 */
export function eventDateWords(
  event: Pick<
    TimelineEvent,
    'start' | 'end' | 'ongoing' | 'startLabel' | 'endLabel' | 'displayDate'
  >,
): string {
  return event.displayDate ?? formatEventSpan(event)
}

/**
 * The machine-readable date for a `<time datetime>` around the worded date: the start's ISO form for an event
 * on one date; null for a span, which one `datetime` value cannot hold.
 */
export function eventMachineDate(
  event: Pick<TimelineEvent, 'start' | 'end'>,
): string | null {
  return event.end === null || event.end.iso === event.start.iso
    ? event.start.iso
    : null
}
