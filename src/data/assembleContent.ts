import { buildDataset } from './events/buildDataset'
import { claimNoteProblems } from './events/claimNotes'
import { crossReference } from './essay/crossReference'
import type { ParsedDataset } from './events/parseDatasetFast'
import { toText } from './problems'
import type { Dataset, Essay, Problem, ValidationResult } from './types'

/**
 * The content check once both halves are parsed: `events.json` (by `parseDataset`, or on the page by its
 * zod-free fast form) and the essay (by `parseEssay`, or read from its compiled file). Cross-references them
 * and assembles the immutable dataset. Imports neither parser, so the page can load without the Markdown
 * parser and without zod (`loadContent`). Never throws.
 */
export function assembleContent(
  data: ValidationResult<ParsedDataset>,
  essay: ValidationResult<Essay>,
): ValidationResult<Dataset> {
  const problems: Problem[] = []
  const warnings: Problem[] = [...data.warnings, ...essay.warnings]
  if (!data.ok) problems.push(...data.problems)
  if (!essay.ok) problems.push(...essay.problems)
  if (!data.ok || !essay.ok) return { ok: false, problems, warnings }
  const references = crossReference(data.value.events, essay.value)
  warnings.push(...references.warnings)
  const referenceProblems = [
    ...references.problems,
    ...claimNoteProblems(data.value.claimNotes, essay.value),
  ]
  if (referenceProblems.length > 0)
    return { ok: false, problems: referenceProblems, warnings }
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

/** `events.json`'s text through `parse` (`parseDataset`); text that is not JSON is the one problem. */
export function parseEventsJson(
  text: string,
  parse: (input: unknown) => ValidationResult<ParsedDataset>,
): ValidationResult<ParsedDataset> {
  const json = parseJson(text, 'events.json')
  return json.ok
    ? parse(json.value)
    : { ok: false, problems: [json.problem], warnings: [] }
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
