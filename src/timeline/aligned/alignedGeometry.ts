import { scaleLinear, type ScaleLinear } from 'd3-scale'
import type { PlacedRow, PlacementOptions } from './alignedPlacement'
import { GAP_PX, OPEN_PX, ROW_H } from '../layout/geometry'
import { fitText, textWidthPx } from '../layout/labelText'
import { markGeometry } from '../layout/layout'

/** Sizes and scale of the aligned view, in CSS px. */

export type YearsScale = ScaleLinear<number, number>

/** The case's name line above its lanes. */
export const NAME_H = 20
/** Space below a row's last lane. */
export const ROW_PAD = 6
/** Space kept at both ends of the years axis. */
export const EDGE_PX = 16

/** How the rows are packed on a stage `widthPx` wide: two lanes a case (three where targets crowd) keep the band short. */
export function placementFor(widthPx: number): PlacementOptions {
  return {
    lanes: 2,
    maxLanes: 3,
    gapPx: GAP_PX,
    openPx: OPEN_PX,
    textWidth: textWidthPx,
    fitText,
    rightPx: widthPx - 4,
    geometry: markGeometry,
  }
}

/** Years since T = 0 → px, over the rows' extent with a little margin (never rounded: it is inverted). */
export function yearsScale(
  domainYears: readonly [number, number],
  widthPx: number,
): YearsScale {
  const [lo, hi] = domainYears
  const pad = Math.max((hi - lo) * 0.02, 0.5)
  return scaleLinear()
    .domain([lo - pad, hi + pad])
    .range([EDGE_PX, Math.max(EDGE_PX + 1, widthPx - EDGE_PX)])
}

/** Top of each row and, last, the total height, px from the top of the rows. */
export function rowTops(rows: readonly PlacedRow[]): readonly number[] {
  const tops = [0]
  for (const row of rows)
    tops.push(tops[tops.length - 1]! + NAME_H + row.lanes * ROW_H + ROW_PAD)
  return tops
}

/** Vertical centre of a lane of a row whose top is `top`, px. */
export function laneCentre(top: number, lane: number): number {
  return top + NAME_H + lane * ROW_H + ROW_H / 2
}
