// First: configures zod before any schema module is evaluated (this module is loaded lazily, see loadContent).
import '../zodConfig'
import * as z from 'zod/mini'
import { crossFieldProblems, unknownFieldWarnings } from './datasetChecks'
import { parseValidDataset, parseValidEvent } from './datasetFastPath'
import { MAX_EVENTS } from './datasetRules'
import type { RawDataset, RawEvent } from './datasetFields'
import { datasetSchema, eventSchema } from './datasetSchema'
import {
  cachedParseDate,
  convertDataset,
  type DatasetOptions,
  type ParsedDataset,
} from './parseDatasetFast'
import {
  capProblems,
  isRecord,
  jsonPath,
  MAX_COLLECTED_PROBLEMS,
  plural,
  quote,
  toText,
} from '../problems'
import type { Problem, ValidationResult } from '../types'

export type { DatasetOptions, ParsedDataset } from './parseDatasetFast'

/**
 * Validate parsed `events.json` (any JSON value) and convert it. Every problem names where it is
 * (`events[12].start: "1953-13-01" is not a date (month 13 does not exist)`). Never throws.
 */
export function parseDataset(
  input: unknown,
  options: DatasetOptions = {},
): ValidationResult<ParsedDataset> {
  try {
    const tooMany = tooManyEvents(input)
    if (tooMany) return { ok: false, problems: [tooMany], warnings: [] }
    const shape = checkShape(input)
    const parse = cachedParseDate()
    const problems = shape.problems.concat(crossFieldProblems(input, parse))
    const warnings = unknownFieldWarnings(input)
    if (!shape.data || problems.length > 0)
      return {
        ok: false,
        problems: capProblems(inFileOrder(problems), undefined, 'events.json'),
        warnings: capProblems(warnings, undefined, 'events.json'),
      }
    const converted = convertDataset(shape.data, parse, options)
    return { ...converted, warnings: [...warnings, ...converted.warnings] }
  } catch (error) {
    // A bug of ours, not of the file; still report it rather than crash the page.
    return {
      ok: false,
      problems: [
        {
          path: 'events.json',
          message: `could not be validated: ${toText(error)}`,
        },
      ],
      warnings: [],
    }
  }
}

// Typed as declared in `datasetFields.ts`, from which both the schema and the fast path are built.
const eventsSchema = z.array(eventSchema) as unknown as z.ZodMiniType<
  RawEvent[]
>
const topSchema = datasetSchema as unknown as z.ZodMiniType<RawDataset>

/**
 * The schema's answer: the parsed file, or its problems. A valid file takes the fast path (the same answer
 * without zod's per-field machinery). Otherwise each event still takes the fast path, and zod describes only
 * the events it refuses, one at a time: zod gathers a list's issues with `push(...issues)`, which overflows the
 * stack past ~100,000 issues (20,000 invalid events did). Past `MAX_COLLECTED_PROBLEMS` problems the rest of
 * the refused events are counted, not described, so 20,000 broken events cost a bounded amount of work.
 */
function checkShape(input: unknown): {
  data: RawDataset | null
  problems: Problem[]
} {
  const fast = parseValidDataset(input)
  if (fast) return { data: fast, problems: [] }
  const problems = new IssueList()
  if (!isRecord(input) || !Array.isArray(input.events)) {
    const whole = datasetSchema.safeParse(input, { error: describeIssue })
    if (!whole.success) problems.add(whole.error.issues)
    return { data: null, problems: problems.list() }
  }
  const top = topSchema.safeParse(
    { ...input, events: [] },
    { error: describeIssue },
  )
  if (!top.success) problems.add(top.error.issues)
  const events: RawEvent[] = []
  input.events.forEach((event: unknown, i) => {
    const parsed = parseValidEvent(event)
    if (parsed) events.push(parsed)
    else if (problems.isFull()) problems.countEvent()
    else {
      const result = eventsSchema.safeParse([event], { error: describeIssue })
      if (result.success) events.push(...result.data)
      else problems.add(result.error.issues, ['events'], i)
    }
  })
  return top.success && problems.isEmpty()
    ? { data: { ...top.data, events }, problems: [] }
    : { data: null, problems: problems.list() }
}

