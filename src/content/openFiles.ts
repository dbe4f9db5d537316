import { isBundle, validateBundle } from '../data/import/bundle'
import { makeBundle } from '../data/import/bundle'
import { importSpreadsheet } from '../data/import/importSpreadsheet'
import {
  importTimelineJs,
  type ImportResult,
  type ImportedTimeline,
} from '../data/import/importTimelineJs'
import { isRecord, quote } from '../data/problems'
import type { Dataset, Problem } from '../data/types'
import { parseJson } from '../data/assembleContent'
import { validateContent } from '../data/validateContent'

/**
 * What "Open…" and drag-and-drop do with the files a reader picks: a bundle `.json`, or `events.json` and
 * `essay.md` in any order, or a TimelineJS `.json` or a `.csv`/`.tsv` of its template to convert. Everything goes through the same validation as
 * the built-in content. Pure: file reading happens in the component.
 */

/** A file as read: its name and text. */
export type OpenedFile = { readonly name: string; readonly text: string }

export type OpenOutcome =
  | {
      readonly kind: 'dataset'
      readonly name: string
      readonly dataset: Dataset
      readonly warnings: readonly Problem[]
    }
  | {
      readonly kind: 'invalid'
      readonly name: string
      readonly problems: readonly Problem[]
    }
  /**
   * A TimelineJS file or a spreadsheet of its template, converted. `dataset` is the converted timeline,
   * validated, to show at once (null in the rare case it still has `problems`); `imported` holds the files to
   * download and the report (`summary`, `notCarriedOver`).
   */
  | {
      readonly kind: 'timelinejs'
      readonly name: string
      readonly imported: ImportedTimeline
      readonly dataset: Dataset | null
      readonly warnings: readonly Problem[]
      readonly problems: readonly Problem[]
    }

/** Largest file read, in bytes: far above any real essay, low enough to read at once. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024

const ESSAY_EXTENSIONS = /\.(md|markdown|txt)$/i
const SPREADSHEET_EXTENSIONS = /\.(csv|tsv)$/i
const JSON_EXTENSION = /\.json$/i

const refused = (name: string, message: string): OpenOutcome => ({
  kind: 'invalid',
  name,
  problems: [{ path: '', message }],
})

/** Looks like JSON: by extension first, then by the first character. */
function isJsonFile(file: OpenedFile): boolean {
  if (JSON_EXTENSION.test(file.name)) return true
  if (ESSAY_EXTENSIONS.test(file.name)) return false
  return /^\s*[{[]/.test(file.text)
}

/** A TimelineJS file: an `events` list whose entries have `start_date` objects. */
function isTimelineJs(value: unknown): boolean {
  if (!isRecord(value) || !Array.isArray(value.events)) return false
  const first: unknown = value.events[0]
  return isRecord(first) && 'start_date' in first
}

/** A converted file, validated as it will be shown: open at once when it passes. */
function imported(name: string, result: ImportResult): OpenOutcome {
  if (!result.ok) return { kind: 'invalid', name, problems: result.problems }
  const { eventsFile, essay } = result.value
  const validation = validateBundle(makeBundle(eventsFile, essay), name)
  return {
    kind: 'timelinejs',
    name,
    imported: result.value,
    dataset: validation.ok ? validation.value : null,
    warnings: validation.warnings,
    problems: validation.ok ? [] : validation.problems,
  }
}

function openOne(file: OpenedFile): OpenOutcome {
  const name = quote(file.name)
  if (SPREADSHEET_EXTENSIONS.test(file.name))
    return imported(file.name, importSpreadsheet(file.text, file.name))
  if (!isJsonFile(file))
    return refused(
      file.name,
      `${name} looks like an essay: open it together with its events.json (select both files), or open a bundle .json.`,
    )
  const json = parseJson(file.text, file.name)
  if (!json.ok)
    return { kind: 'invalid', name: file.name, problems: [json.problem] }
  if (isBundle(json.value)) {
    const result = validateBundle(file.text, file.name)
    return result.ok
      ? {
          kind: 'dataset',
          name: file.name,
          dataset: result.value,
          warnings: result.warnings,
        }
      : { kind: 'invalid', name: file.name, problems: result.problems }
  }
  if (isTimelineJs(json.value))
    return imported(file.name, importTimelineJs(json.value))
  if (isRecord(json.value) && Array.isArray(json.value.events))
    return refused(
      file.name,
      `${name} is an events.json: open it together with its essay.md (select both files).`,
    )
  return refused(
    file.name,
    `${name} is not a timeline: expected a bundle .json (with "essay"), events.json with essay.md, a TimelineJS .json, or a .csv of its template.`,
  )
}

function openPair(first: OpenedFile, second: OpenedFile): OpenOutcome {
  const name = `${first.name} + ${second.name}`
  const [a, b] = [isJsonFile(first), isJsonFile(second)]
  if (a === b)
    return refused(
      name,
      `Could not tell which file is events.json and which is essay.md: ${a ? 'both look like JSON' : 'neither looks like JSON'}. Name them .json and .md.`,
    )
  const [events, essay] = a ? [first, second] : [second, first]
  const result = validateContent(events.text, essay.text)
  return result.ok
    ? {
        kind: 'dataset',
        name: `${events.name} + ${essay.name}`,
        dataset: result.value,
        warnings: result.warnings,
      }
    : { kind: 'invalid', name, problems: result.problems }
}

/** Open the files a reader picked or dropped. Never throws. */
export function openFiles(files: readonly OpenedFile[]): OpenOutcome {
  if (files.length === 0) return refused('', 'No file was opened.')
  if (files.length > 2)
    return refused(
      `${files.length} files`,
      `Open one bundle .json, or events.json and essay.md together (got ${files.length} files).`,
    )
  const [first, second] = files as [OpenedFile, OpenedFile?]
  return second ? openPair(first, second) : openOne(first)
}

/** The size problem of a file too large to read, or null. */
export function fileSizeProblem(name: string, bytes: number): string | null {
  if (bytes <= MAX_FILE_BYTES) return null
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`
  return `${quote(name)} is too large to open (${mb(bytes)}; the limit is ${mb(MAX_FILE_BYTES)}).`
}
