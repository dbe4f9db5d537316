import '../zodConfig'
import * as z from 'zod/mini'
import { checkCorrectionsAddress } from './correctionsAddress'
import {
  claimNoteFields,
  datasetFields,
  eventFields,
  sourceFields,
} from './datasetFields'
import {
  CASE_ID_PATTERN,
  COUNTRY_PATTERN,
  DATE_PATTERN,
  DAY_PATTERN,
  EVENT_ID_PATTERN,
  LIMITS,
  ORGANIZATION_PATTERN,
  PASSAGE_ID_PATTERN,
} from './datasetRules'
import { dateProblem } from '../dates'
import type { CheckedKind, FieldKind, Fields } from './fieldKinds'
import { checkHttpsUrl, isPlainHttpsUrl, MAX_URL_CHARS } from '../httpsUrl'
import { isKnownCountryCode } from '../names'
import { quote, toText } from '../problems'

/**
 * The schema of `events.json` in zod/mini, built from its one declaration (`datasetFields.ts`). `parseDataset`
 * validates with it when a file is refused, to say why; `npm run schema` publishes it as JSON Schema
 * (`z.toJSONSchema(datasetSchema, { io: 'input' })`): patterns and limits carry over, while the checks that
 * need code (real calendar dates, known country codes, https URLs) run here and are described in
 * `description`s. Messages are written for the people who edit the file.
 */

/** Why `value` is not a real date, for zod's custom check. */
function calendarCheck(ctx: z.core.ParsePayload<string>): void {
  const problem = dateProblem(ctx.value)
  if (problem)
    ctx.issues.push({ code: 'custom', message: problem, input: ctx.value })
}

/** A custom check that reports `check(value)`'s problem, if any. */
const problemCheck = (
  check: (value: string) => { ok: true } | { ok: false; problem: string },
) =>
  z.check<string>((ctx) => {
    const result = check(ctx.value)
    if (!result.ok)
      ctx.issues.push({
        code: 'custom',
        message: result.problem,
        input: ctx.value,
      })
  })

const countryMessage = (code: unknown) =>
  `${quote(code)} is not a known country code (ISO 3166-1 alpha-2, or SU, DD, XK)`

/** The kinds with checks of their own, each with its messages (and description, where it has one). */
const CHECKED: Readonly<Record<CheckedKind, () => z.ZodMiniString>> = {
  id: () =>
    z.string().check(
      z.maxLength(LIMITS.idChars),
      z.regex(EVENT_ID_PATTERN, {
        error: (issue) =>
          `${quote(issue.input)} is not an id (lower-case letters, digits and hyphens)`,
      }),
    ),
  passage: () =>
    z.string().check(
      z.regex(PASSAGE_ID_PATTERN, {
        error: (issue) =>
          `${quote(issue.input)} is not a passage id (like "p-12")`,
      }),
    ),
  organization: () =>
    z.string().check(
      z.regex(ORGANIZATION_PATTERN, {
        error: (issue) =>
          `${quote(issue.input)} is not an organisation code (like NATO, EU, G7)`,
      }),
    ),
  caseId: () =>
    z.string().check(
      z.regex(CASE_ID_PATTERN, {
        error: 'must be a lower-case slug like "divided-germany"',
      }),
    ),
  date: () =>
    z.string().check(
      z.regex(DATE_PATTERN, {
        error: (issue) => dateProblem(toText(issue.input)) ?? 'is not a date',
        abort: true,
      }),
      z.check(calendarCheck),
      z.describe(
        'A real calendar date, years 1 to 9999: YYYY, YYYY-MM, YYYY-MM-DD, or a time YYYY-MM-DDTHH:MM (optionally :SS) with an optional zone (Z, +02:00)',
      ),
    ),
  day: () =>
    z.string().check(
      z.regex(DAY_PATTERN, {
        error: (issue) =>
          `${quote(issue.input)} is not a day (expected YYYY-MM-DD)`,
        abort: true,
      }),
      z.check(calendarCheck),
      z.describe('A real calendar day: YYYY-MM-DD'),
    ),
  country: () =>
    z.string().check(
      z.regex(COUNTRY_PATTERN, {
        error: (issue) => countryMessage(issue.input),
        abort: true,
      }),
      problemCheck((code) =>
        isKnownCountryCode(code)
          ? { ok: true }
          : { ok: false, problem: countryMessage(code) },
      ),
      z.describe(
        'ISO 3166-1 alpha-2 code, or SU (USSR), DD (East Germany), XK (Kosovo)',
      ),
    ),
  url: () =>
    z.string().check(
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
      problemCheck((url) =>
        isPlainHttpsUrl(url) ? { ok: true } : checkHttpsUrl(url),
      ),
      z.describe('An absolute https URL'),
    ),
  mediaUrl: () =>
    z.string().check(
      z.maxLength(MAX_URL_CHARS, { abort: true }),
      problemCheck((url) => checkHttpsUrl(url, { protocolRelative: true })),
      z.describe(
        'An absolute https URL; a protocol-relative //host/path address is read as https',
      ),
    ),
  /** Where readers report an error: an https page or a mailto: address. */
  corrections: () =>
    z.string().check(
      z.maxLength(MAX_URL_CHARS),
      z.regex(/^(?:https:\/\/|mailto:)/i, {
        error: (issue) => {
          const check = checkCorrectionsAddress(issue.input)
          return check.ok ? 'is not valid' : check.problem
        },
        abort: true,
      }),
      problemCheck(checkCorrectionsAddress),
      z.describe(
        'Where readers report an error: an https:// page or a mailto: address',
      ),
    ),
}

/** `schema` with `checks`, or as it is when there are none. */
function withChecks<T extends z.ZodMiniType>(
  schema: T,
  checks: z.core.$ZodCheck<z.output<T>>[],
): T {
  return checks.length === 0 ? schema : (schema.check(...checks) as T)
}

const described = (description: string | undefined) =>
  description === undefined ? [] : [z.describe(description)]

/** The zod/mini schema of one declared field. */
export function zodSchema(field: FieldKind): z.ZodMiniType {
  switch (field.kind) {
    case 'text':
      return z
        .string()
        .check(
          z.trim(),
          z.minLength(1, field.empty),
          ...(field.max === undefined ? [] : [z.maxLength(field.max)]),
          ...described(field.description),
        )
    case 'string':
      return withChecks(z.string(), described(field.description))
    case 'enum':
      return z.enum(field.values)
    case 'boolean':
      return z.boolean()
    case 'array':
      return withChecks(z.array(zodSchema(field.of)), [
        ...(field.min === undefined
          ? []
          : [z.minLength(field.min, field.minMessage)]),
        ...(field.max === undefined ? [] : [z.maxLength(field.max)]),
      ])
    case 'object':
      return zodObject(field)
    case 'optional':
      return z.optional(zodSchema(field.of))
    case 'nullable':
      return z.nullable(zodSchema(field.of))
    default:
      return withChecks(CHECKED[field.kind](), described(field.description))
  }
}

/** The zod/mini object schema of a declared record (strict ones refuse other fields). */
export function zodObject(record: {
  fields: Fields
  strict?: boolean
}): z.ZodMiniObject {
  const shape = Object.fromEntries(
    Object.entries(record.fields).map(([name, field]) => [
      name,
      zodSchema(field),
    ]),
  )
  return record.strict ? z.strictObject(shape) : z.object(shape)
}

export const sourceSchema = zodObject(sourceFields)
export const eventSchema = zodObject(eventFields)
export const claimNoteSchema = zodObject(claimNoteFields)
export const datasetSchema = zodObject(datasetFields)
