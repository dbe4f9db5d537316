import { memo, type MouseEvent } from 'react'
import type { CitationId, EventId, LinkProvenance } from '../data/types'
import { useTimelineStore } from '../store/timelineStore'
import type { MarkedInline } from './claimMarks'
import { InlineContent, type CitationView } from './InlineContent'

type CitationInline = {
  readonly id: CitationId
  readonly eventIds: readonly EventId[]
  readonly provenance: LinkProvenance | null
  readonly children: readonly MarkedInline[]
}

/** Said after what a citation cites: whose link it is (nothing for an unmarked link, the author's as made). */
export const PROVENANCE_DESCRIPTION: Readonly<Record<LinkProvenance, string>> =
  {
    inferred: 'The author’s link; which event it meant is our reading.',
    added: 'Link added by the editors.',
  }

/** A plain left click selects in place; modified clicks (new tab, copy) keep the deep link's default. */
function isPlainClick(e: MouseEvent): boolean {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey
}

function describe(
  eventIds: readonly EventId[],
  provenance: LinkProvenance | null,
  view: CitationView,
  isFilteredOut: boolean,
): string {
  const titles = eventIds.map((id) => view.eventsById.get(id)?.title ?? id)
  const cites =
    titles.length > 1
      ? `Cites ${titles.length} events: ${titles.join('; ')}. Opens the first.`
      : `Cites ${titles[0] ?? 'an event'}.`
  const whose = provenance ? ` ${PROVENANCE_DESCRIPTION[provenance]}` : ''
  return isFilteredOut
    ? `${cites}${whose} Hidden on the timeline by the filters.`
    : `${cites}${whose}`
}

/** True while the event `pick` reads from the store is one of `eventIds` (a boolean, so it rarely changes). */
function useCites(
  eventIds: readonly EventId[],
  pick: (s: ReturnType<typeof useTimelineStore.getState>) => EventId | null,
): boolean {
  return useTimelineStore((s) => {
    const id = pick(s)
    return id !== null && eventIds.includes(id)
  })
}

/**
 * A citation: a real link to `?event=<first id>` (so copy-link, middle-click and ctrl-click work; its
 * `#event-<id>` fragment is the event's entry when scripts do not run), which a
 * plain click turns into a selection. Hover and focus light the event up on the timeline. Memoised and
 * subscribed to its own state: scrubbing or hovering re-renders only the citations it lights up or dims.
 */
export const CitationLink = memo(function CitationLink({
  citation,
  view,
}: {
  citation: CitationInline
  view: CitationView
}) {
  const { id, eventIds, provenance, children } = citation
  const isSelected = useCites(eventIds, (s) => s.selectedEventId)
  const isHovered = useCites(eventIds, (s) => s.hoveredEventId)
  const isCurrent = useCites(eventIds, (s) => s.currentEventId)
  const first = eventIds[0]
  if (first === undefined)
    return <InlineContent inlines={children} view={view} />

  const isFilteredOut = !eventIds.some((e) => view.shownIds.has(e))
  const className = [
    'citation',
    // The editors' links look quieter than the author's (EssayPanel.css); unmarked ones are the author's.
    provenance === 'added' ? 'is-added' : 'is-authors',
    isSelected && 'is-selected',
    isHovered && 'is-hovered',
    isCurrent && 'is-current',
    isFilteredOut && 'is-filtered-out',
  ]
    .filter(Boolean)
    .join(' ')
  const descriptionId = `${id}-description`

  return (
    <>
      <a
        // Without JavaScript the fragment leads to the event's entry in the page's event list (EventIndex).
        href={`?event=${encodeURIComponent(first)}#event-${encodeURIComponent(first)}`}
        className={className}
        data-citation={id}
        aria-describedby={descriptionId}
        onClick={(e) => {
          if (!isPlainClick(e)) return
          e.preventDefault()
          view.onSelect(first, id)
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
        {describe(eventIds, provenance, view, isFilteredOut)}
      </span>
    </>
  )
})
