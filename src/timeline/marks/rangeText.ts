import { formatDate, formatTime, utcFormat } from '../../data/dates'
import { eventDateWords } from '../../data/eventDate'
import type { Precision, TimelineEvent } from '../../data/types'

/** Words for the timeline's accessible names: event names and time ranges ("February to August 2025"). */

const DAY_MS = 864e5
const PRECISION_RANK: Record<Precision, number> = {
  second: -2,
  minute: -1,
  day: 0,
  month: 1,
  year: 2,
}

const yearFmt = utcFormat({ year: 'numeric' })
const monthFmt = utcFormat({ month: 'long' })
const monthYearFmt = utcFormat({ month: 'long', year: 'numeric' })
const dayFmt = utcFormat({ day: 'numeric' })
const dayMonthFmt = utcFormat({ day: 'numeric', month: 'long' })
const fullFmt = utcFormat({ day: 'numeric', month: 'long', year: 'numeric' })

/** The coarser of two precisions (`year` over `month` over `day`). */
export function coarser(a: Precision, b: Precision): Precision {
  return PRECISION_RANK[a] >= PRECISION_RANK[b] ? a : b
}

/** The precision a range of this length reads best at: years from two years up, months from two months up. */
export function precisionForSpan(spanMs: number): Precision {
  if (spanMs >= 2 * 365 * DAY_MS) return 'year'
  if (spanMs >= 60 * DAY_MS) return 'month'
  return 'day'
}

/**
 * A range of UTC times in words, sharing what both ends share: "1990 to 2004", "February to August 2025",
 * "3 to 18 August 2025", "18 August 2025". `firstMs` and `lastMs` are both inclusive instants. The precision is
 * the coarser of the span's own and `atLeast`, so a range of year-precision dates never shows a false day.
 */
export function formatRange(
  firstMs: number,
  lastMs: number,
  atLeast: Precision = 'day',
): string {
  const precision = coarser(precisionForSpan(lastMs - firstMs), atLeast)
  const a = new Date(firstMs)
  const b = new Date(lastMs)
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear()
  const sameMonth = sameYear && a.getUTCMonth() === b.getUTCMonth()
  if (precision === 'year')
    return sameYear ? yearFmt(a) : `${yearFmt(a)} to ${yearFmt(b)}`
  if (precision === 'month') {
    if (sameMonth) return monthYearFmt(a)
    return sameYear
      ? `${monthFmt(a)} to ${monthYearFmt(b)}`
      : `${monthYearFmt(a)} to ${monthYearFmt(b)}`
  }
  if (sameMonth && a.getUTCDate() === b.getUTCDate()) return fullFmt(a)
  if (sameMonth) return `${dayFmt(a)} to ${fullFmt(b)}`
  return sameYear
    ? `${dayMonthFmt(a)} to ${fullFmt(b)}`
    : `${fullFmt(a)} to ${fullFmt(b)}`
}

const names = new WeakMap<TimelineEvent, string>()

/**
 * An event's date in words ("5 December 1994", "24 June 1948 – 30 September 1949", "since 1999"), with what
 * each end is when the data says ("12 September 1990 (signed) – 15 March 1991 (in force)"); the data's own
 * wording instead when it gives one ("Spring 1948").
 */
export function eventDateText(event: TimelineEvent): string {
  return eventDateWords(event)
}

/**
 * An event mark's accessible name: its title, then its date in words
 * ("Budapest Memorandum on Security Assurances, 5 December 1994"). Cached per event: Intl is slow at 10,000.
 */
export function eventName(event: TimelineEvent): string {
  let name = names.get(event)
  if (name === undefined) {
    name = `${event.title}, ${eventDateText(event)}`
    names.set(event, name)
  }
  return name
}

/**
 * A cluster's accessible name: its count and the range of its events' start dates, at no finer a precision
 * than its least precise event ("14 events, February to August 2025").
 */
export function clusterName(events: readonly TimelineEvent[]): string {
  let name = clusterNames.get(events)
  if (name === undefined) {
    name = nameCluster(events)
    clusterNames.set(events, name)
  }
  return name
}

const clusterNames = new WeakMap<readonly TimelineEvent[], string>()

function nameCluster(events: readonly TimelineEvent[]): string {
  const first = events[0]
  if (!first) return '0 events'
  let lastMs = first.timeMs
  let precision: Precision = 'day'
  for (const e of events) {
    lastMs = Math.max(lastMs, e.timeMs)
    precision = coarser(precision, e.start.precision)
  }
  if (events.length === 1) return `1 event, ${formatDate(first.start)}`
  return `${events.length} events, ${formatRange(first.timeMs, lastMs, precision)}`
}

/** The precision a free playhead time is worth at a zoom: a day when a px is under two days, else month/year. */
export function precisionForZoom(msPerPx: number): Precision {
  if (msPerPx < 2 * DAY_MS) return 'day'
  if (msPerPx < 40 * DAY_MS) return 'month'
  return 'year'
}

/**
 * The playhead's date in words: the current event's own date at its precision when the playhead rests on it
 * ("18 August 2025", "1953"; the data's own wording when it gives one, "Summer 1948"), otherwise the time at the precision the zoom can resolve.
 */
export function playheadText(
  scrubTimeMs: number | null,
  current: TimelineEvent | null,
  msPerPx: number,
): string {
  if (scrubTimeMs === null) return 'No date chosen'
  if (current && current.timeMs === scrubTimeMs)
    return current.displayDate ?? formatDate(current.start)
  return formatTime(scrubTimeMs, precisionForZoom(msPerPx))
}
