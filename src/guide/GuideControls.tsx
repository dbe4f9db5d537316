import { useEffect, useRef, useState, type MouseEvent } from 'react'
import { useTimelineStore } from '../store/timelineStore'
import { guideStatus, guideSteps } from '../store/guideSteps'
import './GuideControls.css'

/** Time on each step while playing, ms: long enough to glance at the event and the passage. */
export const GUIDE_STEP_MS = 4000

/** Interactions outside the controls that pause playing: the reader has taken over. */
const TAKEOVER_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart']

/**
 * "Read with the essay": plays or steps through the essay's citations in reading order; each step selects
 * the cited event (the timeline moves to it) and shows its passage. Starts at the passage being read. Plays
 * only when asked, pauses on any interaction elsewhere, and stops at the last step (WCAG 2.2.2).
 */
export function GuideControls() {
  const dataset = useTimelineStore((s) => s.dataset)
  const guideStep = useTimelineStore((s) => s.guideStep)
  const [isPlaying, setIsPlaying] = useState(false)
  const groupRef = useRef<HTMLDivElement>(null)
  const playRef = useRef<HTMLButtonElement>(null)
  const steps = dataset ? guideSteps(dataset.essay) : []
  const lastIndex = steps.length - 1

  // Autoplay: a timer is an external system; each tick is one step, and the end pauses.
  useEffect(() => {
    if (!isPlaying || guideStep === null) return
    const timer = setTimeout(() => {
      if (guideStep >= lastIndex) setIsPlaying(false)
      else useTimelineStore.getState().stepGuide(1)
    }, GUIDE_STEP_MS)
    return () => clearTimeout(timer)
  }, [isPlaying, guideStep, lastIndex])

  useEffect(() => {
    if (!isPlaying) return
    const onElsewhere = (event: Event) => {
      if (!(
        event.target instanceof Node && groupRef.current?.contains(event.target)
      ))
        setIsPlaying(false)
    }
    for (const type of TAKEOVER_EVENTS)
      document.addEventListener(type, onElsewhere, {
        capture: true,
        passive: true,
      })
    return () => {
      for (const type of TAKEOVER_EVENTS)
        document.removeEventListener(type, onElsewhere, { capture: true })
    }
  }, [isPlaying])

  if (steps.length === 0) return null
  const store = () => useTimelineStore.getState()

  const onPlay = (event: MouseEvent<HTMLButtonElement>) => {
    if (isPlaying) {
      setIsPlaying(false)
      return
    }
    if (guideStep === null) store().startGuide(store().activePassageId)
    else if (guideStep >= lastIndex) store().goToGuideStep(0)
    setIsPlaying(true)
    keepFocus(event.currentTarget)
  }
  /**
   * Keep keyboard focus on the control the reader used: the details panel takes focus when a selection first
   * opens it, which would strand a keyboard user away from Next/Pause. Runs after that panel's effect.
   */
  const keepFocus = (button: HTMLElement) =>
    setTimeout(() => {
      const active = document.activeElement
      if (button.isConnected && !groupRef.current?.contains(active))
        button.focus()
    }, 0)
  const onStep = (step: 1 | -1, button: HTMLElement) => {
    setIsPlaying(false)
    store().stepGuide(step)
    keepFocus(button)
  }
  const onStop = () => {
    setIsPlaying(false)
    store().stopGuide()
    // The Stop button leaves with the guide: keep focus in the controls.
    playRef.current?.focus()
  }
  // aria-disabled, not disabled: a button that disables itself under the keyboard would drop focus.
  const isFirst = guideStep === null || guideStep <= 0
  const isLast = guideStep !== null && guideStep >= lastIndex

  return (
    <div
      className="guide"
      role="group"
      aria-label="Guided reading"
      ref={groupRef}
    >
      <button
        type="button"
        className="guide-play"
        ref={playRef}
        onClick={onPlay}
        title={
          isPlaying
            ? undefined
            : 'Step through the essay’s citations every few seconds'
        }
      >
        <span aria-hidden="true" className="guide-icon">
          {isPlaying ? '❚❚' : '▶'}
        </span>
        {isPlaying ? (
          'Pause'
        ) : (
          <>
            Read{' '}
            {/* With Stop beside it, phones keep the row short with "Read" alone. */}
            <span className={guideStep !== null ? 'narrow-hidden' : undefined}>
              with the essay
            </span>
          </>
        )}
      </button>
      <button
        type="button"
        aria-disabled={isFirst}
        onClick={(e) => !isFirst && onStep(-1, e.currentTarget)}
      >
        Previous <span className="narrow-hidden">step</span>
      </button>
      <button
        type="button"
        aria-disabled={isLast}
        onClick={(e) => !isLast && onStep(1, e.currentTarget)}
      >
        Next <span className="narrow-hidden">step</span>
      </button>
      {guideStep !== null && (
        <button type="button" className="guide-stop" onClick={onStop}>
          Stop <span className="narrow-hidden">guided reading</span>
        </button>
      )}
      <p className="guide-status" role="status">
        {guideStatus(steps, guideStep)}
      </p>
    </div>
  )
}
