import { lazy, Suspense, useRef } from 'react'
import { useTimelineStore } from '../store/timelineStore'
import { CalendarView } from './CalendarView'
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

/** The timeline region: its head, and the calendar view or the aligned lens below it. */
export function Timeline({ widthPx }: TimelineProps) {
  const dataset = useTimelineStore((s) => s.dataset)
  const lens = useTimelineStore((s) => s.lens)
  // The aligned lens: the same region, slider and mark names, laid out in years since each case's guarantee.
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
        <CalendarView dataset={dataset} widthPx={width} />
      ) : (
        <p className="tl-empty">{dataset ? '' : 'Loading the timeline…'}</p>
      )}
    </section>
  )
}
