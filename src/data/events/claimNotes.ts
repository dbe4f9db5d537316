import { plural, quote } from '../problems'
import type { ClaimNote, Essay, Passage, Problem } from '../types'

/**
 * Notes on the essay's claims against the essay itself: each names a passage that exists and quotes words
 * that occur in it exactly (the note's marker and highlight are placed by them). `notes` are in file order,
 * so `claimNotes[2]` names the third note of `events.json`. Pure.
 */
export function claimNoteProblems(
  notes: readonly ClaimNote[],
  essay: Essay,
): Problem[] {
  const passages = new Map(essay.passages.map((p) => [p.id, p]))
  const problems: Problem[] = []
  notes.forEach((note, i) => {
    const at = `claimNotes[${i}]`
    const passage = passages.get(note.passageId)
    if (!passage)
      problems.push({
        path: `${at}.passage`,
        message: `${quote(note.passageId)} is not a passage of essay.md (${
          essay.passages.length === 0
            ? 'it has none'
            : `it has ${plural(essay.passages.length, 'passage')}, p-1 to p-${essay.passages.length}`
        })`,
      })
    else if (phraseRange(passage, note.phrase) === null)
      problems.push({
        path: `${at}.phrase`,
        message: `${quote(note.phrase)} does not occur in ${passage.id} (quote the essay's words exactly, markup left out)`,
      })
  })
  return problems
}

/**
 * Where `phrase` first occurs in the passage's text, as `[start, end)` character offsets; null when it does
 * not. Whitespace runs in the phrase match any whitespace run, since a line break in the Markdown reads as a
 * space.
 */
export function phraseRange(
  passage: Pick<Passage, 'text'>,
  phrase: string,
): readonly [number, number] | null {
  const start = passage.text.indexOf(phrase)
  if (start !== -1) return [start, start + phrase.length]
  const words = phrase.trim().split(/\s+/).map(escapeRegExp)
  if (words.length < 2) return null
  const match = new RegExp(words.join('\\s+')).exec(passage.text)
  return match ? [match.index, match.index + match[0].length] : null
}

const escapeRegExp = (text: string) =>
  text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A claim note with its place in the essay: its letter (a, b, c… in reading order) and its phrase's range. */
export type PlacedClaimNote = {
  readonly note: ClaimNote
  /** `a`…`z`, then `aa`, `ab`…: the mark printed beside the phrase and before its endnote. */
  readonly label: string
  readonly passageIndex: number
  readonly range: readonly [number, number] | null
}

/** `0 -> a`, `25 -> z`, `26 -> aa`: short labels that never look like the citations' numbers. */
export function noteLabel(index: number): string {
  let n = index
  let label = ''
  do {
    label = String.fromCharCode(97 + (n % 26)) + label
    n = Math.floor(n / 26) - 1
  } while (n >= 0)
  return label
}

/** The notes in reading order (by passage, then by where the phrase starts), lettered. Pure. */
export function placeClaimNotes(
  notes: readonly ClaimNote[],
  essay: Essay,
): PlacedClaimNote[] {
  const passages = new Map(essay.passages.map((p) => [p.id, p]))
  return notes
    .map((note) => {
      const passage = passages.get(note.passageId)
      return {
        note,
        passageIndex: passage?.index ?? Infinity,
        range: passage ? phraseRange(passage, note.phrase) : null,
      }
    })
    .sort(
      (a, b) =>
        a.passageIndex - b.passageIndex ||
        (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0),
    )
    .map((placed, i) => ({ ...placed, label: noteLabel(i) }))
}
