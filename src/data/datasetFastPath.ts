import { parseValidCases } from './casesFastPath'
import {
  COUNTRY_PATTERN,
  DAY_PATTERN,
  EVENT_ID_PATTERN,
  LIMITS,
  MAX_EVENTS,
  ORGANIZATION_PATTERN,
  SOURCE_TYPES,
} from './datasetRules'
import type { RawDataset, RawEvent } from './datasetSchema'
import { dateProblem } from './dates'
import { checkHttpsUrl, isPlainHttpsUrl, MAX_URL_CHARS } from './httpsUrl'
import { isKnownCountryCode } from './names'
import { isRecord } from './problems'
import { EVENT_KINDS } from './types'

/**
 * The happy path of `datasetSchema`, without zod: a valid `events.json` parsed to exactly what the schema
 * would give (texts trimmed, unknown fields left out), in a plain loop that is several times faster over
 * thousands of events, and without loading zod at all (only the schema's types are imported). Anything the
 * schema would refuse gives null, and `parseDataset` then runs the schema for its messages. A property test
 * holds the two to the same answers.
 */

type RawSource = RawEvent['sources'][number]

const KINDS: ReadonlySet<unknown> = new Set(EVENT_KINDS)
const TYPES: ReadonlySet<unknown> = new Set(SOURCE_TYPES)

/** Trimmed non-empty text of at most `max` characters, or null. */
function text(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return null
  const trimmed = value.trim()
  return trimmed.length >= 1 && trimmed.length <= max ? trimmed : null
}

const isDate = (value: unknown): value is string =>
  typeof value === 'string' && dateProblem(value) === null

const date = (value: unknown): string | null => (isDate(value) ? value : null)

const longText = (value: unknown): string | null =>
  text(value, LIMITS.textChars)

/** `undefined` (absent) or `null` as themselves, anything else through `parse`; FAIL when that fails. */
const FAIL = Symbol('fail')
function optional<T>(
  value: unknown,
  parse: (value: unknown) => T | null,
  allowNull: boolean,
): T | null | undefined | typeof FAIL {
  if (value === undefined) return undefined
  if (value === null) return allowNull ? null : FAIL
  return parse(value) ?? FAIL
}

const dateLabel = (value: unknown): string | null =>
  text(value, LIMITS.dateLabelChars)

const boolean = (value: unknown): boolean | null =>
  typeof value === 'boolean' ? value : null

function countries(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null
  if (value.length < 1 || value.length > LIMITS.countries) return null
  for (const code of value as unknown[])
    if (
      typeof code !== 'string' ||
      !COUNTRY_PATTERN.test(code) ||
      !isKnownCountryCode(code)
    )
      return null
  return [...(value as string[])]
}

function organizations(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length > LIMITS.organizations) return null
  for (const code of value as unknown[])
    if (typeof code !== 'string' || !ORGANIZATION_PATTERN.test(code))
      return null
  return [...(value as string[])]
}

function source(value: unknown): RawSource | null {
  if (!isRecord(value)) return null
  const title = text(value.title, LIMITS.sourceTitleChars)
  const publisher = text(value.publisher, LIMITS.publisherChars)
  const { url, type } = value
  if (title === null || publisher === null || !TYPES.has(type)) return null
  if (typeof url !== 'string' || url.length > MAX_URL_CHARS) return null
  if (!url.startsWith('https://')) return null
  if (!isPlainHttpsUrl(url) && !checkHttpsUrl(url).ok) return null
  const parsed: RawSource = {
    title,
    publisher,
    url,
    type: type as RawSource['type'],
  }
  if (value.date !== undefined) {
    if (!isDate(value.date)) return null
    parsed.date = value.date
  }
  return parsed
}

function sources(value: unknown): RawSource[] | null {
  if (!Array.isArray(value)) return null
  if (value.length < 1 || value.length > LIMITS.sources) return null
  const out: RawSource[] = []
  for (const item of value as unknown[]) {
    const parsed = source(item)
    if (!parsed) return null
    out.push(parsed)
  }
  return out
}

/** One event as `eventSchema` parses it, or null when the schema would report a problem. */
export function parseValidEvent(value: unknown): RawEvent | null {
  if (!isRecord(value)) return null
  const { id, kind, start } = value
  if (typeof id !== 'string' || id.length > LIMITS.idChars) return null
  if (!EVENT_ID_PATTERN.test(id) || !KINDS.has(kind) || !isDate(start))
    return null
  const title = text(value.title, LIMITS.titleChars)
  const summary = text(value.summary, LIMITS.textChars)
  const parsedCountries = countries(value.countries)
  const parsedSources = sources(value.sources)
  if (!title || !summary || !parsedCountries || !parsedSources) return null
  const end = optional(value.end, date, true)
  const ongoing = optional(value.ongoing, boolean, false)
  const orgs = optional(value.organizations, organizations, false)
  const note = optional(value.note, longText, true)
  const startLabel = optional(value.startLabel, dateLabel, false)
  const endLabel = optional(value.endLabel, dateLabel, false)
  const unverified = optional(value.unverifiedSource, boolean, false)
  if (
    end === FAIL ||
    ongoing === FAIL ||
    orgs === FAIL ||
    note === FAIL ||
    startLabel === FAIL ||
    endLabel === FAIL ||
    unverified === FAIL
  )
    return null
  const event: RawEvent = {
    id,
    title,
    kind: kind as RawEvent['kind'],
    start,
    countries: parsedCountries,
    summary,
    sources: parsedSources,
  }
  // Optional fields only when given, as the schema leaves them.
  if (end !== undefined) event.end = end
  if (startLabel !== undefined && startLabel !== null)
    event.startLabel = startLabel
  if (endLabel !== undefined && endLabel !== null) event.endLabel = endLabel
  if (ongoing !== undefined && ongoing !== null) event.ongoing = ongoing
  if (orgs !== undefined && orgs !== null) event.organizations = orgs
  if (note !== undefined) event.note = note
  if (unverified !== undefined && unverified !== null)
    event.unverifiedSource = unverified
  return event
}

/**
 * `events.json` as `datasetSchema` parses it, or null when the schema would report any problem (or the file
 * is not an object). The precedent cases take their own fast path (`casesFastPath.ts`).
 */
export function parseValidDataset(input: unknown): RawDataset | null {
  if (!isRecord(input)) return null
  const { $schema, asOf, events } = input
  const title = text(input.title, LIMITS.titleChars)
  if (title === null || ($schema !== undefined && typeof $schema !== 'string'))
    return null
  if (typeof asOf !== 'string' || !DAY_PATTERN.test(asOf) || !isDate(asOf))
    return null
  if (!Array.isArray(events) || events.length > MAX_EVENTS) return null
  const parsedEvents: RawEvent[] = []
  for (const event of events as unknown[]) {
    const parsed = parseValidEvent(event)
    if (!parsed) return null
    parsedEvents.push(parsed)
  }
  const dataset: RawDataset = { title, asOf, events: parsedEvents }
  if ($schema !== undefined) dataset.$schema = $schema
  if (input.cases !== undefined) {
    const cases = parseValidCases(input.cases)
    if (!cases) return null
    dataset.cases = cases
  }
  return dataset
}
