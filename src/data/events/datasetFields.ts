import {
  LIMITS,
  MAX_CASES,
  MAX_CLAIM_NOTES,
  MAX_EVENTS,
  MAX_MARKERS,
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
import { EVENT_KINDS } from '../types'

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

/** An event's or a claim note's sources: one declaration, so a rule added to sources applies to both. */
const sources = array(sourceFields, { min: 1, max: LIMITS.sources })

export const eventFields = object({
  id,
  title: text(LIMITS.titleChars),
  kind: oneOf(EVENT_KINDS),
  start: checked('date'),
  end: optional(nullable(checked('date'))),
  startLabel: dateLabel,
  endLabel: dateLabel,
  ongoing: optional(boolean),
  countries: array(checked('country'), { min: 1, max: LIMITS.countries }),
  organizations: optional(
    array(checked('organization'), { max: LIMITS.organizations }),
  ),
  summary: text(LIMITS.textChars),
  note: optional(nullable(text(LIMITS.textChars))),
  sources,
  unverifiedSource: optional(boolean),
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

export const datasetFields = object({
  $schema: optional(string()),
  title: text(LIMITS.titleChars),
  asOf: checked('day'),
  events: array(eventFields, { max: MAX_EVENTS }),
  /** Precedent cases of the aligned lens; their cross-references are checked by `checkCases`. */
  cases: optional(array(caseFields, { max: MAX_CASES })),
  /** Notes on the essay's claims; their passages and phrases are checked against the essay. */
  claimNotes: optional(array(claimNoteFields, { max: MAX_CLAIM_NOTES })),
  corrections: optional(checked('corrections')),
  /** Dates marked on the timeline beside `asOf` (which is always marked). */
  markers: optional(array(markerFields, { max: MAX_MARKERS })),
})

/** `events.json` once its shape is checked (texts trimmed, unknown fields left out). */
export type RawDataset = ValueOf<typeof datasetFields>
export type RawEvent = ValueOf<typeof eventFields>
export type RawSource = ValueOf<typeof sourceFields>
export type RawClaimNote = ValueOf<typeof claimNoteFields>
export type RawCase = ValueOf<typeof caseFields>
export type RawMilestone = ValueOf<typeof milestoneFields>
export type RawMarker = ValueOf<typeof markerFields>

/** The names of each record's fields, in the declared order (for the warnings about unknown ones). */
export const fieldNames = (record: { fields: object }): readonly string[] =>
  Object.keys(record.fields)
