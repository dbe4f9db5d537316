import {
  useCallback,
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import type { Dataset } from '../data/types'
import { revealDomain } from '../store/domainMath'
import { selectCurrentEvent, selectShownEvents } from '../store/selectors'
import { useTimelineStore } from '../store/timelineStore'
import { MarkerLines } from './axis/MarkerLines'
import { TimeAxis } from './axis/TimeAxis'
import { timeScale } from './axis/scales'
import {
  AXIS_H,
  COMPACT_LANES,
  COMPACT_OVERVIEW_H,
  LANES,
  OVERVIEW_H,
  rowCentre,
} from './layout/geometry'
import type { MarkItem } from './layout/layout'
import { cachedLayout } from './layout/layoutQueries'
import {
  datasetHasGroups,
  FACET_HEADINGS,
  rowsChoiceFor,
  rowsGutterPx,
} from './layout/rowsView'
import { EventMarks } from './marks/EventMarks'
import { RowsScroll } from './marks/RowsScroll'
import { RowsSummary } from './marks/RowsSummary'
import { playheadText } from './marks/rangeText'
import { Tooltip } from './marks/Tooltip'
import { CalendarPlayhead } from './playhead/CalendarPlayhead'
import { EraBands } from './eras/EraBands'
import { EraList } from './eras/EraList'
import { useCompactBand } from './useCompactBand'
import { usePrinting } from '../ui/usePrinting'
import { shownTip, stageX, viewport } from './viewport'
import { focusDomain } from './zoom/focusDomain'
import { Overview } from './zoom/Overview'
import { useFitOnFilter } from './zoom/useFitOnFilter'
import { useDomainTween } from './zoom/useDomainTween'
import { useZoomBehavior } from './zoom/useZoomBehavior'
import { clampView, openClusterDomain, sameDomain } from './zoom/zoomMath'

/**
 * The calendar view: every shown event on a zoomable, scrubbable time axis. What it draws is one `viewport`
 * value (scales, level of detail, layout, drawn items); the parts below only render it.
 */
export function CalendarView({
  dataset,
  widthPx,
  rows,
  isCollapsed = false,
}: {
  dataset: Dataset
  widthPx: number
  /** Lanes to draw, as the reader sized the band; the layout's default when absent. */
  rows?: number
  /** The slim strip: one lane and no overview. */
  isCollapsed?: boolean
}) {
  const events = useTimelineStore(selectShownEvents)
  const stored = useTimelineStore((s) => s.visibleDomain)
  const selectedId = useTimelineStore((s) => s.selectedEventId)
  const setVisibleDomain = useTimelineStore((s) => s.setVisibleDomain)
  const bounds = dataset.boundsMs
  const storeDomain = useMemo(
    () => clampView(stored ?? bounds, bounds),
    [stored, bounds],
  )
  // What is drawn: the store's window, or a frame of an animated move towards it.
  const { shown: domain, animateTo } = useDomainTween(storeDomain)
  // Phones: fewer, tighter lanes and a shorter overview, so the sticky band leaves room to read.
  const isCompact = useCompactBand()
  const base = isCompact ? COMPACT_LANES : LANES
  const lanes = useMemo(
    () => (rows === undefined ? base : { ...base, rows }),
    [base, rows],
  )
  // Rows by facet: one row per country, organisation or group of the shown events.
  const rowFacet = useTimelineStore((s) => s.rowFacet)
  const facetFilter = useTimelineStore((s) => s.facetFilter)
  const hasGroups = useMemo(() => datasetHasGroups(dataset), [dataset])
  const rowsChoice = useMemo(
    () => rowsChoiceFor(events, rowFacet, facetFilter, hasGroups),
    [events, rowFacet, facetFilter, hasGroups],
  )
  // Rows by facet: their names take a column left of the plot, so no mark, tick or line is ever under one.
  // The stage (scale, axis, marks, zoom) is the plot alone, `plotW` wide, placed right of the column.
  const heading = rowsChoice ? FACET_HEADINGS[rowsChoice.facet] : null
  const gutterPx = useMemo(
    () =>
      rowsChoice && heading
        ? rowsGutterPx(
            [heading, ...rowsChoice.rows.map((r) => r.label)],
            isCompact,
          )
        : 0,
    [rowsChoice, heading, isCompact],
  )
  const plotW = Math.max(0, widthPx - gutterPx)
  const baseX = useMemo(() => timeScale(bounds, plotW), [bounds, plotW])
  const [rowsScrollPx, setRowsScrollPx] = useState(0)
  const rowsFrameRef = useRef<HTMLDivElement>(null)
  // Printing shows every row at once (the frame grows to them, Timeline.css).
  const isPrinting = usePrinting()
  const view = useMemo(
    () =>
      viewport({
        events,
        bounds,
        domain,
        widthPx: plotW,
        lanes,
        baseX,
        rowsChoice,
        rowsScrollPx: isPrinting ? null : rowsScrollPx,
      }),
    [
      events,
      bounds,
      domain,
      plotW,
      lanes,
      baseX,
      rowsChoice,
      rowsScrollPx,
      isPrinting,
    ],
  )
  useFitOnFilter()
  const stageRef = useRef<HTMLDivElement>(null)
  const [isZooming, setZooming] = useState(false)
  const [hovered, setTip] = useState<MarkItem | null>(null)
  useZoomBehavior(
    stageRef,
    baseX,
    domain,
    AXIS_H + view.frameH,
    setVisibleDomain,
    setZooming,
    dataset.extentMs,
  )

  const onZoomTo = useCallback(
    (item: MarkItem) => {
      const first = item.events[0]!
      const last = item.events.reduce(
        (a, e) => Math.max(a, e.start.endMs),
        first.start.endMs,
      )
      const target = openClusterDomain(first.timeMs, last, domain, bounds)
      if (target) setVisibleDomain(target)
      else useTimelineStore.getState().selectEvent(first.id)
    },
    [bounds, domain, setVisibleDomain],
  )
  const onReveal = useCallback(
    (item: MarkItem) => {
      const first = item.events[0]!
      const next = revealDomain(
        domain,
        [first.timeMs, first.extentMs[1]],
        bounds,
      )
      if (!sameDomain(next, domain)) setVisibleDomain(next)
      // Rows by facet: scroll its row, whole, into the middle of the frame, and draw the rows now in view in
      // this render (the scroll event comes a frame later), so its button is made at once.
      const frame = rowsFrameRef.current
      if (view.rows && frame) {
        const top = rowCentre(item.row, view.lanes) - view.lanes.rowH / 2
        const bottom = top + view.lanes.rowH
        if (top < frame.scrollTop || bottom > frame.scrollTop + view.frameH) {
          frame.scrollTop = top - (view.frameH - view.lanes.rowH) / 2
          setRowsScrollPx(frame.scrollTop)
        }
      }
    },
    [bounds, domain, setVisibleDomain, view],
  )

  // The essay, the URL, the guide or the details panel selected an event: the store has panned to it; if it is
  // still inside a cluster, zoom in until it is drawn as its own mark (one store write), and animate the move.
  // A layout effect, so the pan alone is never painted. Selecting a mark in view changes nothing here.
  const onSelected = useEffectEvent((id: string | null) => {
    const event = id === null ? undefined : dataset.eventsById.get(id)
    if (!event || !events.includes(event)) return
    const next = focusDomain(event, storeDomain, bounds, plotW, (level) =>
      cachedLayout(events, level, bounds[0], lanes.rows),
    )
    animateTo(next)
    if (!sameDomain(next, storeDomain)) setVisibleDomain(next)
  })
  useLayoutEffect(() => onSelected(selectedId), [selectedId])

  const tip = shownTip(view, hovered, selectedId)
  // Where the playhead's knob waits when it is unset or out of view: the axis keeps its labels clear of it.
  const knobAt = useTimelineStore((s) => {
    const t = s.scrubTimeMs
    if (t === null || t < domain[0]) return 'left'
    return t > domain[1] ? 'right' : null
  })
  // The date chip beside a knob that waits for a set playhead outside the window (null while it is in view,
  // so scrubbing in view re-renders only the playhead).
  const knobChip = useTimelineStore((s) => {
    const t = s.scrubTimeMs
    if (t === null || (t >= domain[0] && t <= domain[1])) return null
    return playheadText(
      t,
      selectCurrentEvent(s),
      (domain[1] - domain[0]) / plotW,
    )
  })
  useEffect(() => {
    // The benchmark times navigation to this mark: the first full render with data is committed.
    if (performance.getEntriesByName('timeline-ready').length === 0)
      performance.mark('timeline-ready')
  }, [])

  return (
    <>
      <div
        className="tl-stage"
        ref={stageRef}
        style={gutterPx > 0 ? { marginLeft: gutterPx } : undefined}
      >
        {heading && (
          <div
            className="tl-gutter-head"
            style={{ width: gutterPx, left: -gutterPx }}
            aria-hidden="true"
            data-no-zoom=""
          >
            {heading}
          </div>
        )}
        <svg className="tl-svg" width={plotW} height={AXIS_H + view.frameH}>
          <EraBands
            eras={dataset.eras}
            x={view.x}
            widthPx={plotW}
            plotH={view.frameH}
          />
          <TimeAxis
            x={view.x}
            widthPx={plotW}
            plotH={view.frameH}
            knobAt={knobAt}
            knobChip={knobChip}
          />
          <MarkerLines
            dataset={dataset}
            x={view.x}
            widthPx={plotW}
            plotH={view.frameH}
          />
          <CalendarPlayhead
            x={view.x}
            widthPx={plotW}
            plotH={view.frameH}
            events={events}
            bounds={bounds}
            domain={domain}
            onDomain={setVisibleDomain}
          />
        </svg>
        <RowsScroll
          view={view}
          gutterPx={gutterPx}
          frameRef={rowsFrameRef}
          onScrollTop={setRowsScrollPx}
        >
          <EventMarks
            view={view}
            isMoving={isZooming}
            onZoomTo={onZoomTo}
            onReveal={onReveal}
            onTip={setTip}
          />
        </RowsScroll>
        {view.rows && <RowsSummary facet={rowFacet} rows={view.rows} />}
        <EraList eras={dataset.eras} />
        {events.length === 0 && (
          <p className="tl-none">No events match the current filters.</p>
        )}
        {tip && (
          <Tooltip
            item={tip.item}
            x={Math.min(Math.max(stageX(view, tip.item), 0), plotW)}
            y={AXIS_H + rowCentre(tip.item.row, view.lanes) - view.topPx}
            stageWidthPx={plotW}
            isBelow={tip.item.row < 2}
            isNameTag={tip.isNameTag}
          />
        )}
      </div>
      {!isCollapsed && (
        <Overview
          bounds={bounds}
          domain={domain}
          events={events}
          widthPx={widthPx}
          heightPx={isCompact ? COMPACT_OVERVIEW_H : OVERVIEW_H}
          onDomain={setVisibleDomain}
        />
      )}
    </>
  )
}
