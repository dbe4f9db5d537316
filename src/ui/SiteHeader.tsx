import { useId, useRef, useState, type ReactNode } from 'react'
import { useTimelineStore } from '../store/timelineStore'
import { usePopover } from './usePopover'

/**
 * The masthead (the banner landmark), one compact row so the first screen belongs to the timeline and the
 * essay: the site's name and the essay it accompanies, the search, a "Filters" button (with the number of
 * filters on) opening the filters over the page, and one "Menu" for everything else (`menu`: Open…, downloads,
 * print, share, About this edition). `notices` (link notices) show under the row when they have something to say.
 */
export function SiteHeader({
  search,
  filters,
  menu,
  notices,
}: {
  search: ReactNode
  filters: ReactNode
  menu?: ReactNode
  notices?: ReactNode
}) {
  const essayTitle = useTimelineStore((s) => s.dataset?.essay.title)
  // Countries, organisations and groups chosen: each is one filter on.
  const activeCount = useTimelineStore(
    (s) => s.facetFilter.size + s.groupFilter.size,
  )
  const setAboutOpen = useTimelineStore((s) => s.setAboutOpen)
  const filtersRef = useRef<HTMLDivElement>(null)
  const filtersToggleRef = useRef<HTMLButtonElement>(null)
  const menuRef = useRef<HTMLDivElement>(null)
  const menuToggleRef = useRef<HTMLButtonElement>(null)
  const filtersPopover = usePopover(filtersRef, filtersToggleRef)
  const menuPopover = usePopover(menuRef, menuToggleRef)
  // Other content shown (files opened from the Menu, or back to the featured essay): the Menu has done its
  // work, so it closes rather than cover the new page (adjusting state while rendering).
  const contentSource = useTimelineStore((s) => s.contentSource)
  const [menuSource, setMenuSource] = useState(contentSource)
  if (menuSource !== contentSource) {
    setMenuSource(contentSource)
    menuPopover.setOpen(false)
  }
  const filtersId = useId()
  const menuId = useId()

  return (
    <header className="app-header">
      <div className="app-brand">
        <p className="app-name">Precedent Timeline</p>
        {essayTitle && (
          <p className="app-subtitle">
            {contentSource.kind === 'opened'
              ? 'From your files: '
              : 'The precedents behind '}
            <cite>{essayTitle}</cite>
          </p>
        )}
      </div>
      <div className="app-search">{search}</div>
      <div className="app-popover-anchor" ref={filtersRef}>
        <button
          type="button"
          ref={filtersToggleRef}
          className="app-header-button app-filters-toggle"
          aria-expanded={filtersPopover.isOpen}
          aria-controls={filtersId}
          // Named whole: a visually hidden part of the content gets a stray space before it in Chromium's name.
          aria-label={
            activeCount > 0 ? `Filters, ${activeCount} chosen` : undefined
          }
          onClick={filtersPopover.toggle}
        >
          Filters
          {activeCount > 0 && (
            <span className="app-filters-count" aria-hidden="true">
              {activeCount}
            </span>
          )}
        </button>
        <div
          id={filtersId}
          className="app-popover app-filters"
          hidden={!filtersPopover.isOpen}
        >
          {filters}
        </div>
      </div>
      <div className="app-popover-anchor" ref={menuRef}>
        <button
          type="button"
          ref={menuToggleRef}
          className="app-header-button app-menu-toggle"
          aria-expanded={menuPopover.isOpen}
          aria-controls={menuId}
          onClick={menuPopover.toggle}
        >
          Menu
        </button>
        {/* Not `hidden` when closed: the content toolbar's status lines and problems still show (App.css). */}
        <div
          id={menuId}
          className={
            menuPopover.isOpen ? 'app-popover app-menu is-open' : 'app-menu'
          }
        >
          {menu}
          <div className="app-menu-extra">
            <button
              type="button"
              className="button"
              onClick={() => window.print()}
            >
              Print…
            </button>
            <button
              type="button"
              className="button"
              onClick={() => setAboutOpen(true)}
            >
              About this edition
            </button>
          </div>
        </div>
      </div>
      {notices && <div className="app-notices">{notices}</div>}
    </header>
  )
}
