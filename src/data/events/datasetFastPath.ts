import { checkCorrectionsAddress } from './correctionsAddress'
import {
  datasetFields,
  eventFields,
  type RawDataset,
  type RawEvent,
} from './datasetFields'
import {
  CASE_ID_PATTERN,
  COUNTRY_PATTERN,
  DAY_PATTERN,
  EVENT_ID_PATTERN,
  LIMITS,
  ORGANIZATION_PATTERN,
  PASSAGE_ID_PATTERN,
} from './datasetRules'
import { dateProblem } from '../dates'
import type { CheckedKind, FieldKind } from './fieldKinds'
import { checkHttpsUrl, isPlainHttpsUrl, MAX_URL_CHARS } from '../httpsUrl'
import { isKnownCountryCode } from '../names'
import { isRecord } from '../problems'

/**
 * The happy path of `datasetSchema`, without zod, built from the same declaration (`datasetFields.ts`): a
 * valid `events.json` parsed to exactly what the schema would give (texts trimmed, unknown fields left out),
 * in plain closures that are several times faster over thousands of events, and without loading zod at all.
 * Anything the schema would refuse gives null, and `parseDataset` then runs the schema for its messages. A
 * property test holds the two to the same answers.
 */

const FAIL = Symbol('refused')
/** The checked value, or FAIL. */
type Check = (value: unknown) => unknown

const isString = (value: unknown): value is string => typeof value === 'string'

const CORRECTIONS_SCHEME = /^(?:https:\/\/|mailto:)/i

/** What the zod schema accepts for the kinds with checks of their own (`datasetSchema.ts`'s CHECKED). */
const ACCEPTS: Readonly<Record<CheckedKind, (value: string) => boolean>> = {
  id: (id) => id.length <= LIMITS.idChars && EVENT_ID_PATTERN.test(id),
  passage: (id) => PASSAGE_ID_PATTERN.test(id),
  organization: (code) => ORGANIZATION_PATTERN.test(code),
  caseId: (id) => CASE_ID_PATTERN.test(id),
  date: (value) => dateProblem(value) === null,
  day: (value) => DAY_PATTERN.test(value) && dateProblem(value) === null,
  country: (code) => COUNTRY_PATTERN.test(code) && isKnownCountryCode(code),
  url: (url) =>
    url.length <= MAX_URL_CHARS &&
    url.startsWith('https://') &&
    (isPlainHttpsUrl(url) || checkHttpsUrl(url).ok),
  mediaUrl: (url) =>
    url.length <= MAX_URL_CHARS &&
    checkHttpsUrl(url, { protocolRelative: true }).ok,
  corrections: (address) =>
    address.length <= MAX_URL_CHARS &&
    CORRECTIONS_SCHEME.test(address) &&
    checkCorrectionsAddress(address).ok,
}

const within = (length: number, min = 0, max = Infinity) =>
  length >= min && length <= max

/** The zod-free check of one declared field. */
function compile(field: FieldKind): Check {
  switch (field.kind) {
    case 'text': {
      const { max } = field
      return (value) => {
        if (!isString(value)) return FAIL
        const trimmed = value.trim()
        return within(trimmed.length, 1, max) ? trimmed : FAIL
      }
    }
    case 'string':
      return (value) => (isString(value) ? value : FAIL)
    case 'enum': {
      const values: ReadonlySet<unknown> = new Set(field.values)
      return (value) => (values.has(value) ? value : FAIL)
    }
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? value : FAIL)
    case 'array':
      return compileArray(compile(field.of), field.min, field.max)
    case 'object':
      return compileObject(field.fields, field.strict ?? false)
    case 'optional': {
      const inner = compile(field.of)
      return (value) => (value === undefined ? undefined : inner(value))
    }
    case 'nullable': {
      const inner = compile(field.of)
      return (value) => (value === null ? null : inner(value))
    }
    default: {
      const accepts = ACCEPTS[field.kind]
      return (value) => (isString(value) && accepts(value) ? value : FAIL)
    }
  }
}

function compileArray(item: Check, min?: number, max?: number): Check {
  return (value) => {
    if (!Array.isArray(value) || !within(value.length, min, max)) return FAIL
    const out: unknown[] = []
    for (let i = 0; i < value.length; i++) {
      const checked = item(value[i])
      if (checked === FAIL) return FAIL
      out.push(checked)
    }
    return out
  }
}

function compileObject(
  fields: Readonly<Record<string, FieldKind>>,
  strict: boolean,
): Check {
  // Parallel arrays and an index loop: this runs for every event of a large file.
  const names = Object.keys(fields)
  const checks = names.map((name) => compile(fields[name]!))
  const optional = names.map((name) => fields[name]!.kind === 'optional')
  const known: ReadonlySet<string> = new Set(names)
  return (value) => {
    if (!isRecord(value)) return FAIL
    if (strict && Object.keys(value).some((key) => !known.has(key))) return FAIL
    const out: Record<string, unknown> = {}
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!
      const given = value[name]
      // An absent optional field stays absent, as the schema leaves it.
      if (given === undefined && optional[i]) continue
      const checked = checks[i]!(given)
      if (checked === FAIL) return FAIL
      out[name] = checked
    }
    return out
  }
}

/**
 * A field's value as the schema parses it, or null when the schema would report any problem. `T` is the
 * field's `ValueOf`, named by the caller (inferring it here is too deep for the compiler).
 */
export function fastCheck<T>(field: FieldKind): (value: unknown) => T | null {
  const check = compile(field)
  return (value) => {
    const checked = check(value)
    return checked === FAIL ? null : (checked as T)
  }
}

/** One event as `eventSchema` parses it, or null when the schema would report a problem. */
export const parseValidEvent = fastCheck<RawEvent>(eventFields)

/** `events.json` as `datasetSchema` parses it, or null when the schema would report any problem. */
export const parseValidDataset = fastCheck<RawDataset>(datasetFields)
