import { useMemo } from 'react'
import { placeClaimNotes } from '../data/events/claimNotes'
import { useTimelineStore } from '../store/timelineStore'
import { usePrinting } from './usePrinting'
import { citationNotes, readableUrl, type NoteEvent } from './citedEvents'
import type { Source } from '../data/types'
import './print.css'

/** A printed source list: publisher, title and the URL written out, for readers of paper. */
function PrintSources({ sources }: { sources: readonly Source[] }) {
  return (
    <ul className="print-note-sources">
      {sources.map((source) => (
        <li key={source.url}>
          {source.publisher}, “{source.title}”:{' '}
          <span className="print-url">{readableUrl(source.url)}</span>
        </li>
      ))}
    </ul>
  )
}

function NoteEventText({ event }: { event: NoteEvent }) {
  if (event.seeNumber !== null)
    return (
      <p className="print-note-event">
        {event.title}: see [{event.seeNumber}].
      </p>
    )
  return (
    <div className="print-note-event">
      <p>
        <strong>{event.title}</strong>, {event.dates}.
      </p>
      <PrintSources sources={event.sources} />
    </div>
  )
}

/**
 * "Cited events": the endnotes of the printed handout. Each citation's number (drawn beside the citation by
 * print.css) lists the events it cites with their dates and source URLs written out. Rendered only for
 * printing (`usePrinting`).
 */
export function PrintAppendix() {
  const printing = usePrinting()
  return printing ? (
    <>
      <CitedEvents />
      <NotesOnTheRecord />
    </>
  ) : null
}

/** The notes on the essay's claims as lettered endnotes ([a], [b]… as printed after their phrases). */
function NotesOnTheRecord() {
  const dataset = useTimelineStore((s) => s.dataset)
  const placed = useMemo(
    () => (dataset ? placeClaimNotes(dataset.claimNotes, dataset.essay) : []),
    [dataset],
  )
  if (placed.length === 0) return null
  return (
    <section
      className="print-appendix print-claim-notes"
      aria-labelledby="print-claim-notes-title"
    >
      <h2 id="print-claim-notes-title">Notes on the record</h2>
      <ol className="print-notes">
        {placed.map(({ note, label, passageIndex }) => (
          <li key={note.id}>
            <span className="print-note-number">[{label}]</span>
            <div className="print-note-event">
              <p>
                <strong>Paragraph {passageIndex}</strong>, “{note.phrase}”:{' '}
                {note.note}
              </p>
              <PrintSources sources={note.sources} />
            </div>
          </li>
        ))}
      </ol>
    </section>
  )
}

function CitedEvents() {
  const dataset = useTimelineStore((s) => s.dataset)
  const notes = useMemo(
    () => (dataset ? citationNotes(dataset) : []),
    [dataset],
  )
  if (notes.length === 0) return null
  return (
    <section className="print-appendix" aria-labelledby="print-appendix-title">
      <h2 id="print-appendix-title">Cited events</h2>
      <ol className="print-notes">
        {notes.map((note) => (
          <li key={note.number} value={note.number}>
            <span className="print-note-number">[{note.number}]</span>
            {note.events.map((event) => (
              <NoteEventText key={event.id} event={event} />
            ))}
          </li>
        ))}
      </ol>
    </section>
  )
}
