import type { MouseEvent } from 'react'
import type { CitationId, EventId, Inline } from '../data/types'
import { InlineContent, type CitationView } from './InlineContent'

type CitationInline = {
  readonly id: CitationId
  readonly eventIds: readonly EventId[]
  readonly children: readonly Inline[]
}

/** A plain left click selects in place; modified clicks (new tab, copy) keep the deep link's default. */
function isPlainClick(e: MouseEvent): boolean {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey
}

function describe(
  eventIds: readonly EventId[],
  view: CitationView,
  isFilteredOut: boolean,
): string {
  const titles = eventIds.map((id) => view.eventsById.get(id)?.title ?? id)
  const cites =
    titles.length > 1
      ? `Cites ${titles.length} events: ${titles.join('; ')}. Opens the first.`
      : `Cites ${titles[0] ?? 'an event'}.`
  return isFilteredOut
    ? `${cites} Hidden on the timeline by the filters.`
    : cites
}

/**
 * A citation: a real link to `?event=<first id>` (so copy-link, middle-click and ctrl-click work), which a
 * plain click turns into a selection. Hover and focus light the event up on the timeline.
 */
export function CitationLink({
  citation,
  view,
}: {
  citation: CitationInline
  view: CitationView
}) {
  const { id, eventIds, children } = citation
  const first = eventIds[0]
  if (first === undefined)
    return <InlineContent inlines={children} view={view} />

  const has = (eventId: EventId | null) =>
    eventId !== null && eventIds.includes(eventId)
  const isFilteredOut = !eventIds.some((e) => view.shownIds.has(e))
  const className = [
    'citation',
    has(view.selectedEventId) && 'is-selected',
    has(view.hoveredEventId) && 'is-hovered',
    has(view.currentEventId) && 'is-current',
    isFilteredOut && 'is-filtered-out',
  ]
    .filter(Boolean)
    .join(' ')
  const descriptionId = `${id}-description`

  return (
    <>
      <a
        href={`?event=${encodeURIComponent(first)}`}
        className={className}
        data-citation={id}
        aria-describedby={descriptionId}
        onClick={(e) => {
          if (!isPlainClick(e)) return
          e.preventDefault()
          view.onSelect(first)
        }}
        onMouseEnter={() => view.onHover(first)}
        onMouseLeave={() => view.onHover(null)}
        onFocus={() => view.onHover(first)}
        onBlur={() => view.onHover(null)}
      >
        <InlineContent inlines={children} view={view} />
        {eventIds.length > 1 && (
          <sup className="citation-count" aria-hidden="true">
            {eventIds.length}
          </sup>
        )}
      </a>
      <span id={descriptionId} hidden>
        {describe(eventIds, view, isFilteredOut)}
      </span>
    </>
  )
}
