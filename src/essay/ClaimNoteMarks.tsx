import { createContext, useContext, type ReactNode } from 'react'
import type { PlacedClaimNote } from '../data/events/claimNotes'

/** What the marks of one passage's claim notes need while its inlines render (provided by `Passage`). */
export type ClaimMarksValue = {
  readonly notesById: ReadonlyMap<string, PlacedClaimNote>
  readonly openIds: ReadonlySet<string>
  readonly onToggle: (noteId: string) => void
  /** `id` of the note's element, for `aria-controls`. */
  readonly noteElementId: (noteId: string) => string
}

export const ClaimMarksContext = createContext<ClaimMarksValue | null>(null)

/** Longest phrase quoted in a marker's name, in characters; longer ones end with "…". */
const MAX_NAMED_CHARS = 80

/** "Note on the record: “…”": the marker's and the note's accessible name. */
export function noteName(phrase: string): string {
  const short =
    phrase.length > MAX_NAMED_CHARS
      ? `${phrase.slice(0, MAX_NAMED_CHARS).trimEnd()}…`
      : phrase
  return `Note on the record: “${short}”`
}

/** Part of a note's phrase: quietly highlighted while its note is open. */
export function NotePhrase({
  noteId,
  children,
}: {
  noteId: string
  children: ReactNode
}) {
  const marks = useContext(ClaimMarksContext)
  const isOpen = marks?.openIds.has(noteId) ?? false
  return (
    <span className={isOpen ? 'claim-phrase is-open' : 'claim-phrase'}>
      {children}
    </span>
  )
}

/**
 * The margin marker of a note: a toggle button placed after the phrase (CSS moves it into the margin, on the
 * phrase's last line), and its letter for print, where buttons are not shown.
 */
export function NoteMarker({ noteId }: { noteId: string }) {
  const marks = useContext(ClaimMarksContext)
  const placed = marks?.notesById.get(noteId)
  if (!marks || !placed) return null
  const isOpen = marks.openIds.has(noteId)
  return (
    <>
      <button
        type="button"
        className={isOpen ? 'claim-marker is-open' : 'claim-marker'}
        aria-expanded={isOpen}
        aria-controls={marks.noteElementId(noteId)}
        aria-label={noteName(placed.note.phrase)}
        title="Note on the record"
        onClick={() => marks.onToggle(noteId)}
      >
        <span aria-hidden="true">{placed.label}</span>
      </button>
      <sup className="claim-print-mark" aria-hidden="true">
        [{placed.label}]
      </sup>
    </>
  )
}
