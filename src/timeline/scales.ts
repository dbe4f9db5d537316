import { scaleUtc, type ScaleTime } from 'd3-scale'
import type { Domain } from '../store/domainMath'

/** The time scale and its ticks. Pure: no React, no DOM. All times are UTC ms, all positions px. */

export type TimeScale = ScaleTime<number, number>

/** `scaleUtc` over `domain` (UTC ms) onto `[0, widthPx]`. Never rounded, so `invert` stays exact. */
export function timeScale(domain: Domain, widthPx: number): TimeScale {
  return scaleUtc().domain([domain[0], domain[1]]).range([0, widthPx])
}

/** The calendar unit the ticks step by. */
export type TickUnit = 'year' | 'month' | 'day'

export type Tick = {
  readonly timeMs: number
  readonly label: string
  /** Starts a decade (year ticks) or a year (month and day ticks): drawn a little stronger. */
  readonly isMajor: boolean
}

const DAY_MS = 864e5
/** About one label per this many px keeps "28 Feb 2025" clear of its neighbours. */
const PX_PER_TICK = 90

const fmt = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' })
const yearFmt = fmt({ year: 'numeric' })
const monthFmt = fmt({ month: 'short' })
const monthYearFmt = fmt({ month: 'short', year: 'numeric' })
const dayMonthFmt = fmt({ day: 'numeric', month: 'short' })
const fullFmt = fmt({ day: 'numeric', month: 'short', year: 'numeric' })

/** The unit of a tick step in ms: a year or more, a month or more, else days. */
export function tickUnit(stepMs: number): TickUnit {
  if (stepMs >= 360 * DAY_MS) return 'year'
  if (stepMs >= 28 * DAY_MS) return 'month'
  return 'day'
}

function label(timeMs: number, unit: TickUnit, isFirst: boolean): string {
  const date = new Date(timeMs)
  const isNewYear = date.getUTCMonth() === 0 && date.getUTCDate() === 1
  if (unit === 'year') return yearFmt.format(date)
  if (unit === 'month') {
    if (isNewYear) return yearFmt.format(date)
    return isFirst ? monthYearFmt.format(date) : monthFmt.format(date)
  }
  return isFirst || isNewYear ? fullFmt.format(date) : dayMonthFmt.format(date)
}

/**
 * Axis ticks for `x`, from decades ("1950") to days ("18 Aug"), about one per 90 px. The first tick and
 * each new year carry the year, so a view of a fortnight still says which year it is. Never finer than a day.
 */
export function axisTicks(x: TimeScale, widthPx: number): readonly Tick[] {
  const [d0, d1] = x.domain().map(Number) as [number, number]
  const spanDays = (d1 - d0) / DAY_MS
  // Asking for no more ticks than days keeps d3 from choosing 12-hour steps on a wide screen.
  const count = Math.max(
    2,
    Math.min(Math.floor(widthPx / PX_PER_TICK), Math.floor(spanDays)),
  )
  const times = x
    .ticks(count)
    .map(Number)
    .filter((t) => t % DAY_MS === 0)
  const step = times.length > 1 ? times[1]! - times[0]! : d1 - d0
  const unit = tickUnit(step)
  return times.map((timeMs, i) => {
    const date = new Date(timeMs)
    return {
      timeMs,
      label: label(timeMs, unit, i === 0),
      isMajor:
        unit === 'year'
          ? date.getUTCFullYear() % 10 === 0
          : date.getUTCMonth() === 0 && date.getUTCDate() === 1,
    }
  })
}
