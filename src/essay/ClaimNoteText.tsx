import type { PlacedClaimNote } from '../data/events/claimNotes'
import { noteName } from './ClaimNoteMarks'

/** Only https sources become links; validation rejects anything else, and this holds even if it did not. */
function isHttpsUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:'
  } catch {
    return false
  }
}

/**
 * A note on the record, shown beside its passage while its marker is open: the phrase it qualifies, what
 * the record shows, and its sources. Always in the page (hidden when closed) so the marker can point at it.
 */
export function ClaimNoteText({
  placed,
  elementId,
  isOpen,
}: {
  placed: PlacedClaimNote
  elementId: string
  isOpen: boolean
}) {
  const { note, label } = placed
  return (
    <div
      role="note"
      id={elementId}
      className="claim-note"
      aria-label={noteName(note.phrase)}
      hidden={!isOpen}
    >
      <p className="claim-note-head">
        <span className="claim-note-letter" aria-hidden="true">
          {label}
        </span>
        On the record
      </p>
      <p className="claim-note-phrase">“{note.phrase}”</p>
      <p className="claim-note-text">{note.note}</p>
      <ul className="claim-note-sources" aria-label="Sources">
        {note.sources.map((source) => (
          <li key={`${source.url}\n${source.title}`}>
            {isHttpsUrl(source.url) ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            ) : (
              source.title
            )}
            , {source.publisher}
          </li>
        ))}
      </ul>
    </div>
  )
}
