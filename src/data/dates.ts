import { quote } from './problems'
import type { DatePoint, Precision } from './types'

/**
 * Dates at their precision. Data keeps ISO strings whose length is the precision (`"1953"`, `"1948-06"`,
 * `"2025-08-18"`, `"2025-08-15T11:00"`, `"2025-08-15T11:00:30Z"`); they become UTC milliseconds once, here, and
 * never pass through local time. A time without a zone is taken as written (UTC); `Z` or `+02:00` places it.
 */

const ISO_DATE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?)?)?$/

/** Years the format holds: four digits, from 1 to 9999 (earlier or later dates cannot be drawn or worded). */
export const MIN_YEAR = 1
export const MAX_YEAR = 9999

/** Looks like a year outside 1–9999: a sign, five or more digits, or year 0. */
const OUT_OF_RANGE_YEAR = /^\s*(?:[+-]\s*\d|\d{5,}|0000(?:\D|$))/

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Days in `month` (1–12) of `year`, proleptic Gregorian: no Date object (this runs for every date loaded). */
function daysInMonth(year: number, month: number): number {
  const isLeap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return month === 2 && isLeap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0)
}

type Parts = {
  year: number
  month: number | null
  day: number | null
  /** Minutes after midnight and seconds, when a time of day is given. */
  time: { hour: number; minute: number; second: number | null } | null
  /** The zone offset east of UTC in minutes; 0 for `Z` or no zone. */
  offsetMinutes: number
}

const EXPECTED = 'expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM'

/** The parts of an ISO date, or why it is not a real calendar date. Month and day are 1-based, null if absent. */
function dateParts(iso: string): Parts | { problem: string } {
  const match = ISO_DATE.exec(iso)
  if (!match || match[1] === '0000')
    return {
      problem: OUT_OF_RANGE_YEAR.test(iso)
        ? `${quote(iso)} is outside the years the format supports (${MIN_YEAR} to ${MAX_YEAR})`
        : `${quote(iso)} is not a date (${EXPECTED})`,
    }
  const [, y, m, d, hh, mm, ss, zone] = match
  const year = Number(y)
  const month = m === undefined ? null : Number(m)
  const day = d === undefined ? null : Number(d)
  if (month !== null && (month < 1 || month > 12))
    return {
      problem: `${quote(iso)} is not a date (month ${m} does not exist)`,
    }
  if (month !== null && day !== null)
    if (day < 1 || day > daysInMonth(year, month))
      return {
        problem: `${quote(iso)} is not a date (${monthName(month)} ${year} has no day ${d})`,
      }
  if (hh === undefined)
    return { year, month, day, time: null, offsetMinutes: 0 }
  const time = {
    hour: Number(hh),
    minute: Number(mm),
    second: ss === undefined ? null : Number(ss),
  }
  if (time.hour > 23 || time.minute > 59 || (time.second ?? 0) > 59)
    return {
      problem: `${quote(iso)} is not a time of day (hours run 00–23, minutes and seconds 00–59)`,
    }
  const offsetMinutes = zoneOffset(zone)
  if (offsetMinutes === null)
    return {
      problem: `${quote(iso)} has no such zone offset (from -14:00 to +14:00, minutes 00–59)`,
    }
  return { year, month, day, time, offsetMinutes }
}

/** `"+02:00"` -> 120, `"Z"` or none -> 0; null when out of range. */
function zoneOffset(zone: string | undefined): number | null {
  if (zone === undefined || zone === 'Z') return 0
  const hours = Number(zone.slice(1, 3))
  const minutes = Number(zone.slice(4, 6))
  if (hours > 14 || minutes > 59) return null
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes)
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
  const { year, month, day, time } = parts
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
  if (time === null)
    return {
      iso,
      precision: 'day',
      startMs: utc(year, month - 1, day),
      endMs: utc(year, month - 1, day + 1),
    }
  const startMs =
    utc(year, month - 1, day) +
    ((time.hour * 60 + time.minute - parts.offsetMinutes) * 60 +
      (time.second ?? 0)) *
      1000
  const isSecond = time.second !== null
  return {
    iso,
    precision: isSecond ? 'second' : 'minute',
    startMs,
    endMs: startMs + (isSecond ? 1000 : 60_000),
  }
}

/** True for a precision finer than a month: drawn as a point, not as a band over its period. */
export function isPointPrecision(precision: Precision): boolean {
  return precision !== 'month' && precision !== 'year'
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

const fullDay = utcFormat({ day: 'numeric', month: 'long', year: 'numeric' })
const hourMinute = utcFormat({
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})
const hourMinuteSecond = utcFormat({
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

const formatters: Record<Precision, (time: number) => string> = {
  second: (time) => `${fullDay(time)}, ${hourMinuteSecond(time)}`,
  minute: (time) => `${fullDay(time)}, ${hourMinute(time)}`,
  day: fullDay,
  month: utcFormat({ month: 'long', year: 'numeric' }),
  year: utcFormat({ year: 'numeric' }),
}

/** A UTC time in words at a precision: "18 August 2025", "June 1948", "1953", "15 August 2025, 11:00". */
export function formatTime(timeMs: number, precision: Precision): string {
  return formatters[precision](timeMs)
}

/**
 * A date in words at its own precision: "18 August 2025", "June 1948", "1953". A time of day is worded as the
 * data writes it, in its own zone: "15 August 2025, 11:00", "15 August 2025, 11:00:30 UTC+02:00".
 */
export function formatDate(date: DatePoint): string {
  const written = writtenTime(date)
  return written
    ? `${written.day}, ${written.clock}`
    : formatTime(date.startMs, date.precision)
}

/** A time of day as the data writes it: the day in words, and the clock with its zone ("11:00 UTC+02:00"). */
function writtenTime(date: DatePoint): { day: string; clock: string } | null {
  if (date.precision !== 'minute' && date.precision !== 'second') return null
  const match = ISO_DATE.exec(date.iso)
  if (!match) return null
  const [, y, m, d, hh, mm, ss, zone] = match
  const where =
    zone === undefined
      ? ''
      : zone === 'Z' || zone === '+00:00' || zone === '-00:00'
        ? ' UTC'
        : ` UTC${zone}`
  return {
    day: fullDay(utc(Number(y), Number(m) - 1, Number(d))),
    clock: `${hh}:${mm}${ss === undefined ? '' : `:${ss}`}${where}`,
  }
}

/** The end of a span in words, its day left out when it is the start's ("11:00 – 13:30" on one day). */
function spanEnd(start: DatePoint, end: DatePoint): string {
  const [a, b] = [writtenTime(start), writtenTime(end)]
  return a && b && a.day === b.day ? b.clock : formatDate(end)
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
  return `${formatDate(start)} – ${spanEnd(start, end)}`
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
  const endWords = spanEnd(start, end)
  return `${at(start, startLabel)} – ${endLabel === null ? endWords : `${endWords} (${endLabel})`}`
}

/** A UTC ms time as an ISO day, `YYYY-MM-DD` (for URLs). */
export function toIsoDay(timeMs: number): string {
  return new Date(timeMs).toISOString().slice(0, 10)
}
