import { dateProblem } from '../dates'

/**
 * TimelineJS dates are objects, `{ year, month?, day?, hour?, … }`, with numbers or numeric strings. Ours are
 * ISO strings whose length is their precision. Pure.
 */

export type ConvertedDate =
  | {
      readonly ok: true
      readonly iso: string
      /** True when hours, minutes or seconds were given and dropped (our dates stop at the day). */
      readonly droppedTime: boolean
    }
  | { readonly ok: false; readonly why: string }

const TIME_FIELDS = ['hour', 'minute', 'second', 'millisecond'] as const

/** An integer from a number or a numeric string; undefined when absent or blank, NaN when not a number. */
function integer(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value === 'number') return Number.isInteger(value) ? value : NaN
  if (typeof value === 'string' && /^\s*-?\d{1,7}\s*$/.test(value))
    return Number(value)
  return NaN
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 59)}…` : text
}

/**
 * A TimelineJS date object as an ISO date at its precision: `{ year: 1953 }` -> `"1953"`,
 * `{ year: "1953", month: 7 }` -> `"1953-07"`, `{ year: 1953, month: 7, day: 27 }` -> `"1953-07-27"`.
 * Years before 1 or after 9999, and impossible days, are refused with a reason.
 */
export function convertTimelineJsDate(value: unknown): ConvertedDate {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, why: `${describe(value)} is not a date object` }
  const date = value as Record<string, unknown>
  const year = integer(date.year)
  const month = integer(date.month)
  const day = integer(date.day)
  if (year === undefined) return { ok: false, why: 'it has no year' }
  if (Number.isNaN(year) || Number.isNaN(month) || Number.isNaN(day))
    return {
      ok: false,
      why: `${describe(value)} has a part that is not a whole number`,
    }
  if (year < 1 || year > 9999)
    return { ok: false, why: `year ${year} is outside 1–9999` }
  if (day !== undefined && month === undefined)
    return { ok: false, why: 'it has a day but no month' }
  const iso = [
    String(year).padStart(4, '0'),
    ...(month === undefined ? [] : [String(month).padStart(2, '0')]),
    ...(day === undefined ? [] : [String(day).padStart(2, '0')]),
  ].join('-')
  const problem = dateProblem(iso)
  if (problem) return { ok: false, why: problem }
  const droppedTime = TIME_FIELDS.some((f) => integer(date[f]) !== undefined)
  return { ok: true, iso, droppedTime }
}
