import { eventDateWords } from '../data/eventDate'
import type { Dataset, EventId, Source } from '../data/types'

/** One numbered note of the printed appendix: a citation and the events it cites. */
export type CitationNote = {
  /** 1-based, in reading order: the number printed beside the citation (CSS counter in print.css). */
  readonly number: number
  readonly events: readonly NoteEvent[]
}

export type NoteEvent =
  | {
      readonly id: EventId
      readonly title: string
      /** "24 June 1948 – 30 September 1949" */
      readonly dates: string
      readonly sources: readonly Source[]
      /** Null on the event's first citation; the first note's number on later ones ("see [3]"). */
      readonly seeNumber: null
    }
  | { readonly id: EventId; readonly title: string; readonly seeNumber: number }

/**
 * The essay's citations as printed endnotes, in reading order: each event is written out in full (dates,
 * sources) at its first citation and referred back to ("see [3]") at later ones. Pure.
 */
export function citationNotes(dataset: Dataset): CitationNote[] {
  const firstNote = new Map<EventId, number>()
  return dataset.essay.citations.map((citation, i) => {
    const number = i + 1
    const events = citation.eventIds.flatMap((id): NoteEvent[] => {
      const event = dataset.eventsById.get(id)
      if (!event) return []
      const seen = firstNote.get(id)
      if (seen !== undefined)
        return [{ id, title: event.title, seeNumber: seen }]
      firstNote.set(id, number)
      return [
        {
          id,
          title: event.title,
          dates: eventDateWords(event),
          sources: event.sources,
          seeNumber: null,
        },
      ]
    })
    return { number, events }
  })
}

/** A URL as people read it: percent-escapes of non-ASCII letters decoded (`%E2%80%93` -> `–`). */
export function readableUrl(url: string): string {
  try {
    return decodeURI(url)
  } catch {
    return url
  }
}
