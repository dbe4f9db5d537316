import './zodConfig'
import * as z from 'zod/mini'
import {
  COUNTRY_PATTERN,
  DATE_PATTERN,
  DAY_PATTERN,
  EVENT_ID_PATTERN,
  LIMITS,
  MAX_CASES,
  MAX_EVENTS,
  ORGANIZATION_PATTERN,
  SOURCE_TYPES,
} from './datasetRules'
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
  z.maxLength(MAX_URL_CHARS),
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
  sources: z
    .array(sourceSchema)
    .check(z.minLength(1), z.maxLength(LIMITS.sources)),
  unverifiedSource: z.optional(z.boolean()),
})

export const datasetSchema = z.object({
  $schema: z.optional(z.string()),
  title: text(LIMITS.titleChars),
  asOf: isoDay,
  events: z.array(eventSchema).check(z.maxLength(MAX_EVENTS)),
  /** Precedent cases of the aligned lens; their cross-references are checked by `parseCases`. */
  cases: z.optional(rawCasesSchema.check(z.maxLength(MAX_CASES))),
})

export type RawDataset = z.infer<typeof datasetSchema>
export type RawEvent = z.infer<typeof eventSchema>
