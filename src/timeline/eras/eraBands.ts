import type { Era } from '../../data/types'
import { AXIS_H, MIN_LABEL_PX } from '../layout/geometry'
import { fitText, textWidthPx } from '../layout/labelText'

/** Where the eras fall in one view, and what their labels say. Pure: no React, no DOM; px from the view's left. */

/**
 * Baselines of the two rows of era labels, px: the first along the top of the axis zone, above the tick
 * labels, where no mark is ever drawn (only the playhead's date passes over it); the second, for an era
 * overlapping another, along the foot of the lanes, which fill from the top.
 */
export function eraLabelY(row: number, plotH: number): number {
  return row === 0 ? ERA_TOP_BASELINE : AXIS_H + plotH - 5
}
const ERA_TOP_BASELINE = 13

/** Space between a band's edge and its label, px. */
const LABEL_INSET_PX = 6
/** Rows of labels: overlapping eras put their second label under the first; a third has none. */
const LABEL_ROWS = 2

export type EraBand = {
  /** Position in the dataset's list: stable while the view moves. */
  readonly index: number
  readonly title: string
  /** The band's edges, px, clipped to the view. */
  readonly x0: number
  readonly x1: number
  /** The label as it fits inside the visible part of the band ('' when none fits), its x and its row. */
  readonly label: string
  readonly labelX: number
  readonly labelRow: number
  /** Neighbouring eras alternate between two tints, so where one ends and the next begins shows. */
  readonly isAlternate: boolean
}

/**
 * The bands of `eras` visible in a view of `widthPx` px whose scale is `x` (UTC ms → px). Each label starts
 * just inside the band's visible left edge (so it stays on screen while the band runs off the left), is cut
 * with an ellipsis to the visible width, and is left out when not even a short word fits or two rows are
 * already taken there.
 */
export function eraBands(
  eras: readonly Era[],
  x: (timeMs: number) => number,
  widthPx: number,
): EraBand[] {
  const rowEnds = Array.from({ length: LABEL_ROWS }, () => -Infinity)
  const bands: EraBand[] = []
  eras.forEach((era, index) => {
    const x0 = Math.max(x(era.extentMs[0]), 0)
    const x1 = Math.min(x(era.extentMs[1]), widthPx)
    if (!(x1 > x0)) return
    const labelX = x0 + LABEL_INSET_PX
    const roomPx = x1 - LABEL_INSET_PX - labelX
    const text = roomPx >= MIN_LABEL_PX ? fitText(era.title, roomPx) : ''
    const row = text === '' ? -1 : rowEnds.findIndex((end) => end <= labelX)
    if (row >= 0) rowEnds[row] = labelX + textWidthPx(text) + LABEL_INSET_PX
    bands.push({
      index,
      title: era.title,
      x0,
      x1,
      label: row >= 0 ? text : '',
      labelX,
      labelRow: Math.max(row, 0),
      isAlternate: index % 2 === 1,
    })
  })
  return bands
}
