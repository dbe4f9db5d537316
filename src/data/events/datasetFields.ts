import {
  LIMITS,
  MAX_CASES,
  MAX_CLAIM_NOTES,
  MAX_ERAS,
  MAX_EVENTS,
  MAX_MARKERS,
  MAX_PERIODS,
  MILESTONE_KINDS,
  SOURCE_TYPES,
} from './datasetRules'
import {
  array,
  boolean,
  checked,
  nullable,
  object,
  oneOf,
  optional,
  string,
  text,
  type ValueOf,
} from './fieldKinds'
import { EVENT_KINDS, MEDIA_TYPES } from '../types'

/**
 * The fields of `events.json`, declared once: add a field here and both the zod/mini schema
 * (`datasetSchema.ts`: messages, `npm run schema`) and the zod-free check of the page's start-up
 * (`datasetFastPath.ts`) have it; a property test holds the two to the same answers. The checks across fields
 * (duplicate ids, an end before its start) are in `datasetChecks.ts`, the cases' cross-references in
 * `checkCases.ts`.
 */

const id = checked('id')

export const sourceFields = object({
  title: text(LIMITS.sourceTitleChars),
  publisher: text(LIMITS.publisherChars),
  url: checked('url'),
  type: oneOf(SOURCE_TYPES),
  /** When the source was published (or last updated), where known; the asOf check reads it. */
  date: optional(
    checked(
      'date',
      'When the source was published, where known: YYYY, YYYY-MM or YYYY-MM-DD. After asOf, only a sentence marked "Later" may rely on it',
    ),
  ),
})

/** What a span's start or end date is ("signed", "in force"), shown beside the date. */
const dateLabel = optional(
  text(LIMITS.dateLabelChars, {
    description:
      'What this end of the span is ("signed", "in force"), shown beside the date; endLabel needs an end',
  }),
)

/** A claim note's sources: at least one (a note on the record says where the record is). */
const sources = array(sourceFields, { min: 1, max: LIMITS.sources })

/**
 * One picture, video or link illustrating an event. `type` defaults from the address (an image file is an
 * image, a video site a video, anything else a link); `alt` is the image's text alternative.
 */
export const mediaFields = object({
  url: checked('mediaUrl'),
  type: optional(oneOf(MEDIA_TYPES)),
  credit: optional(text(LIMITS.creditChars)),
  caption: optional(text(LIMITS.captionChars)),
  alt: optional(text(LIMITS.captionChars)),
})

/**
 * An event needs an id, a title and a start; the rest is optional. What the featured edition also requires
 * (a kind, countries, a summary, a source) is checked by `editionRules.ts`: a warning for any dataset, an
 * error under `npm run validate -- --strict`.
 */
export const eventFields = object({
  id,
  title: text(LIMITS.titleChars),
  kind: optional(oneOf(EVENT_KINDS)),
  start: checked('date'),
  end: optional(nullable(checked('date'))),
  startLabel: dateLabel,
  endLabel: dateLabel,
  ongoing: optional(boolean),
  /** Text shown instead of the computed dates ("Spring 1948"); the dates still place the event. */
  displayDate: optional(
    text(LIMITS.displayDateChars, {
      description:
        'Text shown instead of the computed dates ("Spring 1948"); start and end still place the event',
    }),
  ),
  countries: optional(array(checked('country'), { max: LIMITS.countries })),
  organizations: optional(
    array(checked('organization'), { max: LIMITS.organizations }),
  ),
  /** A free label grouping events (TimelineJS's group), offered as a filter. */
  group: optional(
    text(LIMITS.groupChars, {
      description: 'A free label grouping events, offered as a filter',
    }),
  ),
  summary: optional(text(LIMITS.textChars)),
  note: optional(nullable(text(LIMITS.textChars))),
  media: optional(mediaFields),
  sources: optional(array(sourceFields, { max: LIMITS.sources })),
  unverifiedSource: optional(boolean),
})

/** A named period drawn as a labelled band under the marks; `end` may not come before `start`. */
export const eraFields = object({
  title: text(LIMITS.titleChars),
  start: checked('date'),
  end: checked('date'),
})

/**
 * A note on one of the essay's claims ("on the record"): the passage, the exact phrase it qualifies, what the
 * record shows, and its sources. That the passage exists and holds the phrase is checked against the essay
 * (`claimNotes.ts`).
 */
