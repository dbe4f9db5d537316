import { plural, quote } from './problems'
import type { ClaimNote, Essay, Passage, Problem } from './types'

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
        message: `${quote(note.passageId)} is not a passage of essay.md (it has ${plural(essay.passages.length, 'passage')}, p-1 to p-${essay.passages.length})`,
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

/** The notes of one passage, in the order their phrases appear in it. */
export function notesOfPassage(
  notes: readonly ClaimNote[],
  passage: Pick<Passage, 'id' | 'text'>,
): ClaimNote[] {
  return notes
    .filter((note) => note.passageId === passage.id)
    .map((note) => ({ note, at: phraseRange(passage, note.phrase)?.[0] ?? 0 }))
    .sort((a, b) => a.at - b.at)
    .map(({ note }) => note)
}
