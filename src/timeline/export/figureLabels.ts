import { BOLD_WIDTH_RATIO, fitText, textWidthPx } from '../layout/labelText'
import {
  placeMarkers,
  type PlacedMarker,
  type TimelineMarker,
} from '../layout/markers'
import type { RowsChoice } from '../layout/rowsView'
import type { Viewport } from '../viewport'

/**
 * The words a figure writes beside its plot, and the room they take: the marked dates' labels in a strip
 * above the axis, and in rows by facet the rows' names in a column left of it. Pure; sizes in figure px,
 * measured with the label font's estimates (`labelText.ts`) scaled to each size.
 */

/** The markers' strip above the axis, px, when a marked date is in the range: its labels cross no tick or era label. */
export const MARKER_STRIP_H = 20
export const MARKER_PX = 11
/** Rows by facet: the row labels' size, the widest their column may be (longer names end in "…"), its gap. */
export const ROW_LABEL_PX = 12
const ROW_LABEL_MAX_PX = 170
const GUTTER_GAP = 14
/** Room kept between two markers' labels, px: the estimate is for the app's font, and a viewer's may be wider. */
const LABEL_GAP_PX = 10

/** `fitText` at another font size: its estimates are for the 12 px label font and scale with size. */
export function fitAt(text: string, maxPx: number, sizePx: number): string {
  return fitText(text, (maxPx * 12) / sizePx)
}

/** Estimated width of `text` at `sizePx`, px. */
export function widthAt(text: string, sizePx: number): number {
  return (textWidthPx(text) * sizePx) / 12
}

/** Where the markers in the view go: labels beside their lines, cut with "…" rather than left out or run off. */
export function placeFigureMarkers(
  markers: readonly TimelineMarker[],
  view: Viewport,
): PlacedMarker[] {
  return placeMarkers(markers, (t) => view.x(t), view.widthPx, null, {
    measure: (text) =>
      widthAt(text, MARKER_PX) * BOLD_WIDTH_RATIO + LABEL_GAP_PX,
    fit: (text, maxPx) =>
      fitAt(text, (maxPx - LABEL_GAP_PX) / BOLD_WIDTH_RATIO, MARKER_PX),
  })
}

/** Rows by facet: the labels as drawn in their column, and the column's width with its gap, px. */
export function rowLabelColumn(rowsChoice: RowsChoice | null): {
  labels: string[]
  gutterPx: number
} {
  if (!rowsChoice) return { labels: [], gutterPx: 0 }
  const labels = rowsChoice.rows.map((row) =>
    fitAt(row.label, ROW_LABEL_MAX_PX / BOLD_WIDTH_RATIO, ROW_LABEL_PX),
  )
  const widest = Math.max(
    0,
    ...labels.map((l) => widthAt(l, ROW_LABEL_PX) * BOLD_WIDTH_RATIO),
  )
  return { labels, gutterPx: Math.ceil(widest) + GUTTER_GAP }
}
