import { assembleContent, parseJson } from './assembleContent'
import { COMPILED_ESSAY_FILE, readCompiledEssay } from './essay/compiledEssay'
import { parseDatasetFast, type ParsedDataset } from './events/parseDatasetFast'
import type { LoadResult } from './loadContent'
import { toText } from './problems'
import type { Essay, ValidationResult } from './types'

/** The content's files as fetched: `events.json`, `essay.md`, and the build's compiled essay when there is one. */
export type ContentTexts = {
  readonly events: string
  readonly essay: string
  /** `essay.compiled.json`'s text; null when it could not be fetched. */
  readonly compiled: string | null
}

/**
 * Parse, validate and assemble fetched content, as `validateContent` does, on whichever thread calls it (the
 * page for small content, the content worker for the rest: `checkContentFiles`). The Markdown parser is loaded
 * only when no compiled essay matches `essay.md` (see compiledEssay.ts), and zod only when `events.json` has a
 * problem to name (`parseDatasetFast` accepts a valid file without it). Never rejects.
 */
export async function checkTexts(texts: ContentTexts): Promise<LoadResult> {
  const [parsedEvents, parsedEssay] = await Promise.all([
    datasetFrom(texts.events),
    essayFrom(texts.essay, texts.compiled),
  ])
  const result = assembleContent(parsedEvents, parsedEssay)
  return result.ok
    ? { status: 'loaded', dataset: result.value, warnings: result.warnings }
    : {
        status: 'invalid',
        problems: result.problems,
        warnings: result.warnings,
      }
}

/** `events.json` checked without zod when valid; else `parseDataset` (and zod) fetched now for its messages. */
async function datasetFrom(
  text: string,
): Promise<ValidationResult<ParsedDataset>> {
  const json = parseJson(text, 'events.json')
  if (!json.ok) return { ok: false, problems: [json.problem], warnings: [] }
  const fast = parseDatasetFast(json.value)
  if (fast) return fast
  try {
    const { parseDataset } = await import('./events/parseDataset')
    return parseDataset(json.value)
  } catch (error) {
    return notLoaded(
      'events.json',
      'is not valid, and the validator that says why',
      error,
    )
  }
}

/** The compiled essay when it matches the Markdown, else the Markdown parsed (its parser fetched now). */
async function essayFrom(
  markdown: string,
  compiled: string | null,
): Promise<ValidationResult<Essay>> {
  if (compiled !== null) {
    const json = parseJson(compiled, COMPILED_ESSAY_FILE)
    const read = json.ok ? readCompiledEssay(json.value, markdown) : null
    if (read) return read
  }
  try {
    const { parseEssay } = await import('./essay/parseEssay')
    return parseEssay(markdown)
  } catch (error) {
    return notLoaded(
      'essay.md',
      'could not be read: the Markdown parser',
      error,
    )
  }
}

/** A lazily loaded script that could not be fetched (offline, or a deploy replaced it): `<what> did not load`. */
function notLoaded(
  path: string,
  what: string,
  error: unknown,
): ValidationResult<never> {
  const why = error instanceof Error ? error.message : toText(error)
  const message = `${what} did not load (${why})`
  return { ok: false, problems: [{ path, message }], warnings: [] }
}
