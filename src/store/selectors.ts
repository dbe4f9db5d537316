import type { EventId, Passage, PassageId, TimelineEvent } from '../data/types'
import { filterEvents } from './filterEvents'
import type { TimelineState } from './timelineStore'

/**
 * Derived values: pure functions of the store's state. Call them in render (or in a `useTimelineStore`
 * selector that returns a primitive or a stable reference); none of them copies state into state.
 */

const NO_EVENTS: readonly TimelineEvent[] = []
const NO_IDS: readonly string[] = []

/** Events passing the country filter and the search, in time order. Stable while its inputs are. */
export function selectShownEvents(
  state: TimelineState,
): readonly TimelineEvent[] {
  if (!state.dataset) return NO_EVENTS
  return filterEvents(state.dataset.events, state)
}

/** Ids of the shown events, as a set for quick membership tests. */
export function shownIdSet(
  events: readonly TimelineEvent[],
): ReadonlySet<EventId> {
  return new Set(events.map((e) => e.id))
}

export function selectSelectedEvent(
  state: TimelineState,
): TimelineEvent | null {
  return (
    (state.selectedEventId &&
      state.dataset?.eventsById.get(state.selectedEventId)) ||
    null
  )
}

export function selectCurrentEvent(state: TimelineState): TimelineEvent | null {
  return (
    (state.currentEventId &&
      state.dataset?.eventsById.get(state.currentEventId)) ||
    null
  )
}

/** Ids of the passages citing an event, in essay order. */
export function selectPassageIdsForEvent(
  state: TimelineState,
  id: EventId | null,
): readonly PassageId[] {
  if (!id || !state.dataset) return NO_IDS
  return state.dataset.passagesByEvent.get(id) ?? NO_IDS
}

export function selectPassage(
  state: TimelineState,
  id: PassageId | null,
): Passage | null {
  if (!id || !state.dataset) return null
  return state.dataset.essay.passages.find((p) => p.id === id) ?? null
}

/** Ids of the events a passage cites, each once, in citation order. */
export function selectEventIdsForPassage(
  state: TimelineState,
  id: PassageId | null,
): readonly EventId[] {
  const passage = selectPassage(state, id)
  if (!passage) return NO_IDS
  return [...new Set(passage.citations.flatMap((c) => c.eventIds))]
}

/** The shown event before/after `id` in time order (wrapping is not done); null at the ends. */
export function neighbourEvent(
  events: readonly TimelineEvent[],
  id: EventId | null,
  step: -1 | 1,
): TimelineEvent | null {
  const index = id === null ? -1 : events.findIndex((e) => e.id === id)
  if (index === -1)
    return (step === 1 ? events[0] : events[events.length - 1]) ?? null
  return events[index + step] ?? null
}
