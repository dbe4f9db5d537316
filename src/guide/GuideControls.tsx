import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTimelineStore } from '../store/timelineStore'
import { guideStatus, guideSteps, stepDelayMs } from '../store/guideSteps'
import { REDUCED_MOTION_QUERY, useMediaQuery } from '../ui/mediaQuery'
import './GuideControls.css'

/** Interactions outside the controls that pause autoplay: the reader has taken over. */
const TAKEOVER_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart']

/**
 * "Read with the essay": steps through the essay's citations in reading order at the reader's pace; each step
 * selects the cited event (the timeline moves to it) and shows its passage. Manual: Next step / Previous step
 * (or → and ← on the controls); focus stays on the button pressed, and the step is announced politely.
 * Autoplay is a choice, not offered under reduced motion; it waits on each step as long as its passage takes
 * to read, pauses on any interaction elsewhere and stops at the last step (WCAG 2.2.2).
 */
export function GuideControls() {
  const dataset = useTimelineStore((s) => s.dataset)
  const guideStep = useTimelineStore((s) => s.guideStep)
  const isReducedMotion = useMediaQuery(REDUCED_MOTION_QUERY)
  const [isPlayingChoice, setIsPlaying] = useState(false)
  const groupRef = useRef<HTMLDivElement>(null)
  const steps = dataset ? guideSteps(dataset.essay) : []
  const lastIndex = steps.length - 1
  const isGuiding = guideStep !== null
  const isPlaying = isPlayingChoice && isGuiding && !isReducedMotion

  // Autoplay: a timer is an external system; each tick is one step, and the end pauses.
  useEffect(() => {
    if (!isPlaying || guideStep === null || !dataset) return
    const timer = setTimeout(
      () => {
        if (guideStep >= lastIndex) setIsPlaying(false)
        else useTimelineStore.getState().stepGuide(1)
      },
      stepDelayMs(dataset.essay, guideStep),
    )
    return () => clearTimeout(timer)
  }, [isPlaying, guideStep, lastIndex, dataset])

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

  const onStartStop = () => {
    setIsPlaying(false)
    if (isGuiding) store().stopGuide()
    else store().startGuide(store().activePassageId)
  }
  const onStep = (step: 1 | -1) => {
    setIsPlaying(false)
    store().stepGuide(step)
  }
  const onPlay = () => {
    if (isPlaying) setIsPlaying(false)
    else {
      if (guideStep !== null && guideStep >= lastIndex) store().goToGuideStep(0)
      setIsPlaying(true)
    }
  }
  // → and ← step from any of the controls; focus stays where it is.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return
    const step = event.key === 'ArrowRight' ? 1 : -1
    if (step === -1 && isFirst) return
    if (step === 1 && isLast) return
    event.preventDefault()
    onStep(step)
  }
  // aria-disabled, not disabled: a button that disables itself under the keyboard would drop focus.
  const isFirst = guideStep === null || guideStep <= 0
  const isLast = guideStep !== null && guideStep >= lastIndex

  return (
    // The keys belong to the buttons inside; the group only hears them bubble.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      className="guide"
      role="group"
      aria-label="Guided reading"
      ref={groupRef}
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        className={isGuiding ? 'guide-stop' : 'guide-start'}
        onClick={onStartStop}
      >
        {isGuiding ? (
          <>
            Stop <span className="narrow-hidden">guided reading</span>
          </>
        ) : (
          <>
            <span aria-hidden="true" className="guide-icon">
              ▶
            </span>
            Read with the essay
          </>
        )}
      </button>
      <button
        type="button"
        aria-disabled={isFirst}
        aria-keyshortcuts="ArrowLeft"
        onClick={() => !isFirst && onStep(-1)}
      >
        Previous <span className="narrow-hidden">step</span>
      </button>
      <button
        type="button"
        aria-disabled={isLast}
        aria-keyshortcuts="ArrowRight"
        onClick={() => !isLast && onStep(1)}
      >
        Next <span className="narrow-hidden">step</span>
      </button>
      {isGuiding && !isReducedMotion && (
        <button
          type="button"
          className="guide-play"
          aria-pressed={isPlaying}
          onClick={onPlay}
          title="Move to the next step once the passage has had time to be read"
        >
          <span aria-hidden="true" className="guide-icon">
            {isPlaying ? '❚❚' : '▶'}
          </span>
          Autoplay
        </button>
      )}
      <p className="guide-status" role="status">
        {guideStatus(steps, guideStep)}
      </p>
    </div>
  )
}
