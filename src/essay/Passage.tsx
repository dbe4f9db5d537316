import { memo, useCallback, useMemo, useState } from 'react'
import type { PlacedClaimNote } from '../data/events/claimNotes'
import type { Passage as PassageData } from '../data/types'
import { useTimelineStore } from '../store/timelineStore'
import { markPhrases } from './claimMarks'
import { ClaimMarksContext, type ClaimMarksValue } from './ClaimNoteMarks'
import { ClaimNoteText } from './ClaimNoteText'
import { InlineContent, type CitationView } from './InlineContent'

type Props = {
  passage: PassageData
  view: CitationView
  /** The notes on this passage's claims, in reading order (a stable, shared empty list when none). */
  notes: readonly PlacedClaimNote[]
}

const NONE: ReadonlySet<string> = new Set()
const noteElementId = (noteId: string) => `claim-note-${noteId}`

/**
 * One paragraph, `<p id="p-N">`. Focusable by script only (tabIndex -1) so "Show in essay" can move focus
 * here; the paragraph number is drawn in the margin from `data-passage-index`. Memoised, and subscribed to
 * its own two states only, so a new selection or reading position re-renders just the passages it changes:
 * - cites the selected event: marked `aria-current` and highlighted;
 * - the reader is here (reading position): a quiet marker only.
 * Notes on its claims get a marker in the margin after their phrase; each opens its note below the paragraph.
 */
export const Passage = memo(function Passage({ passage, view, notes }: Props) {
  const isCitingSelected = useTimelineStore((s) =>
    s.selectedEventId === null
      ? false
      : (s.dataset?.passagesByEvent
          .get(s.selectedEventId)
          ?.includes(passage.id) ?? false),
  )
  const isActive = useTimelineStore((s) => s.activePassageId === passage.id)
  // Which notes are open is this paragraph's own business: nothing else reads it, and it is not shared.
  const [openIds, setOpenIds] = useState<ReadonlySet<string>>(NONE)
  const onToggle = useCallback(
    (noteId: string) =>
      setOpenIds((open) => {
        const next = new Set(open)
        if (next.has(noteId)) next.delete(noteId)
        else next.add(noteId)
        return next
      }),
    [],
  )
  const inlines = useMemo(
    () =>
      notes.length === 0
        ? passage.inlines
        : markPhrases(
            passage.inlines,
            notes.flatMap(({ note, range }) =>
              range
                ? [{ noteId: note.id, start: range[0], end: range[1] }]
                : [],
            ),
          ),
    [passage, notes],
  )
  const marks = useMemo<ClaimMarksValue | null>(
    () =>
      notes.length === 0
        ? null
        : {
            notesById: new Map(notes.map((p) => [p.note.id, p])),
            openIds,
            onToggle,
            noteElementId,
          },
    [notes, openIds, onToggle],
  )
  const className = [
    'passage',
    isCitingSelected && 'is-citing-selected',
    isActive && 'is-active',
  ]
    .filter(Boolean)
    .join(' ')
  const paragraph = (
    <p
      id={passage.id}
      className={className}
      data-passage-index={passage.index}
      tabIndex={-1}
      aria-current={isCitingSelected ? 'true' : undefined}
    >
      {marks ? (
        <ClaimMarksContext value={marks}>
          <InlineContent inlines={inlines} view={view} />
        </ClaimMarksContext>
      ) : (
        <InlineContent inlines={inlines} view={view} />
      )}
    </p>
  )
  if (notes.length === 0) return paragraph
  return (
    <>
      {paragraph}
      {notes.map((placed) => (
        <ClaimNoteText
          key={placed.note.id}
          placed={placed}
          elementId={noteElementId(placed.note.id)}
          isOpen={openIds.has(placed.note.id)}
        />
      ))}
    </>
  )
})
