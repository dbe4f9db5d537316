import { formatDate } from '../data/dates'
import { useTimelineStore } from '../store/timelineStore'

/** What the reader should know about the content: whose essay, and what is our inference. */
export function SiteFooter() {
  const essay = useTimelineStore((s) => s.dataset?.essay)
  const asOf = useTimelineStore((s) => s.dataset?.asOf)
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
        {asOf ? `, as of ${formatDate(asOf)}` : ''}. The essay’s original links
        were not recoverable, so which event each citation points to is our
        reading of the text, not the author’s.
      </p>
    </footer>
  )
}
