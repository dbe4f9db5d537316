import '../zodConfig'
import * as z from 'zod/mini'
import { checkCases, type CasesContext } from './checkCases'
import { caseFields, type RawCase } from './datasetFields'
import { zodObject } from './datasetSchema'
import type { PrecedentCase, ValidationResult } from '../types'

/**
 * The `cases` list of `events.json` (the aligned lens's precedent cases): shape by zod, then the zod-free checks of
 * `checkCases.ts` (cross-references against the validated events and `asOf`). Problems name their place as
 * `cases[1].milestones[0].date: …`, like the rest of the dataset's validation. An absent list is no cases; a
 * wrong one is never half-used.
 */

export type { CaseMilestone } from './checkCases'

/** The raw shape, as declared in `datasetFields.ts` (without the dataset's limit on how many). */
export const rawCasesSchema = z.array(
  zodObject(caseFields),
) as unknown as z.ZodMiniType<RawCase[]>

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
