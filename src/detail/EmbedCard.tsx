import type { ReactNode } from 'react'
import { eventDateWords } from '../data/eventDate'
import { countryName } from '../data/names'
import { selectSelectedEvent } from '../store/selectors'
import { useTimelineStore } from '../store/timelineStore'
import './EmbedCard.css'

/**
 * The embed's compact details: the selected event's kind, title, dates, countries and summary, and
 * `essayLink` (the full page, opened at the passage citing it); guidance when nothing is selected. A region
 * of its own, announced politely when the selection changes; the embed has no room for sources and
 * passages, which the full page gives one click away.
 */
export function EmbedCard({ essayLink }: { readonly essayLink: ReactNode }) {
  const event = useTimelineStore(selectSelectedEvent)
  return (
    <section className="embed-card" aria-label="Event details">
      <div aria-live="polite">
        {event ? (
          <>
            <p className="embed-card__kind">
              {event.kind !== null &&
                `${event.kind.charAt(0).toUpperCase()}${event.kind.slice(1)} · `}
              {eventDateWords(event)}
            </p>
            <h2 className="embed-card__title">{event.title}</h2>
            {event.countries.length > 0 && (
              <p className="embed-card__countries">
                {event.countries.map(countryName).join(', ')}
              </p>
            )}
            {event.summary !== null && (
              <p className="embed-card__summary">{event.summary}</p>
            )}
          </>
        ) : (
          <p className="embed-card__empty">
            Select an event on the timeline to see what happened.
          </p>
        )}
      </div>
      <p className="embed-card__links">{essayLink}</p>
    </section>
  )
}
