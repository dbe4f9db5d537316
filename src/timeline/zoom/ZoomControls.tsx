import { memo, useMemo } from 'react'
import type { Dataset, DatasetPeriod } from '../../data/types'
import type { Domain } from '../../store/domainMath'
import { useTimelineStore } from '../../store/timelineStore'
import { clampView, sameDomain, zoomAnchor, zoomDomain } from './zoomMath'

type Props = {
  /** The data's periods, as buttons before "All"; none when it names none. */
  readonly periods: readonly DatasetPeriod[]
  readonly bounds: Domain
  readonly domain: Domain
  /** What + and − zoom about (see `zoomAnchor`); the window's centre when absent. */
  readonly anchorMs?: number
  /** Set the window; null shows everything. */
  readonly onDomain: (domain: Domain | null) => void
}

/**
 * The data's periods, "All", and zoom buttons (the keyboard's and the wheel-less pointer's way to zoom). A
 * compact band shows only the start of a period's label, `short` (the rest stays in the accessible name).
 */
export const ZoomControls = memo(function ZoomControls({
  periods,
  bounds,
  domain,
  anchorMs,
  onDomain,
}: Props) {
  const centre = anchorMs ?? (domain[0] + domain[1]) / 2
  // Compare on whole minutes: a window written by a drag is never exactly a preset's.
  const isShown = (d: Domain) =>
    sameDomain(clampView(d, bounds), domain, 60_000)
  return (
    <div className="tl-controls" role="group" aria-label="Timeline period">
      {periods.map((period, i) => (
        <button
          key={`${i}:${period.label}`}
          type="button"
          className="tl-button"
          aria-pressed={isShown(period.extentMs)}
          onClick={() => onDomain(clampView(period.extentMs, bounds))}
        >
          {period.short}{' '}
          <span className="narrow-hidden">
            {period.label.slice(period.short.length).trim()}
          </span>
        </button>
      ))}
      <button
        type="button"
        className="tl-button"
        aria-pressed={isShown(bounds)}
        onClick={() => onDomain(null)}
      >
        All
      </button>
      <span className="tl-zoom-buttons">
        <button
          type="button"
          className="tl-button tl-icon-button"
          aria-label="Zoom in"
          onClick={() => onDomain(zoomDomain(domain, 2, centre, bounds))}
        >
          +
        </button>
        <button
          type="button"
          className="tl-button tl-icon-button"
          aria-label="Zoom out"
          onClick={() => onDomain(zoomDomain(domain, 0.5, centre, bounds))}
        >
          −
        </button>
      </span>
    </div>
  )
})

/** `ZoomControls` on the store's window, for the band's first row (outside the calendar view's drawing). */
export function PeriodControls({ dataset }: { dataset: Dataset }) {
  const stored = useTimelineStore((s) => s.visibleDomain)
  const setVisibleDomain = useTimelineStore((s) => s.setVisibleDomain)
  const selectedId = useTimelineStore((s) => s.selectedEventId)
  const playheadMs = useTimelineStore((s) => s.scrubTimeMs)
  const bounds = dataset.boundsMs
  const domain = useMemo(
    () => clampView(stored ?? bounds, bounds),
    [stored, bounds],
  )
  const selectedMs =
    (selectedId !== null && dataset.eventsById.get(selectedId)?.timeMs) || null
  return (
    <ZoomControls
      periods={dataset.periods}
      bounds={bounds}
      domain={domain}
      anchorMs={zoomAnchor(domain, selectedMs, playheadMs)}
      onDomain={setVisibleDomain}
    />
  )
}
