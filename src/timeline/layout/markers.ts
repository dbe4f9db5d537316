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
  } | null
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
): PlacedMarker[] {
  const taken: [number, number][] = []
  if (playheadPx !== null)
    taken.push([playheadPx - HANDLE_HALF_PX, playheadPx + HANDLE_HALF_PX])
  const isFree = (a: number, b: number) =>
    a >= 0 && b <= widthPx && taken.every(([l, r]) => b < l || a > r)
  const placed: PlacedMarker[] = []
  for (const marker of markers) {
    const px = toPx(marker.timeMs)
    if (!(px >= 0 && px <= widthPx)) continue
    const w = (textWidthPx(marker.label) * MARKER_FONT_PX) / 12 + 4
    let label: PlacedMarker['label'] = null
    if (isFree(px - GAP_PX - w, px)) {
      label = { x: px - GAP_PX, anchor: 'end' }
      taken.push([px - GAP_PX - w, px])
    } else if (isFree(px, px + GAP_PX + w)) {
      label = { x: px + GAP_PX, anchor: 'start' }
      taken.push([px, px + GAP_PX + w])
    }
    placed.push({ marker, px, label })
  }
  return placed
}
