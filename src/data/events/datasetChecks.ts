import {
  claimNoteFields,
  datasetFields,
  eraFields,
  eventFields,
  fieldNames,
  mediaFields,
  sourceFields,
} from './datasetFields'
import { parseDate } from '../dates'
import { isRecord, quote } from '../problems'
import type { DatePoint, Problem } from '../types'

/**
 * Checks across fields and records of `events.json` that a per-field schema cannot express. They read the raw
 * JSON defensively, so that a duplicate id is reported even when another field of the file is also wrong.
 */

const list = (value: unknown): readonly unknown[] =>
  Array.isArray(value) ? value : []

/**
 * Duplicate event and claim-note ids, `end` before `start`, ongoing events with an end, an `endLabel` with no end.
 * (Cases: see `parseCases`.) `parse`
 * may be a memoised `parseDate`.
 */
export function crossFieldProblems(
  input: unknown,
  parse: (iso: string) => DatePoint | null = parseDate,
): Problem[] {
  if (!isRecord(input)) return []
  const problems: Problem[] = duplicateIds(input.claimNotes, 'claimNotes')
  const firstIndex = new Map<string, number>()
  list(input.events).forEach((event, i) => {
    if (!isRecord(event)) return
    const at = `events[${i}]`
    if (typeof event.id === 'string') {
      const first = firstIndex.get(event.id)
      if (first === undefined) firstIndex.set(event.id, i)
      else
        problems.push({
          path: `${at}.id`,
          message: `duplicate id ${quote(event.id)} (first at events[${first}])`,
        })
    }
    const start = typeof event.start === 'string' ? parse(event.start) : null
    const end = typeof event.end === 'string' ? parse(event.end) : null
    if (start && end && end.startMs < start.startMs)
      problems.push({
        path: `${at}.end`,
        message: `${quote(end.iso)} is before the start ${quote(start.iso)}`,
      })
    const hasEnd = event.end !== undefined && event.end !== null
    if (event.endLabel !== undefined && !hasEnd)
      problems.push({
        path: `${at}.endLabel`,
        message:
          'says what the end date is, but the event has no "end": add one or remove "endLabel"',
      })
    if (event.ongoing === true && hasEnd)
      problems.push({
        path: `${at}.ongoing`,
        message: 'an ongoing event has no end: remove "end" or "ongoing"',
      })
  })
  list(input.eras).forEach((era, i) => {
    const problem = endBeforeStart(era, `eras[${i}]`, parse)
    if (problem) problems.push(problem)
  })
  list(input.periods).forEach((period, i) => {
    if (!isRecord(period)) return
    const problem = endBeforeStart(period, `periods[${i}]`, parse)
    if (problem) problems.push(problem)
    const { label, short } = period
    if (
      typeof label === 'string' &&
      typeof short === 'string' &&
      !label.trim().startsWith(short.trim())
    )
      problems.push({
        path: `periods[${i}].short`,
        message: `${quote(short.trim())} is not the start of the label ${quote(label.trim())}: narrow screens show it in the label's place`,
      })
  })
  return problems
}

/** An era's or period's `end` before its `start` (both inclusive days at their precision), or null. */
function endBeforeStart(
  record: unknown,
  at: string,
  parse: (iso: string) => DatePoint | null,
): Problem | null {
  if (!isRecord(record)) return null
  const start = typeof record.start === 'string' ? parse(record.start) : null
  const end = typeof record.end === 'string' ? parse(record.end) : null
  return start && end && end.startMs < start.startMs
    ? {
        path: `${at}.end`,
        message: `${quote(end.iso)} is before the start ${quote(start.iso)}`,
      }
    : null
}

/** `duplicate id` problems for a list of records with ids (claim notes). */
function duplicateIds(value: unknown, name: string): Problem[] {
  const problems: Problem[] = []
  const firstIndex = new Map<string, number>()
  list(value).forEach((item, i) => {
    if (!isRecord(item) || typeof item.id !== 'string') return
    const first = firstIndex.get(item.id)
    if (first === undefined) firstIndex.set(item.id, i)
    else
      problems.push({
        path: `${name}[${i}].id`,
        message: `duplicate id ${quote(item.id)} (first at ${name}[${first}])`,
      })
  })
  return problems
}

const KNOWN_KEYS = {
  root: new Set(fieldNames(datasetFields)),
  event: new Set(fieldNames(eventFields)),
  source: new Set(fieldNames(sourceFields)),
  claimNote: new Set(fieldNames(claimNoteFields)),
  media: new Set(fieldNames(mediaFields)),
  era: new Set(fieldNames(eraFields)),
}

/**
 * Warnings for fields the format does not have (often a typo such as "summery"); they are ignored. Cases are
 * strict objects, so an unknown field there is already a problem.
 */
export function unknownFieldWarnings(input: unknown): Problem[] {
  const warnings: Problem[] = []
  const check = (value: unknown, known: ReadonlySet<string>, at: string) => {
    if (!isRecord(value)) return
    for (const key of Object.keys(value))
      if (!known.has(key))
        warnings.push({
          path: at,
          message: `unknown field ${quote(key)} is ignored`,
        })
  }
  if (!isRecord(input)) return warnings
  check(input, KNOWN_KEYS.root, 'events.json')
  list(input.events).forEach((event, i) => {
    check(event, KNOWN_KEYS.event, `events[${i}]`)
    if (!isRecord(event)) return
    list(event.sources).forEach((source, j) =>
      check(source, KNOWN_KEYS.source, `events[${i}].sources[${j}]`),
    )
    check(event.media, KNOWN_KEYS.media, `events[${i}].media`)
  })
  list(input.eras).forEach((era, i) => check(era, KNOWN_KEYS.era, `eras[${i}]`))
  list(input.claimNotes).forEach((note, i) => {
    check(note, KNOWN_KEYS.claimNote, `claimNotes[${i}]`)
    if (isRecord(note))
      list(note.sources).forEach((source, j) =>
        check(source, KNOWN_KEYS.source, `claimNotes[${i}].sources[${j}]`),
      )
  })
  return warnings
}
