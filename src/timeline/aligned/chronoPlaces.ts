import type { Dataset, EventId, TimelineEvent } from '../../data/types'
import type { PlotPoint } from './AlignedMark'
import { PLOT_H } from '../layout/geometry'
import { clampView } from '../zoom/zoomMath'

/**
 * Where each shown event sits on the calendar view's time axis at the stored window, px: the animation's
 * other end. Lanes are left out on purpose (marks start mid-height), so this depends only on the window and
 * not on how the calendar view packs its lanes.
 * TODO: start each mark in its own lane once the calendar layout can be asked for one mark's lane.
 */
export function chronologicalPlaces(
  events: readonly TimelineEvent[],
  dataset: Dataset,
  visibleDomain: readonly [number, number] | null,
  widthPx: number,
): ReadonlyMap<EventId, PlotPoint> {
  const bounds = dataset.boundsMs
  const domain = clampView(visibleDomain ?? bounds, bounds)
  const pxPerMs = widthPx / (domain[1] - domain[0])
  const places = new Map<EventId, PlotPoint>()
  for (const event of events)
    places.set(event.id, {
      x: (event.timeMs - domain[0]) * pxPerMs,
      y: PLOT_H / 2,
    })
  return places
}
