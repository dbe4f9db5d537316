import { buildDataset } from './buildDataset'
import { crossReference } from './crossReference'
import { parseDataset } from './parseDataset'
import { parseEssay } from './parseEssay'
import { toText } from './problems'
import type { Dataset, Problem, ValidationResult } from './types'

/**
 * The whole content check, pure and synchronous, shared by the app (`loadContent`), the command line
 * (`npm run validate`) and files a user opens: parse `events.json` text and `essay.md`, validate both,
 * cross-reference them and assemble the immutable dataset. Never throws.
 */
export function validateContent(
  eventsJsonText: string,
  essayMarkdown: string,
): ValidationResult<Dataset> {
  const json = parseJson(eventsJsonText, 'events.json')
  const data = json.ok
    ? parseDataset(json.value)
    : { ok: false as const, problems: [json.problem], warnings: [] }
  const essay = parseEssay(essayMarkdown)
  const problems: Problem[] = []
  const warnings: Problem[] = [...data.warnings, ...essay.warnings]
  if (!data.ok) problems.push(...data.problems)
  if (!essay.ok) problems.push(...essay.problems)
  if (!data.ok || !essay.ok) return { ok: false, problems, warnings }
  const references = crossReference(data.value.events, essay.value)
  warnings.push(...references.warnings)
  if (references.problems.length > 0)
    return { ok: false, problems: references.problems, warnings }
  try {
    return {
      ok: true,
      value: buildDataset({ ...data.value, essay: essay.value }),
      warnings,
    }
  } catch (error) {
    const message = `could not be assembled: ${toText(error)}`
    return { ok: false, problems: [{ path: 'events.json', message }], warnings }
  }
}

/**
 * `JSON.parse` with a message that says where: `not valid JSON: Unexpected token } (line 3, column 5)`.
 * A leading byte-order mark is ignored.
 */
export function parseJson(
  text: string,
  fileName: string,
): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text
  try {
    return { ok: true, value: JSON.parse(source) as unknown }
  } catch (error) {
    const raw = error instanceof Error ? error.message : toText(error)
    return {
      ok: false,
      problem: {
        path: fileName,
        message: `not valid JSON: ${withLineColumn(raw, source)}`,
      },
    }
  }
}

/** Engines say "at position 42"; people need the line and column. Messages that already have them are kept. */
function withLineColumn(message: string, source: string): string {
  if (/line \d+/i.test(message)) return message
  const match = /position (\d+)/.exec(message)
  if (!match) return message
  const offset = Math.min(Number(match[1]), source.length)
  const before = source.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return `${message} (line ${line}, column ${column})`
}
