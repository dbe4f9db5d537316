/**
 * The limits, patterns and enumerations of the `events.json` format, which its declaration
 * (`datasetFields.ts`) and the checks that need code share. Free of zod, so the page can check a valid file
 * (`parseDatasetFast`) without loading the schema.
 */

/** Most events one file may hold: more would be unreadable on one timeline and slow to draw. */
export const MAX_EVENTS = 20_000
/** Most precedent cases one file may hold. */
export const MAX_CASES = 100

/** Most eras (named periods drawn as bands) one file may hold. */
export const MAX_ERAS = 100

/** Most notes on the essay's claims one file may hold. */
export const MAX_CLAIM_NOTES = 1000
/** Dates the data marks on the timeline (beside `asOf`): a few, or they stop standing out. */
export const MAX_MARKERS = 20
/** Periods offered as buttons above the timeline: a handful, or they crowd the band's head. */
export const MAX_PERIODS = 8

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
  /** A claim note's quoted phrase. */
  phraseChars: 500,
  /** Text shown instead of the computed date ("Spring 1948"): a few words. */
  displayDateChars: 100,
  /** A free group label (TimelineJS's group). */
  groupChars: 100,
  /** A media item's credit, and its caption or alt text. */
  creditChars: 300,
  captionChars: 1000,
  /** A marked date's label ("Minsk II signed"): a few words. */
  markerLabelChars: 80,
  /** A period button's label ("Cold War guarantees"): a few words. */
  periodLabelChars: 40,
} as const

export const SOURCE_TYPES = ['primary', 'reference', 'news'] as const
export const MILESTONE_KINDS = ['loss', 'guarantee', 'step', 'outcome'] as const

export const EVENT_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/
/** A case id: a lower-case slug like "divided-germany" (no leading, trailing or double hyphen). */
export const CASE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const ORGANIZATION_PATTERN = /^[A-Z][A-Z0-9]{1,9}$/
export const COUNTRY_PATTERN = /^[A-Z]{2}$/
/**
 * `"1953"`, `"1948-06"`, `"2025-08-18"`, `"2025-08-15T11:00"` or `"2025-08-15T11:00:30+02:00"`: the length is the
 * precision.
 */
export const DATE_PATTERN =
  /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/
/** A passage id as `essay.md` numbers its paragraphs: `p-1`, `p-12`. */
export const PASSAGE_ID_PATTERN = /^p-[1-9]\d*$/
