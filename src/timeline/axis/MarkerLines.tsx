import { useMemo } from 'react'
import type { Dataset } from '../../data/types'
import { useTimelineStore } from '../../store/timelineStore'
import { AXIS_H } from '../layout/geometry'
import {
  MARKER_FONT_PX,
  placeMarkers,
  timelineMarkers,
} from '../layout/markers'
import type { TimeScale } from './scales'

/** Top of the tick labels' strip, px: the marker's line skips it, so it never crosses a year. */
const TICKS_TOP = 14

/**
 * The data's marked dates (`asOf`, `markers`): a dashed line through the lanes and a short label in the strip
 * above the tick labels. Drawn under the marks' canvas and before the playhead, so neither a mark's label
 * nor the handle is ever covered; a label with no free room is left out (`placeMarkers`). Decoration: the
 * timeline's description names the markers for assistive technology.
 */
export function MarkerLines({
  dataset,
  x,
  widthPx,
  plotH,
}: {
  readonly dataset: Dataset
  readonly x: TimeScale
  readonly widthPx: number
  readonly plotH: number
}) {
  const markers = useMemo(() => timelineMarkers(dataset), [dataset])
  const scrubMs = useTimelineStore((s) => s.scrubTimeMs)
  const playheadPx = scrubMs === null ? null : x(scrubMs)
  const placed = placeMarkers(markers, (t) => x(t), widthPx, playheadPx)
  return (
    <g className="tl-markers" aria-hidden="true">
      {placed.map(({ marker, px, label }) => (
        <g key={marker.key} transform={`translate(${px},0)`}>
          <line className="tl-marker-line" y1={1} y2={TICKS_TOP - 2} />
          <line
            className="tl-marker-line"
            y1={AXIS_H - 6}
            y2={AXIS_H + plotH}
          />
          {label && (
            <text
              className="tl-marker-label"
              x={label.x - px}
              y={MARKER_FONT_PX - 1}
              textAnchor={label.anchor}
              fontSize={MARKER_FONT_PX}
            >
              {marker.label}
            </text>
          )}
        </g>
      ))}
    </g>
  )
}

/** The markers in words, once, for the timeline's accessible description. */
export function markersDescription(dataset: Dataset): string {
  const markers = timelineMarkers(dataset)
  return `Marked on the timeline: ${markers.map((m) => m.label).join('; ')}.`
}
