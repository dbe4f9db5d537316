import type { DatePoint } from '../../data/types'

/**
 * The aligned lens measures time in years since a case's guarantee (T = 0), negative before it. A year is
 * the mean Gregorian year (365.2425 days), so leap years do not jitter the marks: 1 January of the next year
 * is about 1.0007 or 0.9986 "years" away, which no reader can see at this scale. Pure, UTC only.
 */

/** Mean Gregorian year, ms. */
export const MEAN_YEAR_MS = 365.2425 * 24 * 3600 * 1000

/** Fractional years from `t0Ms` to `timeMs` (both UTC ms); negative before T = 0. */
export function yearsSince(timeMs: number, t0Ms: number): number {
  return (timeMs - t0Ms) / MEAN_YEAR_MS
}

/** UTC ms of `years` after `t0Ms` (the inverse of `yearsSince`). */
export function timeAtYears(years: number, t0Ms: number): number {
  return t0Ms + years * MEAN_YEAR_MS
}

/**
 * The period a date covers, in years since T = 0, as `[start, end)`: a day-precision date covers its day,
 * `"1948-06"` the whole of June, `"1953"` the whole year. T = 0 is the start of `t0`'s own period.
 */
export function dateExtentYears(
  date: DatePoint,
  t0: DatePoint,
): readonly [number, number] {
  return [
    yearsSince(date.startMs, t0.startMs),
    yearsSince(date.endMs, t0.startMs),
  ]
}

/** One case's time axis: UTC ms ⇄ years since its guarantee. */
export type AlignedScale = {
  readonly t0: DatePoint
  /** Years since T = 0 at a UTC ms time. */
  readonly toYears: (timeMs: number) => number
  /** UTC ms at a number of years since T = 0. */
  readonly toTime: (years: number) => number
  /** A date's period in years since T = 0 (its position is the start). */
  readonly extent: (date: DatePoint) => readonly [number, number]
}

/** The aligned scale of a case whose guarantee is `t0`. */
export function alignedScale(t0: DatePoint): AlignedScale {
  return {
    t0,
    toYears: (timeMs) => yearsSince(timeMs, t0.startMs),
    toTime: (years) => timeAtYears(years, t0.startMs),
    extent: (date) => dateExtentYears(date, t0),
  }
}

/**
 * Years since T = 0 in words, whole years toward zero: "Year 35 after the guarantee", "Year 10 before the
 * guarantee", "Year 0 (the guarantee)" within the first year on either side. `guarantee` names what T = 0
 * is ("the guarantee", "the prospective guarantee").
 */
export function formatYearsSince(
  years: number,
  guarantee = 'the guarantee',
): string {
  const whole = Math.trunc(years)
  if (whole === 0) return `Year 0 (${guarantee})`
  return `Year ${Math.abs(whole)} ${whole > 0 ? 'after' : 'before'} ${guarantee}`
}

/** A tick value in years as an axis label: "T = 0", "+10 y", "−10 y" (true minus sign). */
export function formatYearTick(years: number): string {
  if (years === 0) return 'T = 0'
  const n = Math.abs(Math.round(years * 100) / 100)
  return `${years > 0 ? '+' : '\u2212'}${n} y`
}
