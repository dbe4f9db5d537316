import type { ReactNode } from 'react'
import { checkHttpsUrl } from '../data/httpsUrl'
import type { CitationId, EventId, TimelineEvent } from '../data/types'
import { CitationLink } from './CitationLink'
import type { MarkedInline } from './claimMarks'
import { NoteMarker, NotePhrase } from './ClaimNoteMarks'

/**
 * What a citation needs to know to draw itself and report the reader's intent. It changes only with the
 * dataset or the filters; each citation reads the selected, hovered and current event from the store itself,
 * so a pointer move re-renders only the citations whose state it changes.
 */
export type CitationView = {
  /** Events passing the filters; citations of the others are dimmed. */
  readonly shownIds: ReadonlySet<EventId>
  readonly eventsById: ReadonlyMap<EventId, TimelineEvent>
  /** Select an event, opened from the citation `citationId`. */
  readonly onSelect: (id: EventId, citationId: CitationId) => void
  readonly onHover: (id: EventId | null) => void
}

/** Only https links without credentials leave the page (`checkHttpsUrl`, as the parser); anything else is
 * shown as plain text, even from a compiled essay nobody checked. */
const isHttpsUrl = (href: string) => checkHttpsUrl(href).ok

/** Render parsed inline Markdown as React elements: text is always text, never HTML. */
export function InlineContent({
  inlines,
  view,
}: {
  /** A passage's inlines, with its claim notes' phrases and markers placed (`markPhrases`) or not. */
  inlines: readonly MarkedInline[]
  view: CitationView
}): ReactNode {
  return inlines.map((inline, i) => renderInline(inline, i, view))
}

function renderInline(inline: MarkedInline, key: number, view: CitationView) {
  switch (inline.type) {
    case 'text':
      return inline.value
    case 'phrase':
      return (
        <NotePhrase key={key} noteId={inline.noteId}>
          {inline.value}
        </NotePhrase>
      )
    case 'noteMarker':
      return <NoteMarker key={key} noteId={inline.noteId} />
    case 'emphasis':
      return (
        <em key={key}>
          <InlineContent inlines={inline.children} view={view} />
        </em>
      )
    case 'strong':
      return (
        <strong key={key}>
          <InlineContent inlines={inline.children} view={view} />
        </strong>
      )
    case 'link':
      return isHttpsUrl(inline.href) ? (
        <a
          key={key}
          href={inline.href}
          target="_blank"
          rel="noopener noreferrer"
        >
          <InlineContent inlines={inline.children} view={view} />
        </a>
      ) : (
        <span key={key}>
          <InlineContent inlines={inline.children} view={view} />
        </span>
      )
    case 'citation':
      return <CitationLink key={key} citation={inline} view={view} />
  }
}
