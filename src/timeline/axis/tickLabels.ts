import { textWidthPx } from '../layout/labelText'
import type { Tick } from './scales'

/** Where tick labels go along the axis. Pure: no React, no DOM; positions in px. */

/** A label starts this far right of its tick's line, and keeps this much clear of the next label. */
const OFFSET_PX = 3
const GAP_PX = 6

/** A tick at its position; `labelX` is where its label starts, or null for a line with no label. */
export type PlacedTick = Tick & {
  readonly px: number
  readonly labelX: number | null
}

/** Estimated width of a tick's label (12 px; a major one is bold, about a tenth wider). */
export function tickLabelWidthPx(tick: Tick): number {
  return textWidthPx(tick.label) * (tick.isMajor ? 1.1 : 1)
}

/**
 * Labels for `ticks` (in order, at `px`) that never overlap each other or leave `[reserveLeftPx, widthPx -
 * reserveRightPx]` (where the waiting playhead's knob sits): a label that would start inside the reserve
 * starts after it, and one that would end past the right edge is left off. When neighbours still collide, only
 * every second (third, …) tick keeps its label, the first always among them, so labels stay evenly spread.
 */
export function placeTickLabels(
  ticks: readonly (Tick & { readonly px: number })[],
  widthPx: number,
  reserve: { readonly reserveLeftPx: number; readonly reserveRightPx: number },
): readonly PlacedTick[] {
  const right = widthPx - reserve.reserveRightPx
  const want = ticks.map((t) => {
    const x = Math.max(t.px + OFFSET_PX, reserve.reserveLeftPx)
    return x + tickLabelWidthPx(t) <= right && t.px <= right ? x : null
  })
  for (let stride = 1; stride <= ticks.length; stride++) {
    const keep = want.map((x, i) => (i % stride === 0 ? x : null))
    if (fits(ticks, keep))
      return ticks.map((t, i) => ({ ...t, labelX: keep[i]! }))
  }
  return ticks.map((t) => ({ ...t, labelX: null }))
}

/** True when no kept label runs into the next kept one. */
function fits(ticks: readonly Tick[], xs: readonly (number | null)[]): boolean {
  let end = -Infinity
  for (let i = 0; i < ticks.length; i++) {
    const x = xs[i]
    if (x === null || x === undefined) continue
    if (x < end + GAP_PX) return false
    end = x + tickLabelWidthPx(ticks[i]!)
  }
  return true
}
