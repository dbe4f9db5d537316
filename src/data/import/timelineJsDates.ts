import { dateProblem, MAX_YEAR, MIN_YEAR } from '../dates'

/**
 * TimelineJS dates are objects, `{ year, month?, day?, hour?, minute?, second?, millisecond? }`, with numbers
 * or numeric strings (blank strings for parts not given). Ours are ISO strings whose length is their
 * precision, down to the second. Pure.
 */

export type ConvertedDate =
  | {
      readonly ok: true
      readonly iso: string
      /** True when milliseconds were given and dropped (our times stop at the second). */
      readonly droppedMs: boolean
    }
  | {
      readonly ok: false
      /** `empty`: no part given at all (an end date left blank); `range`: a year outside 1–9999. */
      readonly reason: 'empty' | 'range' | 'invalid'
      readonly why: string
    }

/** An integer from a number or a numeric string; undefined when absent or blank, NaN when not a number. */
function integer(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string' && value.trim() === '') return undefined
  if (typeof value === 'number') return Number.isInteger(value) ? value : NaN
  if (typeof value === 'string' && /^\s*[-+]?\d{1,12}\s*$/.test(value))
    return Number(value)
  return NaN
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 59)}…` : text
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

const PARTS = [
  'year',
  'month',
  'day',
  'hour',
  'minute',
  'second',
  'millisecond',
] as const

/**
 * A TimelineJS date object as an ISO date at its precision: `{ year: 1953 }` -> `"1953"`,
 * `{ year: "1953", month: 7 }` -> `"1953-07"`, `{ year: 1953, month: 7, day: 27, hour: 9, minute: 30 }` ->
 * `"1953-07-27T09:30"`; with `second`, `"…T09:30:05"`. Years before 1 or after 9999, impossible days and
 * times are refused with a reason.
 */
export function convertTimelineJsDate(value: unknown): ConvertedDate {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return {
      ok: false,
      reason: value === undefined ? 'empty' : 'invalid',
      why: `${describe(value)} is not a date object`,
    }
  const date = value as Record<string, unknown>
  const [year, month, day, hour, minute, second, ms] = PARTS.map((part) =>
    integer(date[part]),
  )
  if (year === undefined)
    return PARTS.every((part) => integer(date[part]) === undefined)
      ? { ok: false, reason: 'empty', why: 'it has no date' }
      : { ok: false, reason: 'invalid', why: 'it has no year' }
  if ([year, month, day, hour, minute, second, ms].some(Number.isNaN))
    return {
      ok: false,
      reason: 'invalid',
      why: `${describe(value)} has a part that is not a whole number`,
    }
  if (year < MIN_YEAR || year > MAX_YEAR)
    return {
      ok: false,
      reason: 'range',
      why: `year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}`,
    }
  if (day !== undefined && month === undefined)
    return { ok: false, reason: 'invalid', why: 'it has a day but no month' }
  let iso = pad(year, 4)
  if (month !== undefined) iso += `-${pad(month)}`
  if (day !== undefined) iso += `-${pad(day)}`
  // A time of day needs a day to belong to; minutes default to :00 when only the hour is given.
  if (day !== undefined && hour !== undefined) {
    iso += `T${pad(hour)}:${pad(minute ?? 0)}`
    if (second !== undefined) iso += `:${pad(second)}`
  }
  const problem = dateProblem(iso)
  if (problem) return { ok: false, reason: 'invalid', why: problem }
  return { ok: true, iso, droppedMs: ms !== undefined && ms !== 0 }
}
