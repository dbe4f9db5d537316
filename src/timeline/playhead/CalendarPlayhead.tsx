import { memo, type KeyboardEvent } from 'react'
import type { TimelineEvent } from '../../data/types'
import { revealDomain, type Domain } from '../../store/domainMath'
import { selectCurrentEvent } from '../../store/selectors'
import { useTimelineStore } from '../../store/timelineStore'
import { stepEvent, stepYear } from './playheadSteps'
import { playheadText } from '../marks/rangeText'
import type { TimeScale } from '../axis/scales'
import { sameDomain } from '../zoom/zoomMath'
import { Playhead } from './Playhead'

type Props = {
  readonly x: TimeScale
  readonly widthPx: number
  /** Height of the lanes, px: the playhead's line crosses them. */
  readonly plotH: number
  /** Shown events, in time order: the keys step among these only. */
  readonly events: readonly TimelineEvent[]
  readonly bounds: Domain
  readonly domain: Domain
  readonly onDomain: (domain: Domain) => void
}

/**
 * The playhead: a slider named "Timeline date" (values in UTC ms) with its line across the lanes. Drag it, or
 * press anywhere on the date axis and drag, to scrub; keys step through the shown events. The only part of the
 * timeline that subscribes to the playhead time, so a pointer move re-renders this and nothing else.
 */
export const CalendarPlayhead = memo(function CalendarPlayhead(props: Props) {
  const { x, widthPx, plotH, events, bounds, domain, onDomain } = props
  const scrubTimeMs = useTimelineStore((s) => s.scrubTimeMs)
  const current = useTimelineStore(selectCurrentEvent)

  const msPerPx = (domain[1] - domain[0]) / widthPx
  const text = playheadText(scrubTimeMs, current, msPerPx)

  const reveal = (target: Domain) => {
    const next = revealDomain(domain, target, bounds)
    if (!sameDomain(next, domain)) onDomain(next)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const store = useTimelineStore.getState()
    const toEvent = (target: TimelineEvent | null | undefined) => {
      if (!target) return
      store.scrubToEvent(target.id)
      reveal(target.extentMs)
    }
    const toTime = (step: -1 | 1) => {
      const from = scrubTimeMs ?? (domain[0] + domain[1]) / 2
      const t = stepYear(from, step, bounds)
      store.scrubTo(t)
      reveal([t, t])
    }
    const from = [current?.id ?? null, scrubTimeMs] as const
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowUp':
        toEvent(stepEvent(events, ...from, 1))
        break
      case 'ArrowLeft':
      case 'ArrowDown':
        toEvent(stepEvent(events, ...from, -1))
        break
      case 'Home':
        toEvent(events[0])
        break
      case 'End':
        toEvent(events[events.length - 1])
        break
      case 'PageUp':
        toTime(1)
        break
      case 'PageDown':
        toTime(-1)
        break
      default:
        return
    }
    event.preventDefault()
  }

  return (
    <Playhead
      widthPx={widthPx}
      plotH={plotH}
      px={scrubTimeMs === null ? null : x(scrubTimeMs)}
      chip={scrubTimeMs === null ? null : text}
      value={{
        min: Math.round(bounds[0]),
        max: Math.round(bounds[1]),
        now: Math.round(scrubTimeMs ?? bounds[0]),
        text,
      }}
      onKeyDown={onKeyDown}
      onScrubPx={(px) => useTimelineStore.getState().scrubTo(x.invert(px))}
    />
  )
})
