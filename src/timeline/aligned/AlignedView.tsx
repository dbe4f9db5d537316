import { useEffect, useMemo, useState } from 'react'
import type { Dataset } from '../../data/types'
import { alignedLayout, alignedStops } from './alignedLayout'
import { alignedDrawing } from './alignedDrawing'
import { selectShownEvents } from '../../store/selectors'
import { useTimelineStore } from '../../store/timelineStore'
import { AlignedAxis } from './AlignedAxis'
import type { AlignedSlot } from './AlignedMark'
import { AlignedMarks } from './AlignedMarks'
import { AlignedPlayhead } from './AlignedPlayhead'
import { chronologicalPlaces } from './chronoPlaces'
import { AXIS_H } from '../layout/geometry'
import { KindLegend } from '../head/KindLegend'
import { eventDateText } from '../marks/rangeText'
import { prefersReducedMotion } from '../../ui/mediaQuery'
import './AlignedView.css'

type Props = {
  readonly dataset: Dataset
  readonly widthPx: number
  /** The reader switched back: marks return to their calendar places before the calendar view is drawn. */
  readonly isLeaving: boolean
}

/** False for the first frames after mounting, so marks are painted at their calendar places, then move. */
function useSettled(): boolean {
  const [isSettled, setIsSettled] = useState(prefersReducedMotion)
  useEffect(() => {
    if (isSettled) return
    let inner = 0
    const outer = requestAnimationFrame(() => {
      inner = requestAnimationFrame(() => setIsSettled(true))
    })
    return () => {
      cancelAnimationFrame(outer)
      cancelAnimationFrame(inner)
    }
  }, [isSettled])
  return isSettled
}

/**
 * "Aligned by guarantee": one row per precedent case, time in years since its guarantee (T = 0),
 * the open question as a band. Drawn inside the timeline region with the timeline's own marks and slider,
 * so selection, filters, the essay link and the URL work as in the calendar view.
 */
export function AlignedView({ dataset, widthPx, isLeaving }: Props) {
  const shown = useTimelineStore(selectShownEvents)
  const visibleDomain = useTimelineStore((s) => s.visibleDomain)
  // The other end of the animation: where each mark is (or will be) drawn in the calendar view.
  const chronological = useMemo(
    () => chronologicalPlaces(shown, dataset, visibleDomain, widthPx),
    [shown, dataset, visibleDomain, widthPx],
  )
  const layout = useMemo(() => {
    const ids = new Set(shown.map((e) => e.id))
    return alignedLayout(
      dataset.cases,
      dataset.eventsById,
      dataset.asOf,
      (id) => ids.has(id),
    )
  }, [dataset, shown])
  const drawing = useMemo(
    () => alignedDrawing(layout, widthPx),
    [layout, widthPx],
  )
  const { x, rows, tops, plotH } = drawing
  const stops = useMemo(() => alignedStops(layout), [layout])
  const isSettled = useSettled()
  const [tip, setTip] = useState<AlignedSlot | null>(null)

  return (
    <>
      <div className="tl-toolbar">
        <ul className="tl-legend al-legend" aria-label="Milestones">
          <li className="al-m-loss">
            <span className="tl-swatch" aria-hidden="true" />
            Loss or division
          </li>
          <li className="al-m-guarantee">
            <span className="tl-swatch" aria-hidden="true" />
            Guarantee (T = 0)
          </li>
          <li className="al-m-outcome">
            <span className="tl-swatch" aria-hidden="true" />
            Later step or outcome
          </li>
          <li className="al-legend-band">
            <span className="tl-swatch" aria-hidden="true" />
            Question open under the guarantee
          </li>
        </ul>
        <KindLegend />
      </div>
      <div className="tl-stage al-stage">
        <svg className="tl-svg" width={widthPx} height={AXIS_H + plotH}>
          <AlignedAxis
            ticks={drawing.ticks}
            grid={drawing.grid}
            widthPx={widthPx}
          />
          <AlignedPlayhead
            x={x}
            widthPx={widthPx}
            plotH={plotH}
            layout={layout}
            stops={stops}
          />
          <g className="tl-plot" transform={`translate(0,${AXIS_H})`}>
            <AlignedMarks
              layout={layout}
              rows={rows}
              tops={tops}
              frames={drawing.frames}
              chronological={chronological}
              isSettled={isSettled}
              isLeaving={isLeaving}
              onTip={setTip}
            />
          </g>
        </svg>
        {layout.rows.length === 0 && (
          <p className="tl-none">
            This timeline has no precedent cases to align.
          </p>
        )}
        {tip && (
          // A visual aid only: the mark's accessible name says the same.
          <div
            className={`tl-tooltip al-tooltip${tip.target.y < 60 ? ' is-below' : ''}`}
            style={{
              left: Math.min(Math.max(tip.target.x, 0), widthPx),
              top: AXIS_H + tip.target.y,
            }}
            aria-hidden="true"
          >
            <strong>{tip.item.fullLabel}</strong>
            {tip.item.milestone && <span>{tip.item.event.title}</span>}
            <span>{eventDateText(tip.item.event)}</span>
          </div>
        )}
      </div>
    </>
  )
}
