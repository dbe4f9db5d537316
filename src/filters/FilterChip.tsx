import { selectShownEvents } from '../store/selectors'
import { useTimelineStore } from '../store/timelineStore'
import './FilterChip.css'

/**
 * On the timeline band, while a filter or a search is on: what it leaves shown, and a way out ("Clear
 * filters"; with nothing left, also "Match any instead" when all of several must match). Seen after the
 * header has scrolled away. Not a live region: the filters' own count announces changes.
 */
export function FilterChip() {
  const total = useTimelineStore((s) => s.dataset?.events.length ?? 0)
  const countryCount = useTimelineStore((s) => s.facetFilter.size)
  const groupCount = useTimelineStore((s) => s.groupFilter.size)
  const query = useTimelineStore((s) => s.query.trim())
  const matchMode = useTimelineStore((s) => s.matchMode)
  const shown = useTimelineStore((s) => selectShownEvents(s).length)
  const filterCount = countryCount + groupCount
  const isOn = filterCount > 0 || query !== ''
  if (!isOn || total === 0) return null
  const store = () => useTimelineStore.getState()
  const what = [
    filterCount > 0 &&
      `${filterCount} ${filterCount === 1 ? 'filter' : 'filters'}`,
    query !== '' && `search “${query}”`,
  ]
    .filter(Boolean)
    .join(' and ')

  return (
    <div
      className={shown === 0 ? 'filter-chip is-empty' : 'filter-chip'}
      role="region"
      aria-label="Filters on"
    >
      <p className="filter-chip__text">
        {shown === 0
          ? `No events match (${what})`
          : `${shown} of ${total} events (${what})`}
      </p>
      {shown === 0 && matchMode === 'all' && countryCount > 1 && (
        <button type="button" onClick={() => store().setMatchMode('any')}>
          Match any instead
        </button>
      )}
      <button type="button" onClick={() => store().clearFilters()}>
        Clear filters
      </button>
    </div>
  )
}
