import { useEffect } from 'react'
import { selectPassageIdsForEvent } from '../store/selectors'
import { useTimelineStore } from '../store/timelineStore'
import { revealFirstPassage, scrollBehavior } from './essayScroll'

/**
 * Keeps the essay in step with the rest of the app. These are effects because scrolling and focus are
 * outside React; none of them writes to the store.
 * - A new selection brings the first passage citing it into view (unless a citing passage already shows,
 *   as when the reader clicked a citation).
 * - An explicit request ("Show in essay") scrolls to that passage and focuses it.
 * - Scrubbing the playhead onto another event brings the passage citing it into view, without taking focus.
 */
export function useEssayScroll(): void {
  const dataset = useTimelineStore((s) => s.dataset)
  const selectedEventId = useTimelineStore((s) => s.selectedEventId)
  const currentEventId = useTimelineStore((s) => s.currentEventId)
  const passageRequest = useTimelineStore((s) => s.passageRequest)

  useEffect(() => {
    if (!dataset || !selectedEventId) return
    revealFirstPassage(
      selectPassageIdsForEvent(useTimelineStore.getState(), selectedEventId),
    )
  }, [dataset, selectedEventId])

  useEffect(() => {
    if (!passageRequest) return
    const el = document.getElementById(passageRequest.passageId)
    if (!el) return
    // Focus first without scrolling, so the one scroll below can be smooth.
    el.focus({ preventScroll: true })
    el.scrollIntoView({ block: 'center', behavior: scrollBehavior() })
  }, [passageRequest])

  useEffect(() => {
    // A selection moves the playhead too; the selection effect above has handled that case.
    if (!dataset || !currentEventId) return
    if (currentEventId === useTimelineStore.getState().selectedEventId) return
    revealFirstPassage(
      selectPassageIdsForEvent(useTimelineStore.getState(), currentEventId),
    )
  }, [dataset, currentEventId])
}
