import { assembleContent, parseJson } from './assembleContent'
import { COMPILED_ESSAY_FILE, readCompiledEssay } from './compiledEssay'
import { parseDatasetFast, type ParsedDataset } from './parseDatasetFast'
import { toText } from './problems'
import type { Dataset, Essay, Problem, ValidationResult } from './types'

/** The outcome of loading: a dataset, a file that could not be fetched, or content with problems. */
export type LoadResult =
  | {
      readonly status: 'loaded'
      readonly dataset: Dataset
      readonly warnings: readonly Problem[]
    }
  | { readonly status: 'unavailable'; readonly problems: readonly Problem[] }
  | {
      readonly status: 'invalid'
      readonly problems: readonly Problem[]
      readonly warnings: readonly Problem[]
    }

type Fetched =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: Problem }

/** Where the app finds its content: `<base>/data/`, fetched at start-up so a site can swap the files. */
export function defaultDataUrl(): string {
  return `${import.meta.env.BASE_URL}data/`
}

/**
 * Fetch `events.json`, `essay.md` and, if there is one, the essay's compiled form from `baseUrl` in
 * parallel, then validate them as `validateContent` does. The Markdown parser is loaded only when no
 * compiled essay matches `essay.md` (see compiledEssay.ts), and zod only when `events.json` has a problem to
 * name (`parseDatasetFast` accepts a valid file without it). A file that cannot be fetched is named with the
 * reason (`Could not load events.json: HTTP 404 Not Found`). Resolves, never rejects; after `signal` aborts
 * the result is a failure the caller should ignore.
 */
export async function loadContent(
  baseUrl: string = defaultDataUrl(),
  fetchImpl: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<LoadResult> {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`
  const [events, essay, compiled] = await Promise.all([
    fetchText(`${base}events.json`, 'events.json', fetchImpl, signal),
    fetchText(`${base}essay.md`, 'essay.md', fetchImpl, signal),
    fetchText(
      `${base}${COMPILED_ESSAY_FILE}`,
      COMPILED_ESSAY_FILE,
      fetchImpl,
      signal,
    ),
  ])
  if (!events.ok || !essay.ok)
    return {
      status: 'unavailable',
      problems: [events, essay].flatMap((f) => (f.ok ? [] : [f.problem])),
    }
  const [parsedEvents, parsedEssay] = await Promise.all([
    datasetFrom(events.text),
    essayFrom(essay.text, compiled),
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
    const { parseDataset } = await import('./parseDataset')
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
  compiled: Fetched,
): Promise<ValidationResult<Essay>> {
  if (compiled.ok) {
    const json = parseJson(compiled.text, COMPILED_ESSAY_FILE)
    const read = json.ok ? readCompiledEssay(json.value, markdown) : null
    if (read) return read
  }
  try {
    const { parseEssay } = await import('./parseEssay')
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

async function fetchText(
  url: string,
  fileName: string,
  fetchImpl: typeof fetch,
  signal: AbortSignal | undefined,
): Promise<Fetched> {
  const failed = (why: string): Fetched => ({
    ok: false,
    problem: { path: fileName, message: `Could not load ${fileName}: ${why}` },
  })
  try {
    // `no-cache` revalidates, so replaced files show up on the next visit or "Try again".
    const response = await fetchImpl(url, {
      cache: 'no-cache',
      ...(signal ? { signal } : {}),
    })
    if (!response.ok)
      return failed(
        `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      )
    const text = await response.text()
    // A server that answers a missing file with its index page (single-page-app fallback) says 200 OK.
    const type = response.headers.get('content-type') ?? ''
    if (type.includes('text/html') && /^\s*</.test(text))
      return failed(
        'the server sent a web page instead of the file (is it missing?)',
      )
    return { ok: true, text }
  } catch (error) {
    if (signal?.aborted) return failed('cancelled')
    const detail = error instanceof Error ? error.message : toText(error)
    return failed(`network error (${detail})`)
  }
}
