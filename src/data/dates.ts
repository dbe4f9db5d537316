import { quote } from './problems'
import type { DatePoint, Precision } from './types'

/**
 * Dates at their precision. Data keeps ISO strings whose length is the precision (`"1953"`, `"1948-06"`,
 * `"2025-08-18"`); they become UTC milliseconds once, here, and never pass through local time.
 */

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Days in `month` (1–12) of `year`, proleptic Gregorian: no Date object (this runs for every date loaded). */
function daysInMonth(year: number, month: number): number {
  const isLeap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return month === 2 && isLeap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0)
}

/** The parts of an ISO date, or why it is not a real calendar date. Month and day are 1-based, null if absent. */
function dateParts(
  iso: string,
):
  | { year: number; month: number | null; day: number | null }
  | { problem: string } {
  const match = ISO_DATE.exec(iso)
  if (!match)
    return {
      problem: `${quote(iso)} is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)`,
    }
  const [, y, m, d] = match
  const year = Number(y)
  const month = m === undefined ? null : Number(m)
  const day = d === undefined ? null : Number(d)
  if (year < 1)
    return { problem: `${quote(iso)} is not a date (year 0000 does not exist)` }
  if (month !== null && (month < 1 || month > 12))
    return {
      problem: `${quote(iso)} is not a date (month ${m} does not exist)`,
    }
  if (month !== null && day !== null)
    if (day < 1 || day > daysInMonth(year, month))
      return {
        problem: `${quote(iso)} is not a date (${monthName(month)} ${year} has no day ${d})`,
      }
  return { year, month, day }
}

/** Why an ISO string is not a date, or null when it is one. */
export function dateProblem(iso: string): string | null {
  const parts = dateParts(iso)
  return 'problem' in parts ? parts.problem : null
}

/** Parse an ISO date at its precision; null when it is not a real calendar date. */
export function parseDate(iso: string): DatePoint | null {
  const parts = dateParts(iso)
  if ('problem' in parts) return null
  const { year, month, day } = parts
  if (month === null)
    return {
      iso,
      precision: 'year',
      startMs: utc(year, 0, 1),
      endMs: utc(year + 1, 0, 1),
    }
  if (day === null)
    return {
      iso,
      precision: 'month',
      startMs: utc(year, month - 1, 1),
      endMs: utc(year, month, 1),
    }
  return {
    iso,
    precision: 'day',
    startMs: utc(year, month - 1, day),
    endMs: utc(year, month - 1, day + 1),
  }
}

/** `Date.UTC` that also handles years 1–99 (which `Date.UTC` maps to 1901–1999); overflowing days/months roll over. */
function utc(year: number, monthIndex: number, day: number): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day)
  const date = new Date(Date.UTC(year, monthIndex, day))
  date.setUTCFullYear(date.getUTCFullYear() - 1900)
  return date.getTime()
}

/**
 * An en-GB date formatter in UTC, built on first use: each `Intl.DateTimeFormat` costs milliseconds to build
 * (the first one initialises ICU), and the first render needs only a few of the many the app declares.
 */
export function utcFormat(
  options: Intl.DateTimeFormatOptions,
): (time: number | Date) => string {
  let format: Intl.DateTimeFormat | undefined
  return (time) =>
    (format ??= new Intl.DateTimeFormat('en-GB', {
      ...options,
      timeZone: 'UTC',
    })).format(time)
}

const monthNameFormat = utcFormat({ month: 'long' })

function monthName(month: number): string {
  return monthNameFormat(Date.UTC(2000, month - 1, 1))
}

const formatters: Record<Precision, (time: number) => string> = {
  day: utcFormat({ day: 'numeric', month: 'long', year: 'numeric' }),
  month: utcFormat({ month: 'long', year: 'numeric' }),
  year: utcFormat({ year: 'numeric' }),
}

/** A UTC time in words at a precision: "18 August 2025", "June 1948", "1953". */
export function formatTime(timeMs: number, precision: Precision): string {
  return formatters[precision](timeMs)
}

/** A date in words at its own precision: "18 August 2025", "June 1948", "1953". */
export function formatDate(date: DatePoint): string {
  return formatTime(date.startMs, date.precision)
}

/**
 * An event's date or span in words: "5 December 1994", "24 June 1948 – 30 September 1949",
 * "since 12 June 1999" for an ongoing event with no end.
 */
export function formatSpan(
  start: DatePoint,
  end: DatePoint | null,
  ongoing = false,
): string {
  if (end === null)
    return ongoing ? `since ${formatDate(start)}` : formatDate(start)
  if (end.iso === start.iso) return formatDate(start)
  return `${formatDate(start)} – ${formatDate(end)}`
}

/**
 * An event's date or span in words, each end followed by what it is when the data says so: "12 September
 * 1990 (signed) – 15 March 1991 (in force)". Without labels, `formatSpan`.
 */
export function formatEventSpan(event: {
  readonly start: DatePoint
  readonly end: DatePoint | null
  readonly ongoing: boolean
  readonly startLabel: string | null
  readonly endLabel: string | null
}): string {
  const { start, end, ongoing, startLabel, endLabel } = event
  if (startLabel === null && endLabel === null)
    return formatSpan(start, end, ongoing)
  const at = (date: DatePoint, label: string | null) =>
    label === null ? formatDate(date) : `${formatDate(date)} (${label})`
  if (end === null || end.iso === start.iso)
    return `${ongoing && end === null ? 'since ' : ''}${at(start, startLabel)}`
  return `${at(start, startLabel)} – ${at(end, endLabel)}`
}

/** A UTC ms time as an ISO day, `YYYY-MM-DD` (for URLs). */
export function toIsoDay(timeMs: number): string {
  return new Date(timeMs).toISOString().slice(0, 10)
}
