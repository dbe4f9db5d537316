import { buildDataset } from './buildDataset'
import { crossReference } from './crossReference'
import { parseDataset } from './parseDataset'
import { toText } from './problems'
import type { Dataset, Essay, Problem, ValidationResult } from './types'

/**
 * The content check once the essay is parsed (by `parseEssay`, or read from its compiled file): parse and
 * validate `events.json` text, cross-reference it with the essay and assemble the immutable dataset. Kept
 * apart from the Markdown parser so the page can load without it (`loadContent`). Never throws.
 */
export function assembleContent(
  eventsJsonText: string,
  essay: ValidationResult<Essay>,
): ValidationResult<Dataset> {
  const json = parseJson(eventsJsonText, 'events.json')
  const data = json.ok
    ? parseDataset(json.value)
    : { ok: false as const, problems: [json.problem], warnings: [] }
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