/** zod issues as problems: the first `MAX_COLLECTED_PROBLEMS` described, then refused events counted. */
class IssueList {
  private readonly problems: Problem[] = []
  private omittedEvents = 0
  /** `path` of each issue is prefixed with `prefix`, its first (list index) key shifted by `offset`. */
  add(
    issues: readonly z.core.$ZodIssue[],
    prefix: readonly PropertyKey[] = [],
    offset = 0,
  ): void {
    for (const issue of issues.slice(
      0,
      MAX_COLLECTED_PROBLEMS - this.problems.length,
    )) {
      const [index, ...rest] = issue.path
      const path =
        prefix.length === 0
          ? issue.path
          : [
              ...prefix,
              typeof index === 'number' ? index + offset : index,
              ...rest,
            ]
      this.problems.push({
        path: jsonPath(path.filter((k) => k !== undefined)),
        message: issue.message,
      })
    }
  }
  isFull(): boolean {
    return this.problems.length >= MAX_COLLECTED_PROBLEMS
  }
  countEvent(): void {
    this.omittedEvents++
  }
  isEmpty(): boolean {
    return this.problems.length === 0 && this.omittedEvents === 0
  }
  list(): Problem[] {
    if (this.omittedEvents === 0) return this.problems
    return [
      ...this.problems,
      {
        path: 'events',
        message: `${plural(this.omittedEvents, 'more event')} with problems, not described (the first ${MAX_COLLECTED_PROBLEMS.toLocaleString('en-US')} problems are)`,
        omitted: this.omittedEvents,
      },
    ]
  }
}

/** Checked before parsing, so that a huge file is refused at once instead of validated for seconds. */
function tooManyEvents(input: unknown): Problem | null {
  if (!isRecord(input) || !Array.isArray(input.events)) return null
  if (input.events.length <= MAX_EVENTS) return null
  return {
    path: 'events',
    message: `has ${plural(input.events.length, 'event')}; the limit is ${MAX_EVENTS.toLocaleString('en-US')}`,
  }
}

const SECTION_RANK: Readonly<Record<string, number>> = {
  events: 1,
  cases: 2,
  claimNotes: 3,
  eras: 4,
}

/** Problems of the same record together, records in file order (stable, so each record keeps its order). */
function inFileOrder(problems: readonly Problem[]): Problem[] {
  const key = (path: string): [number, number] => {
    const match = /^(events|cases|claimNotes)\[(\d+)\]/.exec(path)
    if (!match) return [SECTION_RANK[/^\w+/.exec(path)?.[0] ?? ''] ?? 0, -1]
    return [SECTION_RANK[match[1] ?? ''] ?? 0, Number(match[2])]
  }
  return problems
    .map((problem) => ({ problem, key: key(problem.path) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1])
    .map(({ problem }) => problem)
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
}

/** A JSON value described for a message: `text "abc"`, `the number 12`, `a list`. */
function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return `text ${quote(value)}`
  if (typeof value === 'number' || typeof value === 'boolean')
    return `${typeof value === 'number' ? 'the number ' : ''}${String(value)}`
  return TYPE_NAMES[typeof value] ?? typeof value
}

/** zod's issues in the words of someone editing the file (checks with their own message keep it). */
function describeIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected
      return issue.input === undefined
        ? `is missing (expected ${expected})`
        : `expected ${expected}, got ${describeValue(issue.input)}`
    }
    case 'too_small':
      if (issue.origin === 'string') return 'is empty'
      return `needs at least ${plural(Number(issue.minimum), 'item')}`
    case 'too_big': {
      const size = Array.isArray(issue.input)
        ? issue.input.length
        : toText(issue.input).length
      return issue.origin === 'string'
        ? `is too long (${plural(size, 'character')}; the limit is ${Number(issue.maximum)})`
        : `has ${plural(size, 'item')}; the limit is ${Number(issue.maximum)}`
    }
    case 'invalid_value': {
      const values = issue.values.map(String).join(', ')
      return issue.input === undefined
        ? `is missing (expected one of: ${values})`
        : `${quote(issue.input)} is not one of: ${values}`
    }
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} the format does not have: ${issue.keys.map(quote).join(', ')}`
    default:
      return issue.message ?? 'is not valid'
  }
}
