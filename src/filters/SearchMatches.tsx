import type { TimelineEvent } from '../data/types'
import { eventDateWords } from '../data/eventDate'

/** The DOM id of match `index` in the list `listId`, for the search box's aria-activedescendant. */
export const matchId = (listId: string, index: number) => `${listId}-${index}`

/** "3 events match", said politely as the reader types; and what to do when none does. */
/** Matches listed under the box; the rest are on the timeline, and more typing narrows them. */
export const MATCHES_LISTED = 8

export function matchesText(count: number): string {
  if (count === 0) return 'No events match'
  return `${count} ${count === 1 ? 'event matches' : 'events match'}`
}

/**
 * The search's matches under the box: a listbox of the shown events (title, date), in time order. The box
 * keeps focus and points at the active option (aria-activedescendant); a press on an option picks it
 * without taking focus from the box first, so the pick is not lost to the box's blur.
 */
export function SearchMatches({
  listId,
  matches,
  activeIndex,
  onPick,
}: {
  listId: string
  matches: readonly TimelineEvent[]
  activeIndex: number
  onPick: (id: TimelineEvent['id']) => void
}) {
  return (
    <div className="search-matches">
      <p className="search-matches__count" role="status">
        {matchesText(matches.length)}
      </p>
      {matches.length > 0 && (
        <ul
          id={listId}
          className="search-matches__list"
          role="listbox"
          aria-label="Matching events"
        >
          {matches.slice(0, MATCHES_LISTED).map((event, index) => (
            // The keyboard stays in the search box (arrows, Enter), which points at the active option.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <li
              key={event.id}
              id={matchId(listId, index)}
              role="option"
              aria-selected={index === activeIndex}
              className="search-matches__option"
              onPointerDown={(e) => e.preventDefault()}
              onClick={() => onPick(event.id)}
            >
              <span className="search-matches__title">{event.title}</span>
              <span className="search-matches__date">
                {eventDateWords(event)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {matches.length > MATCHES_LISTED && (
        <p className="search-matches__more">
          {matches.length - MATCHES_LISTED} more on the timeline; type more to
          narrow the list.
        </p>
      )}
    </div>
  )
}
