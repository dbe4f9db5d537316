/**
 * The rules of the `events.json` format that both validators share: limits, patterns, enumerations and field
 * names. Free of zod, so the page can check a valid file (`parseDatasetFast`) without loading the schema;
 * `datasetSchema.ts` and `parseCases.ts` build their zod schemas from these, and a test holds the field lists
 * to the schemas' shapes.
 */

/** Most events one file may hold: more would be unreadable on one timeline and slow to draw. */
export const MAX_EVENTS = 20_000
/** Most precedent cases one file may hold. */
export const MAX_CASES = 100

/** Longest texts, in characters, and list sizes, in items. */
export const LIMITS = {
  idChars: 100,
  titleChars: 300,
  textChars: 2000,
  sourceTitleChars: 500,
  publisherChars: 200,
  /** What a span's start or end date is ("signed", "in force"): a few words. */
  dateLabelChars: 60,
  countries: 60,
  organizations: 30,
  sources: 20,
} as const

export const SOURCE_TYPES = ['primary', 'reference', 'news'] as const
export const MILESTONE_KINDS = ['loss', 'guarantee', 'step', 'outcome'] as const

export const EVENT_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/
/** A case id: a lower-case slug like "divided-germany" (no leading, trailing or double hyphen). */
export const CASE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const ORGANIZATION_PATTERN = /^[A-Z][A-Z0-9]{1,9}$/
export const COUNTRY_PATTERN = /^[A-Z]{2}$/
/** `"1953"`, `"1948-06"` or `"2025-08-18"`: the length is the precision. */
export const DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/

/** The fields of each record, in the schemas' order. Events and sources ignore others (with a warning). */
export const FIELDS = {
  root: ['$schema', 'title', 'asOf', 'events', 'cases'],
  event: [
    'id',
    'title',
    'kind',
    'start',
    'end',
    'startLabel',
    'endLabel',
    'ongoing',
    'countries',
    'organizations',
    'summary',
    'note',
    'sources',
    'unverifiedSource',
  ],
  source: ['title', 'publisher', 'url', 'type', 'date'],
  /** Cases and milestones are strict: any other field is a problem. */
  case: ['id', 'name', 'eventIds', 'milestones', 'guarantee', 'resolved'],
  milestone: ['kind', 'label', 'date', 'eventId'],
} as const satisfies Readonly<Record<string, readonly string[]>>

/** A precedent case as written in `events.json`, once its shape is checked (texts trimmed). */
export type RawCase = {
  id: string
  name: string
  eventIds: string[]
  milestones: RawMilestone[]
  /** Null when no guarantee has been given (the lens aligns the case at `asOf`). */
  guarantee: string | null
  resolved: string | null
}

export type RawMilestone = {
  kind: (typeof MILESTONE_KINDS)[number]
  label: string
  date: string
  eventId: string | null
}
