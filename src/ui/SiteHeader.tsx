import { useId, useState, type ReactNode } from 'react'
import { useTimelineStore } from '../store/timelineStore'

/**
 * The masthead (the banner landmark): the site's name, the essay it accompanies, a line on how to use it, the
 * toolbar (search and filters, passed in) and, last, `actions` (the content toolbar, link notices). On phones the filters fold behind a "Filters" button so the first screen shows
 * the timeline and the essay; from 700px up they are always shown and the button is hidden (App.css).
 */
export function SiteHeader({
  search,
  filters,
  actions,
}: {
  search: ReactNode
  filters: ReactNode
  actions?: ReactNode
}) {
  const essayTitle = useTimelineStore((s) => s.dataset?.essay.title)
  const activeCount = useTimelineStore((s) => s.countryFilter.size)
  const setAboutOpen = useTimelineStore((s) => s.setAboutOpen)
  const [isFiltersOpen, setIsFiltersOpen] = useState(false)
  const filtersId = useId()

  return (
    <header className="app-header">
      <div className="app-brand">
        <p className="app-name">Precedent Timeline</p>
        {essayTitle && (
          <p className="app-subtitle">
            The precedents behind <cite>{essayTitle}</cite>
          </p>
        )}
        <p className="app-intro">
          Each underlined phrase in the essay is linked to the event it cites.
          Select one, or a mark on the timeline, to see the event and its
          sources; drag along the dates to move through time.{' '}
          <button
            type="button"
            className="about-open"
            onClick={() => setAboutOpen(true)}
          >
            About this edition
          </button>
        </p>
      </div>
      <div className="app-toolbar">
        <div className="app-search">
          {search}
          <button
            type="button"
            className="app-filters-toggle"
            aria-expanded={isFiltersOpen}
            aria-controls={filtersId}
            onClick={() => setIsFiltersOpen((open) => !open)}
          >
            Filters
            {activeCount > 0 && (
              <span className="app-filters-count">
                {activeCount}
                <span className="visually-hidden"> chosen</span>
              </span>
            )}
          </button>
        </div>
        <div
          id={filtersId}
          className={isFiltersOpen ? 'app-filters is-open' : 'app-filters'}
        >
          {filters}
        </div>
      </div>
      {actions && <div className="app-actions">{actions}</div>}
    </header>
  )
}