export const claimNoteFields = object({
  id,
  passage: checked(
    'passage',
    'The passage the phrase is in: "p-1", "p-2"… in essay order',
  ),
  phrase: text(LIMITS.phraseChars, {
    description: 'Words of that passage exactly as the essay has them',
  }),
  note: text(LIMITS.textChars),
  sources,
})

const nonEmpty = text(undefined, { empty: 'must not be empty' })

export const milestoneFields = object(
  {
    kind: oneOf(MILESTONE_KINDS),
    label: nonEmpty,
    date: string(),
    eventId: nullable(string()),
  },
  { strict: true },
)

/** A precedent case of the aligned lens; its cross-references are checked by `checkCases`. */
export const caseFields = object(
  {
    id: checked('caseId'),
    name: nonEmpty,
    eventIds: array(string(), {
      min: 1,
      minMessage: 'must list at least one event',
    }),
    milestones: array(milestoneFields, {
      min: 1,
      minMessage: 'must list at least one milestone',
    }),
    /** Null: no guarantee has been given yet (aligned at `asOf`, an open question). */
    guarantee: nullable(
      string(
        'The date the lens aligns on; null when no guarantee has been given (aligned at asOf)',
      ),
    ),
    resolved: nullable(string()),
  },
  { strict: true },
)

/** A date the data marks on the timeline with a vertical line and its label. */
export const markerFields = object(
  {
    date: checked(
      'date',
      'The marked date: YYYY, YYYY-MM or YYYY-MM-DD (the line stands at its start)',
    ),
    label: text(LIMITS.markerLabelChars, {
      description: 'What the date is, in a few words ("Minsk II signed")',
    }),
  },
  { strict: true },
)

/**
 * A period the reader can jump to with one button above the timeline ("Cold War guarantees"). `short` is the
 * start of the label, all that narrow screens show (the whole label stays the button's name).
 */
export const periodFields = object(
  {
    label: text(LIMITS.periodLabelChars, {
      description: 'The button\'s words ("Cold War guarantees")',
    }),
    short: optional(
      text(LIMITS.periodLabelChars, {
        description:
          'The start of the label that narrow screens show ("Cold War"); the whole label when absent',
      }),
    ),
    start: checked(
      'date',
      "The window's first day: YYYY, YYYY-MM or YYYY-MM-DD (from its start)",
    ),
    end: checked(
      'date',
      "The window's last day: YYYY, YYYY-MM or YYYY-MM-DD (to its end)",
    ),
  },
  { strict: true },
)

export const datasetFields = object({
  $schema: optional(string()),
  title: text(LIMITS.titleChars),
  asOf: checked('day'),
  events: array(eventFields, { max: MAX_EVENTS }),
  /** Named periods drawn as labelled bands under the marks. */
  eras: optional(array(eraFields, { max: MAX_ERAS })),
  /** Precedent cases of the aligned lens; their cross-references are checked by `checkCases`. */
  cases: optional(array(caseFields, { max: MAX_CASES })),
  /** Notes on the essay's claims; their passages and phrases are checked against the essay. */
  claimNotes: optional(array(claimNoteFields, { max: MAX_CLAIM_NOTES })),
  corrections: optional(checked('corrections')),
  /** Dates marked on the timeline beside `asOf` (which is always marked). */
  markers: optional(array(markerFields, { max: MAX_MARKERS })),
  /** Windows offered as buttons above the timeline, in file order; none when absent. */
  periods: optional(array(periodFields, { max: MAX_PERIODS })),
})

/** `events.json` once its shape is checked (texts trimmed, unknown fields left out). */
export type RawDataset = ValueOf<typeof datasetFields>
export type RawEvent = ValueOf<typeof eventFields>
export type RawSource = ValueOf<typeof sourceFields>
export type RawMedia = ValueOf<typeof mediaFields>
export type RawEra = ValueOf<typeof eraFields>
export type RawClaimNote = ValueOf<typeof claimNoteFields>
export type RawCase = ValueOf<typeof caseFields>
export type RawMilestone = ValueOf<typeof milestoneFields>
export type RawMarker = ValueOf<typeof markerFields>
export type RawPeriod = ValueOf<typeof periodFields>

/** The names of each record's fields, in the declared order (for the warnings about unknown ones). */
export const fieldNames = (record: { fields: object }): readonly string[] =>
  Object.keys(record.fields)
