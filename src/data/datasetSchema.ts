import './zodConfig'
import * as z from 'zod/mini'
import {
  COUNTRY_PATTERN,
  DATE_PATTERN,
  DAY_PATTERN,
  EVENT_ID_PATTERN,
  LIMITS,
  MAX_CASES,
  MAX_CLAIM_NOTES,
  MAX_EVENTS,
  ORGANIZATION_PATTERN,
  PASSAGE_ID_PATTERN,
  SOURCE_TYPES,
} from './datasetRules'
import { checkCorrectionsAddress } from './correctionsAddress'
import { dateProblem } from './dates'
import { checkHttpsUrl, isPlainHttpsUrl, MAX_URL_CHARS } from './httpsUrl'
import { isKnownCountryCode } from './names'
import { rawCasesSchema } from './parseCases'
import { quote, toText } from './problems'
import { EVENT_KINDS } from './types'

/**
 * The one schema of `events.json` (zod/mini). `parseDataset` validates with it; `npm run schema` publishes it
 * as JSON Schema (`z.toJSONSchema(datasetSchema, { io: 'input' })`): patterns and limits carry over, while the
 * checks that need code (real calendar dates, known country codes, https URLs) run here and are described in
 * `description`s. Messages are written for the people who edit the file. Limits, patterns and field names
 * come from `datasetRules.ts`, which `datasetFastPath.ts` shares to accept the same files without zod.
 */

/** Trimmed, non-empty text of at most `max` characters (shown as text, never as HTML). */
const text = (max: number) =>
  z.string().check(z.trim(), z.minLength(1), z.maxLength(max))

const id = z.string().check(
  z.maxLength(LIMITS.idChars),
  z.regex(EVENT_ID_PATTERN, {
    error: (issue) =>
      `${quote(issue.input)} is not an id (lower-case letters, digits and hyphens)`,
  }),
)

/** Why `value` is not a real date, for zod's custom check. */
function calendarCheck(ctx: z.core.ParsePayload<string>): void {
  const problem = dateProblem(ctx.value)
  if (problem)
    ctx.issues.push({ code: 'custom', message: problem, input: ctx.value })
}

const isoDate = z.string().check(
  z.regex(DATE_PATTERN, {
    error: (issue) => dateProblem(toText(issue.input)) ?? 'is not a date',
    abort: true,
  }),
  z.check(calendarCheck),
  z.describe('A real calendar date: YYYY, YYYY-MM or YYYY-MM-DD'),
)

const isoDay = z.string().check(
  z.regex(DAY_PATTERN, {
    error: (issue) =>
      `${quote(issue.input)} is not a day (expected YYYY-MM-DD)`,
    abort: true,
  }),
  z.check(calendarCheck),
  z.describe('A real calendar day: YYYY-MM-DD'),
)

const countryMessage = (code: unknown) =>
  `${quote(code)} is not a known country code (ISO 3166-1 alpha-2, or SU, DD, XK)`

const countryCode = z.string().check(
  z.regex(COUNTRY_PATTERN, {
    error: (issue) => countryMessage(issue.input),
    abort: true,
  }),
  z.check<string>((ctx) => {
    if (!isKnownCountryCode(ctx.value))
      ctx.issues.push({
        code: 'custom',
        message: countryMessage(ctx.value),
        input: ctx.value,
      })
  }),
  z.describe(
    'ISO 3166-1 alpha-2 code, or SU (USSR), DD (East Germany), XK (Kosovo)',
  ),
)

const httpsUrl = z.string().check(
  z.maxLength(MAX_URL_CHARS, { abort: true }),
  z.regex(/^https:\/\//, {
    error: (issue) => {
      const check = checkHttpsUrl(issue.input)
      return check.ok
        ? `${quote(issue.input)} must start with "https://"`
        : check.problem
    },
    abort: true,
  }),
  z.check<string>((ctx) => {
    if (isPlainHttpsUrl(ctx.value)) return
    const check = checkHttpsUrl(ctx.value)
    if (!check.ok)
      ctx.issues.push({
        code: 'custom',
        message: check.problem,
        input: ctx.value,
      })
  }),
  z.describe('An absolute https URL'),
)

