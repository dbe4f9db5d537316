import { useEffect } from 'react'
import { selectShownEvents } from '../../store/selectors'
import { useTimelineStore } from '../../store/timelineStore'
import { fitDomain } from './fitDomain'

/**
 * When the reader changes the filters (countries, groups, or any/all), the window refits to what they leave shown,
 * the selection included (`fitDomain`); a search being typed does not move it. It listens to the store
 * directly: the refit answers the reader's action, not a render.
 */
export function useFitOnFilter(): void {
  useEffect(
    () =>
      useTimelineStore.subscribe((state, previous) => {
        if (
          state.facetFilter === previous.facetFilter &&
          state.groupFilter === previous.groupFilter &&
          state.matchMode === previous.matchMode
        )
          return
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
      }),
    [],
  )
}
