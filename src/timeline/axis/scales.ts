import { utcTicks } from 'd3-time'
import { utcFormat } from '../../data/dates'
import type { Domain } from '../../store/domainMath'

/** The time scale and its ticks. Pure: no React, no DOM. All times are UTC ms, all positions px. */

/**
 * A linear map from UTC ms onto px with calendar ticks: the part of d3's `scaleUtc` the timeline uses. Its
 * ticks are d3-time's `utcTicks`, as `scaleUtc().ticks` returns; it leaves out d3-scale's interpolators and
 * default tick format (d3-interpolate, d3-color, d3-format, d3-time-format), which the page never used.
 */
export type TimeScale = {
  /** Position in px of a time in UTC ms. */
  (timeMs: number): number
  /** The time in whole UTC ms at `px`: rounded, as `scaleUtc().invert(px).getTime()` is. */
  invert(px: number): number
  /** The times in UTC ms at the two ends. */
  domain(): Domain
  /** The positions in px of the two ends: `[0, widthPx]`. */
  range(): Domain
  /** Calendar-aligned times (UTC ms) in the domain, about `count` of them: `scaleUtc().ticks(count)`. */
  ticks(count: number): number[]
}

/** The scale of `domain` (UTC ms) onto `[0, widthPx]`. Never rounded, so `invert` stays exact. */
export function timeScale(domain: Domain, widthPx: number): TimeScale {
  const [d0, d1] = domain
  const span = d1 - d0
  // The same arithmetic as d3's linear interpolation, so positions match `scaleUtc` to the bit.
  const x = ((timeMs: number) =>
    span ? ((timeMs - d0) / span) * widthPx : widthPx / 2) as TimeScale
  x.invert = (px: number) => {
    const t = widthPx ? px / widthPx : 0.5
    // `|| 0`: a Date holds +0 where Math.round gives -0.
    return Math.round(d0 * (1 - t) + d1 * t) || 0
  }
  x.domain = () => [d0, d1]
  x.range = () => [0, widthPx]
  x.ticks = (count: number) =>
    utcTicks(new Date(d0), new Date(d1), count).map(Number)
  return x
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

const yearFmt = utcFormat({ year: 'numeric' })
const monthFmt = utcFormat({ month: 'short' })
const monthYearFmt = utcFormat({ month: 'short', year: 'numeric' })
const dayMonthFmt = utcFormat({ day: 'numeric', month: 'short' })
const fullFmt = utcFormat({ day: 'numeric', month: 'short', year: 'numeric' })

/** The unit of a tick step in ms: a year or more, a month or more, else days. */
export function tickUnit(stepMs: number): TickUnit {
  if (stepMs >= 360 * DAY_MS) return 'year'
  if (stepMs >= 28 * DAY_MS) return 'month'
  return 'day'
}

function label(timeMs: number, unit: TickUnit, isFirst: boolean): string {
  const date = new Date(timeMs)
  const isNewYear = date.getUTCMonth() === 0 && date.getUTCDate() === 1
  if (unit === 'year') return yearFmt(date)
  if (unit === 'month') {
    if (isNewYear) return yearFmt(date)
    return isFirst ? monthYearFmt(date) : monthFmt(date)
  }
  return isFirst || isNewYear ? fullFmt(date) : dayMonthFmt(date)
}

/**
 * Axis ticks for `x`, from decades ("1950") to days ("18 Aug"), about one per 90 px. The first tick and
 * each new year carry the year, so a view of a fortnight still says which year it is. Never finer than a day.
 */
export function axisTicks(x: TimeScale, widthPx: number): readonly Tick[] {
  const [d0, d1] = x.domain()
  const spanDays = (d1 - d0) / DAY_MS
  // Asking for no more ticks than days keeps d3 from choosing 12-hour steps on a wide screen.
  const count = Math.max(
    2,
    Math.min(Math.floor(widthPx / PX_PER_TICK), Math.floor(spanDays)),
  )
  const times = x.ticks(count).filter((t) => t % DAY_MS === 0)
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
