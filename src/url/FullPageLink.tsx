import { useTimelineStore } from '../store/timelineStore'
import { essayHash, fullPageHref, viewSearch } from './embedUrl'

/**
 * A link from the embed to the full page, in a new tab, for the view shown now: "Open full page ↗", or with
 * `toEssay` "Read it in the essay ↗", which opens the essay at the passage citing the selected event. The
 * address is read from the store (the embed's own URL is kept in step by `useUrlSync`).
 */
export function FullPageLink({ toEssay = false }: { toEssay?: boolean }) {
  const search = useTimelineStore(viewSearch)
  const hash = useTimelineStore((s) => (toEssay ? essayHash(s) : ''))
  const isSelected = useTimelineStore((s) => s.selectedEventId !== null)
  const href = fullPageHref(window.location.href, search, hash)
  const text = toEssay
    ? isSelected
      ? 'Read it in the essay'
      : 'Read the essay'
    : 'Open full page'
  return (
    <a className="full-page-link" href={href} target="_blank" rel="noopener">
      {text} <span aria-hidden="true">↗</span>
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  )
}
