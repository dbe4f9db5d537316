import type { Dataset } from '../data/types'

/** What "About this edition" says about the content, counted from it, so that it holds for any timeline. */
export type EditionFacts = {
  readonly eventCount: number
  /** Events with at least one primary source. */
  readonly primaryEventCount: number
  /** Citations whose Markdown marks them `"inferred"`, `"added"`, or neither. */
  readonly inferredLinks: number
  readonly addedLinks: number
  readonly unmarkedLinks: number
  /** Events with a "Note on the record". */
  readonly eventNoteCount: number
  readonly claimNoteCount: number
  /** Where to report errors: a `mailto:` or `https:` address, or null. */
  readonly corrections: string | null
}

/** The counts "About this edition" reports. Pure. */
export function editionFacts(dataset: Dataset): EditionFacts {
  const { events, essay } = dataset
  const count = (p: string | null) =>
    essay.citations.filter((c) => c.provenance === p).length
  return {
    eventCount: events.length,
    primaryEventCount: events.filter((e) =>
      e.sources.some((s) => s.type === 'primary'),
    ).length,
    inferredLinks: count('inferred'),
    addedLinks: count('added'),
    unmarkedLinks: count(null),
    eventNoteCount: events.filter((e) => e.note !== null).length,
    claimNoteCount: dataset.claimNotes.length,
    corrections: dataset.corrections,
  }
}

/** "1 event", "68 events". */
export const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`
