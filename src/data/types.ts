/**
 * The validated, immutable shape of everything the app shows. Raw JSON and Markdown are turned into these
 * types once, at the boundary (`parseDataset.ts`, `parseEssay.ts`, `loadContent.ts`); nothing downstream
 * re-validates or mutates them.
 */

/**
 * How much of a date is known: `"1953"` is year, `"1948-06"` month, `"2025-08-18"` day, `"2025-08-15T11:00"`
 * minute, `"2025-08-15T11:00:30"` second.
 */
export type Precision = 'second' | 'minute' | 'day' | 'month' | 'year'

export const EVENT_KINDS = [
  'treaty',
  'agreement',
  'summit',
  'meeting',
  'statement',
  'operation',
  'mission',
  'conflict',
  'policy',
  'report',
  'incident',
  'institution',
] as const
export type EventKind = (typeof EVENT_KINDS)[number]

export type EventId = string
/** ISO 3166-1 alpha-2 code, plus the historical `SU` (USSR), `DD` (East Germany) and `XK` (Kosovo). */
export type CountryCode = string

/** A code the filter can hold: a country's (`UA`) or an organisation's (`NATO`). */
export type FacetCode = CountryCode | OrganizationCode
/** Organisation short code as written in the data: `NATO`, `EU`, `UN`, `OSCE`, `G7`, `NORAD`, `MFO`… */
export type OrganizationCode = string
/** `p-<n>`, the n-th paragraph of the essay (1-based), used in URLs as `#p-12`. */
export type PassageId = string
/** `c-<n>`, the n-th citation of the essay (1-based, in reading order). */
export type CitationId = string

/** A calendar date at its precision, with its UTC extent. */
export type DatePoint = {
  /** As written in the data: `"1953"`, `"1948-06"`, `"2025-08-18"`, `"2025-08-15T11:00+02:00"`. */
  readonly iso: string
  readonly precision: Precision
  /** Start of the period, UTC ms (1 June 1948 00:00 for `"1948-06"`). */
  readonly startMs: number
  /** End of the period, exclusive, UTC ms (1 July 1948 00:00 for `"1948-06"`). */
  readonly endMs: number
}

export type SourceType = 'primary' | 'reference' | 'news'

export type Source = {
  readonly title: string
  readonly publisher: string
  /** Always `https:`; anything else is rejected at validation. */
  readonly url: string
  readonly type: SourceType
  /** When it was published (or last updated), at its precision (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), where known. */
  readonly date?: string | undefined
}

export const MEDIA_TYPES = ['image', 'video', 'link'] as const
export type MediaType = (typeof MEDIA_TYPES)[number]

/** Media illustrating an event. Images are shown; video and anything else is a link (no third-party frames). */
export type EventMedia = {
  /** Always `https:` (a protocol-relative `//` address is made https at the boundary). */
  readonly url: string
  readonly type: MediaType
  readonly credit: string | null
  readonly caption: string | null
  /** Text alternative for an image; null when the data gives none. */
  readonly alt: string | null
}

/** A named period drawn as a labelled background band under the marks. */
export type Era = {
  readonly title: string
  readonly start: DatePoint
  readonly end: DatePoint
  /** `[start.startMs, end.endMs)`, UTC ms. */
  readonly extentMs: readonly [number, number]
}

export type TimelineEvent = {
  readonly id: EventId
  readonly title: string
  /** Null when the data names no kind: drawn in a neutral colour, "Other" in the key. */
  readonly kind: EventKind | null
  readonly start: DatePoint
  /** Absent for a point event. */
  readonly end: DatePoint | null
  /**
   * What the start and end dates are when a span is not one continuous happening ("signed" → "in force"):
   * shown beside the dates, so a bar from a signing to an entry into force says what it spans.
   */
  readonly startLabel: string | null
  readonly endLabel: string | null
  /** True when the event had not ended at the dataset's `asOf` date. */
  readonly ongoing: boolean
  readonly countries: readonly CountryCode[]
  readonly organizations: readonly OrganizationCode[]
  /** Null when the data gives none (the featured edition always has one). */
  readonly summary: string | null
  /** Where the record qualifies the essay's wording. */
  readonly note: string | null
  readonly sources: readonly Source[]
  /** No approved source was found: show the sources with a caveat. */
  readonly unverifiedSource: boolean
  /** Text to show instead of the computed dates ("Spring 1948"), as the data gives it; null when not set. */
  readonly displayDate: string | null
  /** One picture, video or link illustrating the event; null when not set. */
  readonly media: EventMedia | null
  /** A free label grouping events (TimelineJS's `group`), offered as a filter beside countries; null when not set. */
  readonly group: string | null
  /** Anchor time used for ordering and scrubbing: `start.startMs`. */
  readonly timeMs: number
  /**
   * Drawn extent in UTC ms, `[start, end)`: a point covers its precision period (a whole June for
   * `"1948-06"`), a span runs to the end of its end date's period, an ongoing event runs to `asOf`.
   */
  readonly extentMs: readonly [number, number]
}

/**
 * Whose link a citation is, from its Markdown title: `"inferred"` — the essay's author linked the phrase but
 * the original target was lost, so the event is the editors' reading; `"added"` — the editors linked a plain
 * mention. `null` (no title) is a link as the essay's author made it, target included: the format's default
 * for an essay written for this tool.
 */
export type LinkProvenance = 'inferred' | 'added'

/** The titles `essay.md` accepts on an `event:` link, in the order messages list them. */
export const LINK_PROVENANCES: readonly LinkProvenance[] = ['inferred', 'added']