export const sourceSchema = z.object({
  title: text(LIMITS.sourceTitleChars),
  publisher: text(LIMITS.publisherChars),
  url: httpsUrl,
  type: z.enum(SOURCE_TYPES),
  /** When the source was published (or last updated), where known; the asOf check reads it. */
  date: z.optional(
    isoDate.check(
      z.describe(
        'When the source was published, where known: YYYY, YYYY-MM or YYYY-MM-DD. After asOf, only a sentence marked "Later" may rely on it',
      ),
    ),
  ),
})

/** What a span's start or end date is ("signed", "in force"), shown beside the date. */
const dateLabel = z.optional(
  text(LIMITS.dateLabelChars).check(
    z.describe(
      'What this end of the span is ("signed", "in force"), shown beside the date; endLabel needs an end',
    ),
  ),
)

/** An event's or a claim note's sources: one schema, so a rule added to sources applies to both. */
const sourcesSchema = z
  .array(sourceSchema)
  .check(z.minLength(1), z.maxLength(LIMITS.sources))

export const eventSchema = z.object({
  id,
  title: text(LIMITS.titleChars),
  kind: z.enum(EVENT_KINDS),
  start: isoDate,
  end: z.optional(z.nullable(isoDate)),
  startLabel: dateLabel,
  endLabel: dateLabel,
  ongoing: z.optional(z.boolean()),
  countries: z
    .array(countryCode)
    .check(z.minLength(1), z.maxLength(LIMITS.countries)),
  organizations: z.optional(
    z
      .array(
        z.string().check(
          z.regex(ORGANIZATION_PATTERN, {
            error: (issue) =>
              `${quote(issue.input)} is not an organisation code (like NATO, EU, G7)`,
          }),
        ),
      )
      .check(z.maxLength(LIMITS.organizations)),
  ),
  summary: text(LIMITS.textChars),
  note: z.optional(z.nullable(text(LIMITS.textChars))),
  sources: sourcesSchema,
  unverifiedSource: z.optional(z.boolean()),
})

/**
 * A note on one of the essay's claims ("on the record"): the passage, the exact phrase it qualifies, what the
 * record shows, and its sources. That the passage exists and holds the phrase is checked against the essay
 * (`claimNotes.ts`).
 */
export const claimNoteSchema = z.object({
  id,
  passage: z.string().check(
    z.regex(PASSAGE_ID_PATTERN, {
      error: (issue) =>
        `${quote(issue.input)} is not a passage id (like "p-12")`,
    }),
    z.describe('The passage the phrase is in: "p-1", "p-2"… in essay order'),
  ),
  phrase: z
    .string()
    .check(
      z.trim(),
      z.minLength(1),
      z.maxLength(LIMITS.phraseChars),
      z.describe('Words of that passage exactly as the essay has them'),
    ),
  note: text(LIMITS.textChars),
  sources: sourcesSchema,
})

/** Where readers report an error: an https page or a mailto: address. */
const correctionsAddress = z.string().check(
  z.maxLength(MAX_URL_CHARS),
  z.regex(/^(?:https:\/\/|mailto:)/i, {
    error: (issue) => {
      const check = checkCorrectionsAddress(issue.input)
      return check.ok ? 'is not valid' : check.problem
    },
    abort: true,
  }),
  z.check<string>((ctx) => {
    const check = checkCorrectionsAddress(ctx.value)
    if (!check.ok)
      ctx.issues.push({
        code: 'custom',
        message: check.problem,
        input: ctx.value,
      })
  }),
  z.describe(
    'Where readers report an error: an https:// page or a mailto: address',
  ),
)

export const datasetSchema = z.object({
  $schema: z.optional(z.string()),
  title: text(LIMITS.titleChars),
  asOf: isoDay,
  events: z.array(eventSchema).check(z.maxLength(MAX_EVENTS)),
  /** Precedent cases of the aligned lens; their cross-references are checked by `parseCases`. */
  cases: z.optional(rawCasesSchema.check(z.maxLength(MAX_CASES))),
  /** Notes on the essay's claims; their passages and phrases are checked against the essay. */
  claimNotes: z.optional(
    z.array(claimNoteSchema).check(z.maxLength(MAX_CLAIM_NOTES)),
  ),
  corrections: z.optional(correctionsAddress),
})

export type RawDataset = z.infer<typeof datasetSchema>
export type RawEvent = z.infer<typeof eventSchema>
export type RawClaimNote = z.infer<typeof claimNoteSchema>
