import type { Problem } from './types'

/**
 * Helpers for validation messages. Messages quote user input, which may be huge, contain control characters
 * or bidirectional overrides that would scramble the line they sit in: `quote` makes any value safe and short.
 */

/** Longest quoted value, in characters, before it is cut with "…". */
export const MAX_QUOTED_CHARS = 60

/** At most this many problems are listed; the rest are counted ("…and 312 more"). */
export const MAX_LISTED_PROBLEMS = 200

// C0/C1 controls, bidi embeddings/overrides/isolates and marks, line/paragraph separators, BOM.
const UNSAFE_CHARS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point: they get escaped
  /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g

/** Anything `quote` escapes (the same characters as UNSAFE_CHARS, plus quotes and backslashes); not global. */
const NEEDS_ESCAPE =
  // eslint-disable-next-line no-control-regex -- as UNSAFE_CHARS
  /["\\\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/

/** A value in double quotes for a message: cut to `max` characters, invisible and bidi characters escaped. */
export function quote(value: unknown, max = MAX_QUOTED_CHARS): string {
  const text = toText(value)
  // Short plain text (most ids and dates) as it is: no cutting or escaping to do.
  if (text.length <= max && !NEEDS_ESCAPE.test(text)) return `"${text}"`
  const chars = Array.from(
    text.length > max * 4 ? text.slice(0, max * 4) : text,
  )
  const cut = chars.length > max ? `${chars.slice(0, max).join('')}…` : text
  const escaped = cut
    .replace(/["\\]/g, '\\$&')
    .replace(
      UNSAFE_CHARS,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    )
  return `"${escaped}"`
}

/** Any value as text, for a message; total: objects whose `toString` throws or is missing still give text. */
export function toText(value: unknown): string {
  if (typeof value === 'string') return value
  try {
    return String(value)
  } catch {
    return `[${typeof value}]`
  }
}

/** `["events", 12, "start"]` -> `events[12].start`; odd keys are quoted: `events[0]["a b"]`. */
export function jsonPath(
  segments: readonly PropertyKey[],
  root = 'events.json',
): string {
  let path = ''
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment))
      path += path === '' ? segment : `.${segment}`
    else path += `[${quote(String(segment))}]`
  }
  return path === '' ? root : path
}

/** "1 problem", "3 problems", "1,204 events". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`
}

/** A problem as one line: `events[12].start: "1953-13-01" is not a date`. */
export function formatProblem(problem: Problem): string {
  return problem.path === ''
    ? problem.message
    : `${problem.path}: ${problem.message}`
}

/** Most problems a validator collects; past it, it counts (see `capProblems`). */
export const MAX_COLLECTED_PROBLEMS = 1000

/**
 * The first `max` problems, then one line saying how many more were left out, so that a file with 20,000
 * broken records gives a bounded list. A line that already counts omitted problems (`omitted`) is kept last.
 */
export function capProblems(
  problems: readonly Problem[],
  max = MAX_COLLECTED_PROBLEMS,
  path = '',
): Problem[] {
  const listed = problems.filter((p) => p.omitted === undefined)
  const counted = problems.filter((p) => p.omitted !== undefined)
  if (listed.length <= max) return [...listed, ...counted]
  const omitted = listed.length - max
  return [
    ...listed.slice(0, max),
    ...counted,
    {
      path,
      message: `${plural(omitted, 'more problem')}, not listed (the first ${max.toLocaleString('en-US')} are)`,
      omitted,
    },
  ]
}

/** How many problems a list stands for: its lines, plus what a capped list's last lines count. */
export function countProblems(problems: readonly Problem[]): number {
  return problems.reduce((n, p) => n + (p.omitted ?? 1), 0)
}

/** "1 problem", "12 problems", or "at least 1,204 problems" when some were counted per record, not described. */
export function describeProblemCount(problems: readonly Problem[]): string {
  const counted = plural(countProblems(problems), 'problem')
  return problems.some((p) => p.omitted !== undefined)
    ? `at least ${counted}`
    : counted
}

/** The first `max` problems to list, and how many more were left out. */
export function summarizeProblems(
  problems: readonly Problem[],
  max = MAX_LISTED_PROBLEMS,
): { shown: readonly Problem[]; hiddenCount: number } {
  const shown = problems.filter((p) => p.omitted === undefined).slice(0, max)
  return { shown, hiddenCount: countProblems(problems) - shown.length }
}

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
