import { useEffect } from 'react'
import type { Dataset } from '../data/types'
import { selectPassageIdsForEvent } from '../store/selectors'
import { useTimelineStore } from '../store/timelineStore'
import {
  keepInFreeArea,
  passageBlock,
  revealFirstPassage,
  scrollBehavior,
  throttle,
} from './essayScroll'

/**
 * Fewest milliseconds between two essay scrolls that follow the playhead. Scrubbing changes the current event
 * on every pointer move; scrolling (and measuring) the essay each time cost a frame. The last move is always
 * followed, at most this long after it.
 */
export const FOLLOW_PLAYHEAD_INTERVAL_MS = 300

/** When the cited phrase is checked once more after a selection: the details sheet has risen by then. */
const SETTLE_MS = 350

/** The first citation of `eventId` inside `passage`, as drawn. */
function citationOf(
  dataset: Dataset,
  passage: HTMLElement,
  eventId: string,
): Element | null {
  const citation = dataset.essay.citations.find(
    (c) => c.passageId === passage.id && c.eventIds.includes(eventId),
  )
  return citation
    ? passage.querySelector(`[data-citation="${CSS.escape(citation.id)}"]`)
    : null
}

/** Bring the passage citing the playhead's event into view, unless the selection (handled above) put it there. */
function revealCurrentEvent(): void {
  const state = useTimelineStore.getState()
  const { currentEventId, selectedEventId } = state
  if (!state.dataset || !currentEventId) return
  if (currentEventId === selectedEventId) return
  revealFirstPassage(selectPassageIdsForEvent(state, currentEventId))
}

/**
 * Keeps the essay in step with the rest of the app. These are effects because scrolling and focus are
 * outside React; none of them writes to the store.
 * - A new selection brings the first passage citing it into view (unless a citing passage already shows,
 *   as when the reader clicked a citation).
 * - An explicit request ("Show in essay") scrolls to that passage and focuses it; a guided step's request
 *   scrolls without taking focus.
 * - Scrubbing the playhead onto another event brings the passage citing it into view, without taking focus,
 *   at most every FOLLOW_PLAYHEAD_INTERVAL_MS. It listens to the store directly (no re-render per move).
 */
export function useEssayScroll(): void {
  const dataset = useTimelineStore((s) => s.dataset)
  const selectedEventId = useTimelineStore((s) => s.selectedEventId)
  const passageRequest = useTimelineStore((s) => s.passageRequest)

  useEffect(() => {
    if (!dataset || !selectedEventId) return
    const passageIds = selectPassageIdsForEvent(
      useTimelineStore.getState(),
      selectedEventId,
    )
    revealFirstPassage(passageIds, undefined, (passage) =>
      citationOf(dataset, passage, selectedEventId),
    )
    // Once the band and the details sheet have their sizes (after a frame, and after the sheet rises), the cited
    // phrase must show whole between them: never starting under the band, never under the sheet.
    const settle = () =>
      keepInFreeArea(
        passageIds.flatMap((id) => {
          const passage = document.getElementById(id)
          return passage
            ? (citationOf(dataset, passage, selectedEventId) ?? [])
            : []
        }),
      )
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(settle)
    })
    const timer = setTimeout(settle, SETTLE_MS)
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [dataset, selectedEventId])

  useEffect(() => {
    if (!passageRequest) return
    const el = document.getElementById(passageRequest.passageId)
    if (!el) return
    // Focus first without scrolling, so the one scroll below can be smooth.
    if (passageRequest.takesFocus) el.focus({ preventScroll: true })
    el.scrollIntoView({ block: passageBlock(el), behavior: scrollBehavior() })
  }, [passageRequest])

  useEffect(() => {
    revealCurrentEvent() // a playhead already set (from the address) when the essay mounts
    const follow = throttle(revealCurrentEvent, FOLLOW_PLAYHEAD_INTERVAL_MS)
    const unsubscribe = useTimelineStore.subscribe((state, previous) => {
      if (state.currentEventId !== previous.currentEventId) follow()
    })
    return () => {
      unsubscribe()
      follow.cancel()
    }
  }, [])
}
