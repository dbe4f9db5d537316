import '../zodConfig'
import * as z from 'zod/mini'
import { datasetSchema } from '../events/datasetSchema'
import { ESSAY_LIMITS } from '../essay/markdownLimits'
import { isRecord } from '../problems'
import type { Dataset, ValidationResult } from '../types'
import { parseJson } from '../assembleContent'
import { validateContent } from '../validateContent'

/**
 * A bundle is one JSON file holding both halves of the content: the fields of `events.json` plus `essay`,
 * the essay's Markdown as a string. It is what "Open…" takes as a single file and what the TimelineJS import
 * offers for download. It validates through `validateContent`, exactly like the pair of files.
 */

/** The bundle's schema: `events.json`'s, plus the essay text (for `npm run schema`). */
export const bundleSchema = z.extend(datasetSchema, {
  essay: z
    .string()
    .check(
      z.maxLength(ESSAY_LIMITS.maxChars),
      z.describe(
        'The essay as Markdown: "# Title", paragraphs, and [anchor](event:<id>) citations',
      ),
    ),
})

/** True when a parsed JSON value looks like a bundle (an object with an `essay` string), not `events.json`. */
export function isBundle(value: unknown): boolean {
  return isRecord(value) && typeof value.essay === 'string'
}

/**
 * Validate a bundle's text. Problems name their place as in the pair (`events[3].start`, `essay.md
 * paragraph 7`), after `bundle.json` for the file itself. Never throws.
 */
export function validateBundle(
  text: string,
  fileName = 'bundle.json',
): ValidationResult<Dataset> {
  const json = parseJson(text, fileName)
  if (!json.ok) return { ok: false, problems: [json.problem], warnings: [] }
  const value = json.value
  if (!isRecord(value))
    return {
      ok: false,
      problems: [
        {
          path: fileName,
          message:
            'expected an object with "title", "asOf", "events" and "essay"',
        },
      ],
      warnings: [],
    }
  const { essay, ...eventsFile } = value
  if (typeof essay !== 'string')
    return {
      ok: false,
      problems: [
        {
          path: 'essay',
          message:
            essay === undefined
              ? 'is missing (expected the essay’s Markdown as text)'
              : 'expected the essay’s Markdown as text',
        },
      ],
      warnings: [],
    }
  return validateContent(JSON.stringify(eventsFile), essay)
}

/** A bundle's text from the parts of `events.json` and the essay, pretty-printed for people to edit. */
export function makeBundle(
  eventsFile: Readonly<Record<string, unknown>>,
  essay: string,
): string {
  return `${JSON.stringify({ ...eventsFile, essay }, null, 2)}\n`
}
