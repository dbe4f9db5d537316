import { selectShownEvents } from '../store/selectors'
import { useTimelineStore } from '../store/timelineStore'

/** "Showing 5 of 68 events", or "Showing all 68 events" when nothing filters. */
export function summaryText(shown: number, total: number): string {
  const noun = total === 1 ? 'event' : 'events'
  return shown === total
    ? `Showing all ${total} ${noun}`
    : `Showing ${shown} of ${total} ${noun}`
}

/**
 * The one polite live region for the country and group filters and the search, so a change is announced once,
 * plus "Clear". Clear stays focusable when there is nothing to clear (aria-disabled) so focus is never lost.
 */
export function FilterSummary() {
  const dataset = useTimelineStore((s) => s.dataset)
  const facetFilter = useTimelineStore((s) => s.facetFilter)
  const groupFilter = useTimelineStore((s) => s.groupFilter)
  const query = useTimelineStore((s) => s.query)
  const clearFilters = useTimelineStore((s) => s.clearFilters)
  // A count: hovering or scrubbing re-runs the selector, which filterEvents answers from its cache.
  const shown = useTimelineStore((s) => selectShownEvents(s).length)
  if (!dataset) return null

  const isFiltered =
    facetFilter.size > 0 || groupFilter.size > 0 || query.trim() !== ''
  return (
    <div className="filter-summary">
      <p className="filter-summary__status" role="status">
        {summaryText(shown, dataset.events.length)}
      </p>
      <button
        type="button"
        className="filter-summary__clear"
        aria-disabled={!isFiltered}
        onClick={() => {
          if (isFiltered) clearFilters()
        }}
      >
        Clear
      </button>
    </div>
  )
}
