import { formatEventSpan } from '../data/dates'
import type { Dataset } from '../data/types'

/** The id of an event's entry in the list: what a citation's link points at without JavaScript. */
export function eventAnchorId(eventId: string): string {
  return `event-${eventId}`
}

/**
 * Every event as a plain list, in time order: dates, summary, the note on the record and the sources, each
 * entry with an `#event-<id>` anchor. The page without JavaScript: the build renders it into the page's
 * `<noscript>` (src/app/prerender/renderPage.tsx), so a citation leads here rather than to a script.
 */
export function EventIndex({ dataset }: { dataset: Dataset }) {
  return (
    <section className="event-index" aria-labelledby="event-index-title">
      <h2 id="event-index-title">The events</h2>
      <ol className="event-index-list">
        {dataset.events.map((event) => (
          <li key={event.id} id={eventAnchorId(event.id)}>
            <h3>{event.title}</h3>
            <p className="event-index-dates">
              {event.displayDate ?? formatEventSpan(event)}
            </p>
            <p>{event.summary}</p>
            {event.note && (
              <p className="event-index-note">
                <strong>On the record:</strong> {event.note}
              </p>
            )}
            <ul className="event-index-sources" aria-label="Sources">
              {event.sources.map((source) => (
                <li key={source.url}>
                  <a href={source.url} rel="noreferrer">
                    {source.title}
                  </a>{' '}
                  ({source.publisher})
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  )
}
