import { useEffect } from 'react'
import type { Dataset } from '../data/types'
import { selectPassageIdsForEvent } from '../store/selectors'
import { useTimelineStore } from '../store/timelineStore'
import {
  isInView,
  keepInFreeArea,
  passageBlock,
  revealFirstPassage,
  scrollBehavior,
  throttle,
} from './essayScroll'
import { followScrub, NO_FOLLOW } from './scrubFollow'

/**
 * Fewest milliseconds between two essay scrolls that follow the playhead. Scrubbing changes the current event
 * on every pointer move; scrolling (and measuring) the essay each time cost a frame. The last move is always
 * followed, at most this long after it.
 */
export const FOLLOW_PLAYHEAD_INTERVAL_MS = 300

/** How long a scroll of ours may run (a smooth one animates), ms: scrolls after it are the reader's. */
const OWN_SCROLL_MS = 900

/** The numbers of the passages citing `eventId`, ascending, and the number of the passage being read. */
function passagesFor(eventId: string) {
  const state = useTimelineStore.getState()
  const passages = state.dataset?.essay.passages ?? []
  const number = (id: string | null) =>
    passages.find((p) => p.id === id)?.index ?? null
  const citing = selectPassageIdsForEvent(state, eventId)
    .map(number)
    .filter((n): n is number => n !== null)
    .sort((a, b) => a - b)
  return { citing, reading: number(state.activePassageId), passages }
}

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
 * Follows the playhead's steps as `followScrub` says (only the way the drag goes, never while the reader
 * scrolls), scrolling at most every FOLLOW_PLAYHEAD_INTERVAL_MS. Returns its cleanup.
 */
function followPlayhead(): () => void {
  let follow = NO_FOLLOW
  let readerScrolledMs = -Infinity
  let ownScrollUntilMs = -Infinity
  let target: string | null = null
  const scroll = throttle(() => {
    const el = target === null ? null : document.getElementById(target)
    if (!el || isInView(el)) return
    ownScrollUntilMs = Date.now() + OWN_SCROLL_MS
    el.scrollIntoView({ block: passageBlock(el), behavior: scrollBehavior() })
  }, FOLLOW_PLAYHEAD_INTERVAL_MS)
  const onScroll = () => {
    if (Date.now() > ownScrollUntilMs) readerScrolledMs = Date.now()
  }
  // Captured, so a scrolling column counts as well as the page.
  document.addEventListener('scroll', onScroll, {
    capture: true,
    passive: true,
  })
  const unsubscribe = useTimelineStore.subscribe((state, previous) => {
    const id = state.currentEventId
    if (id === previous.currentEventId || id === null) return
    if (id === state.selectedEventId) return
    const { citing, reading, passages } = passagesFor(id)
    const next = followScrub(follow, {
      citing,
      direction:
        (state.scrubTimeMs ?? 0) >= (previous.scrubTimeMs ?? -Infinity)
          ? 1
          : -1,
      nowMs: Date.now(),
      reading,
      readerScrolledMs,
    })
    follow = next.state
    if (next.scrollTo === null) return
    target = passages.find((p) => p.index === next.scrollTo)?.id ?? null
    scroll()
  })
  return () => {
    unsubscribe()
    scroll.cancel()
    document.removeEventListener('scroll', onScroll, { capture: true })
  }
}

/**
 * Keeps the essay in step with the rest of the app. These are effects because scrolling and focus are
 * outside React; none of them writes to the store.
 * - A new selection brings the first passage citing it into view (unless a citing passage already shows,
 *   as when the reader clicked a citation).
 * - An explicit request ("Show in essay") scrolls to that passage and focuses it; a guided step's request
 *   scrolls without taking focus.
 * - Scrubbing the playhead onto another event brings a passage citing it into view, without taking focus:
 *   only further along the essay the way the drag goes, never while the reader scrolls, and at most every
 *   FOLLOW_PLAYHEAD_INTERVAL_MS (`followPlayhead`). It listens to the store directly (no re-render per move).
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
    return followPlayhead()
  }, [])
}
