import { formatDate } from '../data/dates'
import { useTimelineStore } from '../store/timelineStore'

/** What the reader should know about the content: whose essay, and what is our inference. */
export function SiteFooter() {
  const essay = useTimelineStore((s) => s.dataset?.essay)
  const asOf = useTimelineStore((s) => s.dataset?.asOf)
  const setAboutOpen = useTimelineStore((s) => s.setAboutOpen)
  return (
    <footer className="app-footer">
      <p>
        {essay ? (
          <>
            <cite>{essay.title}</cite>
            {essay.byline
              ? ` ${essay.byline.replace(/^By\b/, 'by')}.`
              : '.'}{' '}
          </>
        ) : null}
        Each event lists the sources its dates and facts were checked against
        {asOf ? `, as of ${formatDate(asOf)}` : ''}.{' '}
        {essay?.citations.some((c) => c.provenance === 'inferred') &&
          'The author’s original link targets were not recoverable, so which event each of the author’s links points to is our reading of the text, not the author’s. '}
        {essay?.citations.some((c) => c.provenance === 'added') &&
          'Links with a dotted underline were added by the editors. '}
        {essay && (
          <button
            type="button"
            className="about-open"
            onClick={() => setAboutOpen(true)}
          >
            About this edition
          </button>
        )}
      </p>
    </footer>
  )
}
