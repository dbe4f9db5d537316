import {
  CASE_ID_PATTERN,
  FIELDS,
  MAX_CASES,
  MILESTONE_KINDS,
  type RawCase,
  type RawMilestone,
} from './datasetRules'
import { isRecord } from './problems'

/**
 * The happy path of the `cases` schema (`parseCases.ts`, with `datasetSchema`'s MAX_CASES), without zod: the
 * list parsed to exactly what the schema gives (names and labels trimmed), or null when the schema would
 * report any problem. Cases and milestones are strict objects, so a field they do not have refuses the list.
 * A property test holds the two to the same answers.
 */

const KINDS: ReadonlySet<unknown> = new Set(MILESTONE_KINDS)
const CASE_FIELDS: ReadonlySet<string> = new Set(FIELDS.case)
const MILESTONE_FIELDS: ReadonlySet<string> = new Set(FIELDS.milestone)

/** `value` as a record with only `known` fields, or null. */
function strict(
  value: unknown,
  known: ReadonlySet<string>,
): Record<string, unknown> | null {
  if (!isRecord(value)) return null
  for (const key of Object.keys(value)) if (!known.has(key)) return null
  return value
}

/** Trimmed non-empty text, or null. */
function nonEmpty(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const trimmed = value.trim()
  return trimmed.length > 0 ? trimmed : null
}

const isNullableString = (value: unknown): value is string | null =>
  value === null || typeof value === 'string'

function milestone(value: unknown): RawMilestone | null {
  const record = strict(value, MILESTONE_FIELDS)
  if (!record) return null
  const { kind, date, eventId } = record
  const label = nonEmpty(record.label)
  if (!KINDS.has(kind) || label === null || typeof date !== 'string')
    return null
  if (!isNullableString(eventId)) return null
  return { kind: kind as RawMilestone['kind'], label, date, eventId }
}

function strings(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length < 1) return null
  for (const item of value as unknown[])
    if (typeof item !== 'string') return null
  return [...(value as string[])]
}

function parseValidCase(value: unknown): RawCase | null {
  const record = strict(value, CASE_FIELDS)
  if (!record) return null
  const { id, guarantee, resolved } = record
  if (typeof id !== 'string' || !CASE_ID_PATTERN.test(id)) return null
  const name = nonEmpty(record.name)
  const eventIds = strings(record.eventIds)
  if (name === null || eventIds === null) return null
  if (!isNullableString(guarantee) || !isNullableString(resolved)) return null
  if (!Array.isArray(record.milestones) || record.milestones.length < 1)
    return null
  const milestones: RawMilestone[] = []
  for (const item of record.milestones as unknown[]) {
    const parsed = milestone(item)
    if (!parsed) return null
    milestones.push(parsed)
  }
  return { id, name, eventIds, milestones, guarantee, resolved }
}

/** The `cases` list as the schema parses it, or null when it would report any problem. */
export function parseValidCases(value: unknown): RawCase[] | null {
  if (!Array.isArray(value) || value.length > MAX_CASES) return null
  const cases: RawCase[] = []
  for (const item of value as unknown[]) {
    const parsed = parseValidCase(item)
    if (!parsed) return null
    cases.push(parsed)
  }
  return cases
}
