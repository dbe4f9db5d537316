import './zodConfig'
import * as z from 'zod/mini'
import { checkCases, type CasesContext } from './checkCases'
import { CASE_ID_PATTERN, MILESTONE_KINDS } from './datasetRules'
import type { PrecedentCase, ValidationResult } from './types'

/**
 * The `cases` list of `events.json` (issue 8's precedent lens): shape by zod, then the zod-free checks of
 * `checkCases.ts` (cross-references against the validated events and `asOf`). Problems name their place as
 * `cases[1].milestones[0].date: …`, like the rest of the dataset's validation. An absent list is no cases; a
 * wrong one is never half-used.
 */

export type { CaseMilestone } from './checkCases'

const nonEmpty = () =>
  z.string().check(z.trim(), z.minLength(1, 'must not be empty'))

export const rawMilestoneSchema = z.strictObject({
  kind: z.enum(MILESTONE_KINDS),
  label: nonEmpty(),
  date: z.string(),
  eventId: z.nullable(z.string()),
})

export const rawCaseSchema = z.strictObject({
  id: z
    .string()
    .check(
      z.regex(
        CASE_ID_PATTERN,
        'must be a lower-case slug like "divided-germany"',
      ),
    ),
  name: nonEmpty(),
  eventIds: z
    .array(z.string())
    .check(z.minLength(1, 'must list at least one event')),
  milestones: z
    .array(rawMilestoneSchema)
    .check(z.minLength(1, 'must list at least one milestone')),
  /** Null: no guarantee has been given yet (aligned at `asOf`, an open question). */
  guarantee: z.nullable(
    z
      .string()
      .check(
        z.describe(
          'The date the lens aligns on; null when no guarantee has been given (aligned at asOf)',
        ),
      ),
  ),
  resolved: z.nullable(z.string()),
})

/** The raw shape, as written in `events.json`; its output is `RawCase[]` (a test holds the types equal). */
export const rawCasesSchema = z.array(rawCaseSchema)

/** `cases[1].milestones[0].date` from a zod issue path. */
function pathText(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`,
    prefix,
  )
}

/**
 * Validate the raw `cases` value (`undefined` = none) against the dataset's events and `asOf`. Every problem
 * is reported, with its path under `prefix` (default `cases`); cases come back with DatePoints and their
 * milestones in time order. Never throws.
 */
export function parseCases(
  raw: unknown,
  ctx: CasesContext,
  prefix = 'cases',
): ValidationResult<readonly PrecedentCase[]> {
  if (raw === undefined) return { ok: true, value: [], warnings: [] }
  const shape = rawCasesSchema.safeParse(raw)
  if (!shape.success) {
    const problems = shape.error.issues.map((issue) => ({
      path: pathText(prefix, issue.path),
      message: issue.message,
    }))
    return { ok: false, problems, warnings: [] }
  }
  return checkCases(shape.data, ctx, prefix)
}
