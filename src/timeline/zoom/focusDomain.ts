import type { TimelineEvent } from '../../data/types'
import { MIN_SPAN_MS, type Domain } from '../../store/domainMath'
import { zoomLevel, type Layout } from '../layout/layout'
import { itemOf, itemsBetween } from '../layout/layoutQueries'
import { clampView } from './zoomMath'

/** The layout at a layout scale (layout px per UTC ms), e.g. `cachedLayout(events, level, bounds[0])`. */
export type LayoutAt = (levelPxPerMs: number) => Layout

/** Each step narrows the window by this factor: one zoom level (see `zoomLevel`), so no level is skipped. */
const STEP = Math.SQRT2

/**
 * True when, at `widthPx` across `domain` (UTC ms), `event` is drawn as its own mark (not merged into a cluster)
 * and its start is inside the window.
 */
export function standsAlone(
  event: TimelineEvent,
  domain: Domain,
  widthPx: number,
  layoutAt: LayoutAt,
): boolean {
  if (event.timeMs < domain[0] || event.timeMs > domain[1]) return false
  const level = zoomLevel(widthPx / (domain[1] - domain[0]))
  const layout = layoutAt(level)
  const leftPx = (domain[0] - layout.originMs) * level
  const rightPx = (domain[1] - layout.originMs) * level
  const item = itemOf(itemsBetween(layout, leftPx, rightPx), event)
  return item !== undefined && item.events.length === 1
}

/**
 * The window (UTC ms) that shows `event` as its own mark: `current` itself when it already does; otherwise a
 * window centred on the event's start, narrowed one zoom level at a time until the event stands alone, and no
 * narrower than `MIN_SPAN_MS` (where same-day events may still share a cluster: then that narrowest window).
 * Pure; `layoutAt` supplies the layout of the shown events at each level.
 */
export function focusDomain(
  event: TimelineEvent,
  current: Domain,
  bounds: Domain,
  widthPx: number,
  layoutAt: LayoutAt,
): Domain {
  if (widthPx <= 0 || standsAlone(event, current, widthPx, layoutAt))
    return current
  const centre = event.timeMs
  let span = current[1] - current[0]
  for (;;) {
    const domain = clampView([centre - span / 2, centre + span / 2], bounds)
    if (span <= MIN_SPAN_MS || standsAlone(event, domain, widthPx, layoutAt))
      return domain
    span = Math.max(span / STEP, MIN_SPAN_MS)
  }
}