/** Inline content of a passage, parsed from Markdown. */
export type Inline =
  | { readonly type: 'text'; readonly value: string }
  | {
      readonly type: 'emphasis' | 'strong'
      readonly children: readonly Inline[]
    }
  | {
      readonly type: 'citation'
      readonly id: CitationId
      readonly eventIds: readonly EventId[]
      readonly provenance: LinkProvenance | null
      readonly children: readonly Inline[]
    }
  /** An ordinary https link in the essay (not a citation). */
  | {
      readonly type: 'link'
      readonly href: string
      readonly children: readonly Inline[]
    }

export type Citation = {
  readonly id: CitationId
  readonly passageId: PassageId
  readonly eventIds: readonly EventId[]
  /** The anchor text, plain. */
  readonly text: string
  /** Whose link it is (see `LinkProvenance`); null when the Markdown leaves it unmarked. */
  readonly provenance: LinkProvenance | null
}

export type Passage = {
  readonly id: PassageId
  /** 1-based paragraph number. */
  readonly index: number
  readonly inlines: readonly Inline[]
  /** The paragraph as plain text (markup removed). */
  readonly text: string
  readonly citations: readonly Citation[]
}

export type EssayBlock =
  | {
      readonly type: 'heading'
      readonly id: string
      readonly depth: 2 | 3 | 4
      readonly text: string
    }
  | { readonly type: 'passage'; readonly passageId: PassageId }

export type Essay = {
  readonly title: string
  /** The paragraph right after the title when it starts with "By ", else null. */
  readonly byline: string | null
  /** Headings and passages in reading order. */
  readonly blocks: readonly EssayBlock[]
  readonly passages: readonly Passage[]
  readonly citations: readonly Citation[]
}

/** One precedent case of the aligned lens: its events and milestones, aligned on its guarantee. */
export type PrecedentCase = {
  readonly id: string
  readonly name: string
  readonly eventIds: readonly EventId[]
  readonly milestones: readonly {
    /**
     * `loss`: territory lost or divided; `guarantee`: the one the lens aligns on; `step`: a later or earlier
     * commitment on the way (a renewed treaty, an assurance short of a guarantee); `outcome`: the settlement.
     */
    readonly kind: 'loss' | 'guarantee' | 'step' | 'outcome'
    readonly label: string
    readonly date: DatePoint
    readonly eventId: EventId | null
  }[]
  /**
   * The guarantee date the lens aligns on (T = 0); null when none has been given, and the lens aligns the
   * case at the dataset's `asOf` as an open question.
   */
  readonly guarantee: DatePoint | null
  /** When the territorial question was settled, or null while it stays open. */
  readonly resolved: DatePoint | null
}

/**
 * A note on one of the essay's claims ("on the record"): what the record shows about an exact phrase of a
 * passage, with its sources. Shown beside the passage; the essay's words are never changed.
 */
export type ClaimNote = {
  readonly id: string
  readonly passageId: PassageId
  /** Words of the passage exactly as in its text (`Passage.text`); validated to occur there. */
  readonly phrase: string
  /** Two or three neutral sentences: what the record shows. */
  readonly note: string
  readonly sources: readonly Source[]
}

/** A date the data marks on the timeline, with what it is. */
export type DatasetMarker = {
  readonly date: DatePoint
  /** A few words ("Minsk II signed"). */
  readonly label: string
}

/** A window the reader can jump to with one button above the timeline. */
export type DatasetPeriod = {
  /** The button's words ("Cold War guarantees"). */
  readonly label: string
  /** The start of `label` that narrow screens show ("Cold War"); `label` when the data names none. */
  readonly short: string
  /** From the start of its first day to the end of its last, UTC ms (end exclusive). */
  readonly extentMs: readonly [number, number]
}

/** Everything loaded, validated and cross-referenced: one immutable value. */
export type Dataset = {
  readonly title: string
  /** Date the content describes ("as of"); ongoing events are drawn up to it. */
  readonly asOf: DatePoint
  /** Sorted by `timeMs`, then `extentMs[1]`, then id. */
  readonly events: readonly TimelineEvent[]
  readonly eventsById: ReadonlyMap<EventId, TimelineEvent>
  readonly essay: Essay
  readonly cases: readonly PrecedentCase[]
  /** Notes on the essay's claims, in file order. */
  readonly claimNotes: readonly ClaimNote[]
  /** Named periods drawn under the marks, in time order; empty when the data names none. */
  readonly eras: readonly Era[]
  /** Where readers report an error (`https:` or `mailto:`), as the publisher set it; null when not set. */
  readonly corrections: string | null
  /** Dates marked on the timeline beside `asOf`, in file order; empty when the data names none. */
  readonly markers: readonly DatasetMarker[]
  /** Windows offered as buttons above the timeline, in file order; empty when the data names none. */
  readonly periods: readonly DatasetPeriod[]
  /** Event id -> ids of the passages that cite it, in essay order. */
  readonly passagesByEvent: ReadonlyMap<EventId, readonly PassageId[]>
  /** Full extent of all events, UTC ms. */
  readonly extentMs: readonly [number, number]
  /** The whole range the timeline can show: `extentMs` with a margin on each side (`paddedExtent`), UTC ms. */
  readonly boundsMs: readonly [number, number]
}

/** A validation problem with where it is, e.g. `events[12].start: "1953-13-01" is not a date`. */
export type Problem = {
  readonly path: string
  readonly message: string
  /** On the last line of a capped list only: how many more problems were found and not listed. */
  readonly omitted?: number
}

export type ValidationResult<T> =
  | {
      readonly ok: true
      readonly value: T
      readonly warnings: readonly Problem[]
    }
  | {
      readonly ok: false
      readonly problems: readonly Problem[]
      readonly warnings: readonly Problem[]
    }
