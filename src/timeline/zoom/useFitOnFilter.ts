import { useEffect } from 'react'
import { selectShownEvents } from '../../store/selectors'
import { useTimelineStore, type TimelineState } from '../../store/timelineStore'
import { fitDomain } from './fitDomain'

/** Refit the window to the events the filters leave shown, the selection included. */
function fitToShown(state: TimelineState): void {
  if (!state.dataset) return
  const shown = selectShownEvents(state)
  const selected =
    state.selectedEventId === null
      ? undefined
      : state.dataset.eventsById.get(state.selectedEventId)
  const fit = fitDomain(
    shown,
    selected && shown.includes(selected) ? selected : null,
    state.dataset.boundsMs,
  )
  if (fit) state.setVisibleDomain(fit)
}

/**
 * When the reader changes the filters (countries, groups, or any/all), the window refits to what they leave shown,
 * the selection included (`fitDomain`); a search being typed does not move it. It listens to the store
 * directly: the refit answers the reader's action, not a render. Filters that were already on when the view
 * appeared (a link's `countries=`) fit it once too, unless the link also set a window or an event.
 */
export function useFitOnFilter(): void {
  useEffect(() => {
    const initial = useTimelineStore.getState()
    if (
      initial.visibleDomain === null &&
      initial.selectedEventId === null &&
      initial.facetFilter.size + initial.groupFilter.size > 0
    )
      fitToShown(initial)
    return useTimelineStore.subscribe((state, previous) => {
      if (
        state.facetFilter === previous.facetFilter &&
        state.groupFilter === previous.groupFilter &&
        state.matchMode === previous.matchMode
      )
        return
      fitToShown(state)
    })
  }, [])
}
