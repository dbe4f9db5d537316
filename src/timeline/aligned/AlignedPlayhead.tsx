import { memo, type KeyboardEvent } from 'react'
import {
  stopOfEvent,
  type AlignedLayout,
  type AlignedStop,
} from './alignedLayout'
import { formatYearTick } from './alignedScale'
import { alignedPlayheadText } from './alignedText'
import { useTimelineStore } from '../../store/timelineStore'
import type { YearsScale } from './alignedGeometry'
import { HIT_PX } from '../layout/geometry'
import { Playhead } from '../playhead/Playhead'

type Props = {
  readonly x: YearsScale
  readonly widthPx: number
  /** Height of the rows, px: the playhead's line runs through them. */
  readonly plotH: number
  readonly layout: AlignedLayout
  /** Drawn events by years since T = 0: the keys step among these. */
  readonly stops: readonly AlignedStop[]
}

const round2 = (n: number) => Math.round(n * 100) / 100

/** The stop within a target's half-width of `years` (the playhead is "on" it), nearest first. */
function stopNear(
  stops: readonly AlignedStop[],
  years: number,
  toleranceYears: number,
): AlignedStop | null {
  let best: AlignedStop | null = null
  for (const stop of stops) {
    const d = Math.abs(stop.years - years)
    if (d <= toleranceYears && (!best || d < Math.abs(best.years - years)))
      best = stop
  }
  return best
}

/**
 * The aligned view's playhead: the same "Timeline date" slider, in years since each case's guarantee. Drag
 * along the axis to scrub; an event under the playhead becomes current. Arrow keys step through the drawn
 * events in years order, Home/End go to the first/last, PageUp/PageDown move a year.
 */
export const AlignedPlayhead = memo(function AlignedPlayhead(props: Props) {
  const { x, widthPx, plotH, layout, stops } = props
  const scrubYears = useTimelineStore((s) => s.scrubYears)
  const currentId = useTimelineStore((s) => s.currentEventId)

  const currentStop = stopOfEvent(stops, currentId)
  const years = scrubYears ?? currentStop?.years ?? null
  const row = currentStop ? (layout.rows[currentStop.rowIndex] ?? null) : null
  const event = row?.marks.find((m) => m.event.id === currentId)?.event ?? null
  const text = alignedPlayheadText(years, row, event)
  const [lo, hi] = x.domain() as [number, number]

  const scrubAtPx = (px: number) => {
    const y = x.invert(px)
    const tolerance = Math.abs(x.invert(px + HIT_PX / 2) - y)
    const stop = stopNear(stops, y, tolerance)
    useTimelineStore
      .getState()
      .scrubToYears(stop ? stop.years : y, stop?.eventId ?? null)
  }

  const onKeyDown = (e: KeyboardEvent) => {
    const store = useTimelineStore.getState()
    const go = (stop: AlignedStop | undefined) => {
      if (stop) store.scrubToYears(stop.years, stop.eventId)
    }
    const isOnStop =
      currentStop !== null &&
      (scrubYears === null || scrubYears === currentStop.years)
    const index = isOnStop ? stops.indexOf(currentStop) : -1
    const at = years ?? lo
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowUp':
        go(index >= 0 ? stops[index + 1] : stops.find((s) => s.years > at))
        break
      case 'ArrowLeft':
      case 'ArrowDown':
        go(index >= 0 ? stops[index - 1] : stops.findLast((s) => s.years < at))
        break
      case 'Home':
        go(stops[0])
        break
      case 'End':
        go(stops[stops.length - 1])
        break
      case 'PageUp':
      case 'PageDown': {
        const next = Math.min(
          Math.max(at + (e.key === 'PageUp' ? 1 : -1), lo),
          hi,
        )
        store.scrubToYears(next, null)
        break
      }
      default:
        return
    }
    e.preventDefault()
  }

  // The chip stays short ("+35.4 y"); the slider's value text says it in full.
  const chip =
    years === null ? null : formatYearTick(Math.round(years * 10) / 10)
  return (
    <Playhead
      widthPx={widthPx}
      plotH={plotH}
      px={years === null ? null : x(years)}
      chip={chip}
      value={{
        min: round2(lo),
        max: round2(hi),
        now: round2(years ?? lo),
        text,
      }}
      onKeyDown={onKeyDown}
      onScrubPx={scrubAtPx}
    />
  )
})
