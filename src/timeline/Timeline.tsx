import {
  lazy,
  Suspense,
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
import { selectShownEvents } from '../store/selectors'
import { useTimelineStore } from '../store/timelineStore'
import { EventMarks } from './marks/EventMarks'
import { focusDomain } from './zoom/focusDomain'
import {
  AXIS_H,
  COMPACT_LANES,
  COMPACT_OVERVIEW_H,
  LANES,
  OVERVIEW_H,
  lanesHeight,
  rowCentre,
} from './layout/geometry'
import { zoomLevel, type MarkItem } from './layout/layout'
import { cachedLayout, itemLabel, itemsBetween } from './layout/layoutQueries'
import { Overview } from './zoom/Overview'
import { timeScale } from './axis/scales'
import { CalendarPlayhead } from './playhead/CalendarPlayhead'
import { TimeAxis } from './axis/TimeAxis'
import { TimelineHead } from './head/TimelineHead'
import { Tooltip } from './marks/Tooltip'
import { useCompactBand } from './useCompactBand'
import { useDomainTween } from './zoom/useDomainTween'
import { useElementWidth } from './useElementWidth'
import { useLensPhase } from './useLensPhase'
import { useZoomBehavior } from './zoom/useZoomBehavior'
import { clampView, sameDomain } from './zoom/zoomMath'
import './Timeline.css'

// Issue 8's aligned lens: its layout and drawing code loads when a reader switches to it (or opens a link
// with ?lens=aligned), not with the page.
const AlignedView = lazy(() =>
  import('./aligned/AlignedView').then((m) => ({ default: m.AlignedView })),
)

export type TimelineProps = {
  /** Fixed width in px; measured with a ResizeObserver when absent (tests pass it: jsdom has no layout). */
  readonly widthPx?: number
}

/** The timeline region: every shown event on a zoomable, scrubbable time axis. */
export function Timeline({ widthPx }: TimelineProps) {
  const dataset = useTimelineStore((s) => s.dataset)
  const lens = useTimelineStore((s) => s.lens)
  // Issue 8: the same region, slider and mark names, laid out in years since each case's guarantee.
  const { shownLens, isLeaving } = useLensPhase(lens)
  const ref = useRef<HTMLElement>(null)
  const width = useElementWidth(ref, widthPx)
  return (
    <section className="timeline" aria-label="Timeline" ref={ref}>
      <TimelineHead
        dataset={dataset}
        isChronological={shownLens === 'chronological'}
      />
      {dataset && width > 0 && shownLens === 'aligned' ? (
        <Suspense
          fallback={
            <p className="tl-empty" role="status">
              Loading the aligned view…
            </p>
          }
        >
          <AlignedView
            dataset={dataset}
            widthPx={width}
            isLeaving={isLeaving}
          />
        </Suspense>
      ) : dataset && width > 0 ? (
        <TimelineView dataset={dataset} widthPx={width} />
      ) : (
        <p className="tl-empty">{dataset ? '' : 'Loading the timeline…'}</p>
      )}
    </section>
  )
}

/** A quarter of the width: the drawn marks change only when the view crosses one of these steps. */
const CHUNKS_PER_VIEW = 4
/** The buttons' origin moves in steps of this many view widths. */
const ORIGIN_VIEWS = 8

function TimelineView({
  dataset,
  widthPx,
}: {
  dataset: Dataset
  widthPx: number
}) {
  const events = useTimelineStore(selectShownEvents)
  const stored = useTimelineStore((s) => s.visibleDomain)
  const setVisibleDomain = useTimelineStore((s) => s.setVisibleDomain)
  const bounds = dataset.boundsMs
  const storeDomain = useMemo(
    () => clampView(stored ?? bounds, bounds),
    [stored, bounds],
  )
  // What is drawn: the store's window, or a frame of an animated move towards it.
  const { shown: domain, animateTo } = useDomainTween(storeDomain)
  const baseX = useMemo(() => timeScale(bounds, widthPx), [bounds, widthPx])
  const x = useMemo(() => timeScale(domain, widthPx), [domain, widthPx])
  // Phones: fewer, tighter lanes and a shorter overview, so the sticky band leaves room to read.
  const isCompact = useCompactBand()
  const lanes = isCompact ? COMPACT_LANES : LANES
  const plotH = lanesHeight(lanes)
  const stageRef = useRef<HTMLDivElement>(null)
  const [isZooming, setZooming] = useState(false)
  useZoomBehavior(
    stageRef,
    baseX,
    domain,
    AXIS_H + plotH,
    setVisibleDomain,
    setZooming,
  )

  // Level of detail: lay out once per zoom level; within it, marks stretch by `ratio` (1 to 1.41).
  const pxPerMs = widthPx / (domain[1] - domain[0])
  const level = zoomLevel(pxPerMs)
  const layout = useMemo(
    () => cachedLayout(events, level, bounds[0], lanes.rows),
    [events, level, bounds, lanes],
  )
  const ratio = pxPerMs / level
  const leftPx = (domain[0] - bounds[0]) * level
  const rightPx = (domain[1] - bounds[0]) * level
  const chunk = widthPx / CHUNKS_PER_VIEW
  const c0 = Math.floor(leftPx / chunk) - 1
  const c1 = Math.floor(rightPx / chunk) + 2
  const items = useMemo(
    () => itemsBetween(layout, c0 * chunk, c1 * chunk),
    [layout, c0, c1, chunk],
  )
  // Buttons sit in layout px from a coarse origin (small numbers, rarely moved); their layer's transform
  // does the rest: a pan moves it, a zoom within a level stretches it.
  const step = ORIGIN_VIEWS * widthPx
  const originPx = Math.floor(leftPx / step) * step
  const firstVisibleKey =
    items.find((i) => i.right >= leftPx && i.left <= rightPx)?.key ?? null

  const [tip, setTip] = useState<MarkItem | null>(null)
  const shownTip = tip && items.includes(tip) ? tip : null
  const selectedId = useTimelineStore((s) => s.selectedEventId)
  // The timeline has gone to the selected event: when its lane had no room to print its name in full, a tag
  // says it (the hovered mark's tooltip takes its place meanwhile).
  const nameTag = useMemo(() => {
    const item = items.find(
      (i) => i.events.length === 1 && i.events[0]!.id === selectedId,
    )
    return item && itemLabel(item) !== item.events[0]!.title ? item : null
  }, [items, selectedId])

  const onZoomTo = useCallback(
    (item: MarkItem) => {
      const first = item.events[0]!
      const last = item.events.reduce(
        (a, e) => Math.max(a, e.start.endMs),
        first.start.endMs,
      )
      const pad = Math.max((last - first.timeMs) * 0.2, 864e5)
      const target = clampView([first.timeMs - pad, last + pad], bounds)
      // At the deepest zoom a cluster cannot open further: select its first event (the playhead keys then
      // step through the rest one by one).
      if (target[1] - target[0] > 0.8 * (domain[1] - domain[0]))
        useTimelineStore.getState().selectEvent(first.id)
      else setVisibleDomain(target)
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
    },
    [bounds, domain, setVisibleDomain],
  )

  // The essay, the URL, the guide or the details panel selected an event: the store has panned to it; if it is
  // still inside a cluster, zoom in until it is drawn as its own mark (one store write), and animate the move.
  // A layout effect, so the pan alone is never painted. Selecting a mark in view changes nothing here.
  const onSelected = useEffectEvent((id: string | null) => {
    const event = id === null ? undefined : dataset.eventsById.get(id)
    if (!event || !events.includes(event)) return
    const next = focusDomain(event, storeDomain, bounds, widthPx, (level) =>
      cachedLayout(events, level, bounds[0], lanes.rows),
    )
    animateTo(next)
    if (!sameDomain(next, storeDomain)) setVisibleDomain(next)
  })
  useLayoutEffect(() => onSelected(selectedId), [selectedId])

  useEffect(() => {
    // The benchmark (issue 7) times navigation to this mark: the first full render with data is committed.
    if (performance.getEntriesByName('timeline-ready').length === 0)
      performance.mark('timeline-ready')
  }, [])

  const stageX = (item: MarkItem) => (item.x0 - leftPx) * ratio
  // The tag only for a mark that starts in view; a hovered span may start off-screen (its tip is clamped).
  const tipItem =
    shownTip ??
    (nameTag && stageX(nameTag) >= 0 && stageX(nameTag) <= widthPx
      ? nameTag
      : null)
  return (
    <>
      <div className="tl-stage" ref={stageRef}>
        <svg className="tl-svg" width={widthPx} height={AXIS_H + plotH}>
          <TimeAxis x={x} widthPx={widthPx} plotH={plotH} />
          <CalendarPlayhead
            x={x}
            widthPx={widthPx}
            plotH={plotH}
            events={events}
            bounds={bounds}
            domain={domain}
            onDomain={setVisibleDomain}
          />
        </svg>
        <EventMarks
          layout={layout}
          items={items}
          originPx={originPx}
          leftPx={leftPx}
          ratio={ratio}
          widthPx={widthPx}
          lanes={lanes}
          firstVisibleKey={firstVisibleKey}
          isMoving={isZooming}
          onZoomTo={onZoomTo}
          onReveal={onReveal}
          onTip={setTip}
        />
        {events.length === 0 && (
          <p className="tl-none">No events match the current filters.</p>
        )}
        {tipItem && (
          <Tooltip
            item={tipItem}
            x={Math.min(Math.max(stageX(tipItem), 0), widthPx)}
            y={AXIS_H + rowCentre(tipItem.row, lanes)}
            stageWidthPx={widthPx}
            isBelow={tipItem.row < 2}
            isNameTag={tipItem !== shownTip}
          />
        )}
      </div>
      <Overview
        bounds={bounds}
        domain={domain}
        events={events}
        widthPx={widthPx}
        heightPx={isCompact ? COMPACT_OVERVIEW_H : OVERVIEW_H}
        onDomain={setVisibleDomain}
      />
    </>
  )
}
