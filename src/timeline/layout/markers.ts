import { formatDate } from '../../data/dates'
import type { Dataset } from '../../data/types'
import { textWidthPx } from './labelText'

/**
 * Dates marked on the calendar view with a vertical line and a label: the dataset's `asOf` ("Essay written:
 * 31 August 2025") and any the data names (`markers`). Pure: the words, and where each label goes.
 */

export type TimelineMarker = {
  readonly key: string
  /** Where the line stands, UTC ms (the start of the date). */
  readonly timeMs: number
  readonly label: string
}

/**
 * The markers of `dataset`, in time order. `asOf` is worded from what the data is: the date an essay was
 * written when the timeline accompanies one, else the date the content describes.
 */
export function timelineMarkers(
  dataset: Pick<Dataset, 'asOf' | 'markers' | 'essay'>,
): TimelineMarker[] {
  const asOfWord = dataset.essay.passages.length > 0 ? 'Essay written' : 'As of'
  return [
    {
      key: 'asOf',
      timeMs: dataset.asOf.startMs,
      label: `${asOfWord}: ${formatDate(dataset.asOf)}`,
    },
    ...dataset.markers.map((m, i) => ({
      key: `marker-${i}`,
      timeMs: m.date.startMs,
      label: `${m.label}: ${formatDate(m.date)}`,
    })),
  ].sort((a, b) => a.timeMs - b.timeMs)
}

/** The markers' label size, px (the axis's strip above the tick labels). */
export const MARKER_FONT_PX = 10
/** Half the width the playhead's handle (and its target) takes, px. */
const HANDLE_HALF_PX = 18
const GAP_PX = 4

export type PlacedMarker = {
  readonly marker: TimelineMarker
  /** The line's x, px. */
  readonly px: number
  /** Where the label is anchored and which way it runs; null when it is hidden (no room). */
  readonly label: {
    readonly x: number
    readonly anchor: 'start' | 'end'
    /** The words drawn: the marker's label, or its start and an ellipsis when `fit` had to cut it. */
    readonly text: string
  } | null
}

/** How `placeMarkers` measures labels, and whether it may shorten one rather than leave it out. */
export type MarkerLabelOptions = {
  /** A label's width, px; the screen's 10 px label when absent. */
  readonly measure?: (text: string) => number
  /**
   * `text` cut to `maxPx` with an ellipsis ('' when nothing fits). Given, a label too long for either side
   * of its line is cut to the wider free side instead of being left out (a figure has no tooltip to read
   * it in).
   */
  readonly fit?: (text: string, maxPx: number) => string
}

/**
 * Markers within the view (`px` from the scale), each label beside its line: to its left when it fits (the
 * date reads up to the line), else to its right. A label is hidden rather than drawn over the playhead's
 * handle (at `playheadPx`), over another marker's label, or past an edge: markers never cover what the reader
 * works with.
 */
export function placeMarkers(
  markers: readonly TimelineMarker[],
  toPx: (timeMs: number) => number,
  widthPx: number,
  playheadPx: number | null,
  options: MarkerLabelOptions = {},
): PlacedMarker[] {
  const measure =
    options.measure ??
    ((text: string) => (textWidthPx(text) * MARKER_FONT_PX) / 12)
  const taken: [number, number][] = []
  if (playheadPx !== null)
    taken.push([playheadPx - HANDLE_HALF_PX, playheadPx + HANDLE_HALF_PX])
  const isFree = (a: number, b: number) =>
    a >= 0 && b <= widthPx && taken.every(([l, r]) => b < l || a > r)
  const placed: PlacedMarker[] = []
  for (const marker of markers) {
    const px = toPx(marker.timeMs)
    if (!(px >= 0 && px <= widthPx)) continue
    const w = measure(marker.label) + 4
    let label: PlacedMarker['label'] = null
    if (isFree(px - GAP_PX - w, px)) {
      label = { x: px - GAP_PX, anchor: 'end', text: marker.label }
      taken.push([px - GAP_PX - w, px])
    } else if (isFree(px, px + GAP_PX + w)) {
      label = { x: px + GAP_PX, anchor: 'start', text: marker.label }
      taken.push([px, px + GAP_PX + w])
    } else if (options.fit) {
      label = cutLabel(marker.label, px, widthPx, taken, options.fit)
    }
    placed.push({ marker, px, label })
  }
  return placed
}

/** Narrowest room a cut label is given, px: less would leave a letter and an ellipsis. */
const MIN_CUT_PX = 40

/** `text` cut to the wider free side of the line at `px` (marking that room taken), or null when neither has room. */
function cutLabel(
  text: string,
  px: number,
  widthPx: number,
  taken: [number, number][],
  fit: NonNullable<MarkerLabelOptions['fit']>,
): PlacedMarker['label'] {
  const leftEdge = Math.max(
    0,
    ...taken.filter(([, r]) => r < px).map(([, r]) => r + 1),
  )
  const rightEdge = Math.min(
    widthPx,
    ...taken.filter(([l]) => l > px).map(([l]) => l - 1),
  )
  // A range taken across the line itself (the playhead's handle) leaves neither side.
  if (taken.some(([l, r]) => l <= px && r >= px)) return null
  const leftRoom = px - GAP_PX - leftEdge - 4
  const rightRoom = rightEdge - px - GAP_PX - 4
  const isLeft = leftRoom >= rightRoom
  const room = Math.max(leftRoom, rightRoom)
  const cut = room >= MIN_CUT_PX ? fit(text, room) : ''
  if (cut === '') return null
  taken.push(isLeft ? [leftEdge, px] : [px, rightEdge])
  return isLeft
    ? { x: px - GAP_PX, anchor: 'end', text: cut }
    : { x: px + GAP_PX, anchor: 'start', text: cut }
}
