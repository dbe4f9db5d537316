import { lazy, Suspense, useId, useRef } from 'react'
import { useTimelineStore } from '../store/timelineStore'
import { BandHandle } from './BandHandle'
import { bandRows } from './bandSize'
import { CalendarView } from './CalendarView'
import { FirstFrame, useFirstFrame } from './FirstFrame'
import { COMPACT_LANES, LANES } from './layout/geometry'
import { useBandSize } from './useBandSize'
import { useCompactBand } from './useCompactBand'
import { TimelineHead } from './head/TimelineHead'
import { useElementWidth } from './useElementWidth'
import { useLensPhase } from './useLensPhase'
import './Timeline.css'

// The aligned lens: its layout and drawing code loads when a reader switches to it (or opens a link
// with ?lens=aligned), not with the page.
const AlignedView = lazy(() =>
  import('./aligned/AlignedView').then((m) => ({ default: m.AlignedView })),
)

export type TimelineProps = {
  /** Fixed width in px; measured with a ResizeObserver when absent (tests pass it: jsdom has no layout). */
  readonly widthPx?: number
}

/**
 * The timeline region: its head, and the calendar view or the aligned lens below it. The reader sizes the
 * calendar view (BandHandle): collapsed, it is a slim strip of the axis, the playhead and one lane, so the
 * essay has the screen.
 */
export function Timeline({ widthPx }: TimelineProps) {
  const dataset = useTimelineStore((s) => s.dataset)
  const lens = useTimelineStore((s) => s.lens)
  // The aligned lens: the same region, slider and mark names, laid out in years since each case's guarantee.
  const { shownLens, isLeaving } = useLensPhase(lens)
  const ref = useRef<HTMLElement>(null)
  const firstFrame = useFirstFrame()
  // With a first frame on screen, the live view may take a few slices to draw.
  const width = useElementWidth(ref, widthPx, firstFrame !== null)
  const [size, setSize] = useBandSize()
  const base = useCompactBand() ? COMPACT_LANES : LANES
  const rows = bandRows(size, base.rows)
  const isCalendar = shownLens === 'chronological'
  const isCollapsed = isCalendar && size.isCollapsed
  const stageId = useId()
  return (
    <section
      className={isCollapsed ? 'timeline is-collapsed' : 'timeline'}
      aria-label="Timeline"
      ref={ref}
    >
      {!isCollapsed && (
        <TimelineHead dataset={dataset} isChronological={isCalendar} />
      )}
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
        <div id={stageId}>
          <CalendarView
            dataset={dataset}
            widthPx={width}
            rows={rows}
            isCollapsed={isCollapsed}
          />
        </div>
      ) : dataset && firstFrame !== null && isCalendar && !isCollapsed ? (
        // A pre-rendered page, before the width is measured (and for good without JavaScript).
        <FirstFrame
          html={firstFrame}
          label={`The timeline's ${dataset.events.length} events, as drawn at first load.`}
        />
      ) : (
        <p className="tl-empty">{dataset ? '' : 'Loading the timeline…'}</p>
      )}
      {dataset && width > 0 && isCalendar && (
        <BandHandle
          size={size}
          rows={rows}
          rowPx={base.rowH}
          controls={stageId}
          onSize={setSize}
        />
      )}
    </section>
  )
}
