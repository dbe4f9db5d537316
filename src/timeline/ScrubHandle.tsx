import { memo, type KeyboardEvent } from 'react'
import type { TimelineEvent } from '../data/types'
import { revealDomain, type Domain } from '../store/domainMath'
import { selectCurrentEvent } from '../store/selectors'
import { useTimelineStore } from '../store/timelineStore'
import { AXIS_H } from './geometry'
import { textWidthPx } from './labelText'
import { stepEvent, stepYear } from './playheadSteps'
import { playheadText } from './rangeText'
import type { TimeScale } from './scales'
import { sameDomain } from './zoomMath'
import { PlayheadKnob } from './PlayheadKnob'
import { usePointerScrub } from './usePointerScrub'

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
export const ScrubHandle = memo(function ScrubHandle(props: Props) {
  const { x, widthPx, plotH, events, bounds, domain, onDomain } = props
  const scrubTimeMs = useTimelineStore((s) => s.scrubTimeMs)
  const current = useTimelineStore(selectCurrentEvent)

  const msPerPx = (domain[1] - domain[0]) / widthPx
  const text = playheadText(scrubTimeMs, current, msPerPx)
  const px = scrubTimeMs === null ? null : x(scrubTimeMs)
  const isInView = px !== null && px >= 0 && px <= widthPx
  // Out of view (or unset) the knob waits at the nearer edge, fully visible.
  const handleX = Math.min(Math.max(px ?? 0, 10), widthPx - 10)

  const reveal = (target: Domain) => {
    const next = revealDomain(domain, target, bounds)
    if (!sameDomain(next, domain)) onDomain(next)
  }
  const { zoneRef, pointer } = usePointerScrub(widthPx, (offsetX) =>
    useTimelineStore.getState().scrubTo(x.invert(offsetX)),
  )

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

  // The chip's text is bold: about a tenth wider than a label.
  const chipW = textWidthPx(text) * 1.1 + 14
  const chipLeft = handleX + chipW + 14 > widthPx ? -chipW - 12 : 12
  const valueNow = Math.round(scrubTimeMs ?? bounds[0])
  return (
    <g className={`tl-playhead${scrubTimeMs === null ? ' is-unset' : ''}`}>
      <rect
        ref={zoneRef}
        className="tl-scrub-zone"
        data-no-zoom=""
        x={0}
        y={0}
        width={widthPx}
        height={AXIS_H}
        {...pointer}
      />
      {isInView && (
        <line
          className="tl-playhead-line"
          x1={px}
          x2={px}
          y1={AXIS_H / 2}
          y2={AXIS_H + plotH}
        />
      )}
      <g
        className="tl-handle"
        data-no-zoom=""
        transform={`translate(${handleX},${AXIS_H / 2})`}
        role="slider"
        tabIndex={0}
        aria-label="Timeline date"
        aria-valuemin={Math.round(bounds[0])}
        aria-valuemax={Math.round(bounds[1])}
        aria-valuenow={Math.min(Math.max(valueNow, bounds[0]), bounds[1])}
        aria-valuetext={text}
        aria-orientation="horizontal"
        onKeyDown={onKeyDown}
        {...pointer}
      >
        <PlayheadKnob
          chip={scrubTimeMs !== null ? text : null}
          chipLeft={chipLeft}
          chipWidthPx={chipW}
        />
      </g>
    </g>
  )
})
