import { assembleContent, parseJson } from './assembleContent'
import { COMPILED_ESSAY_FILE, readCompiledEssay } from './essay/compiledEssay'
import { parseDatasetFast, type ParsedDataset } from './events/parseDatasetFast'
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

/** How long one file may take, start to last byte, before its fetch is aborted and named as timed out. */
export const FETCH_TIMEOUT_MS = 15_000

/** Where the app finds its content: `<base>/data/`, fetched at start-up so a site can swap the files. */
export function defaultDataUrl(): string {
  return `${import.meta.env.BASE_URL}data/`
}

/**
 * Fetch `events.json`, `essay.md` and, if there is one, the essay's compiled form from `baseUrl` in
 * parallel, then validate them as `validateContent` does. The Markdown parser is loaded only when no
 * compiled essay matches `essay.md` (see compiledEssay.ts), and zod only when `events.json` has a problem to
 * name (`parseDatasetFast` accepts a valid file without it). A file that cannot be fetched is named with the
 * reason (`Could not load events.json: HTTP 404 Not Found`); one that takes longer than `timeoutMs` is
 * aborted and named so. Resolves, never rejects; after `signal` aborts the result is a failure the caller
 * should ignore.
 */
export async function loadContent(
  baseUrl: string = defaultDataUrl(),
  fetchImpl: typeof fetch = fetch,
  signal?: AbortSignal,
  timeoutMs: number = FETCH_TIMEOUT_MS,
): Promise<LoadResult> {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`
  const get = (name: string) =>
    fetchText(`${base}${name}`, name, fetchImpl, signal, timeoutMs)
  const [events, essay, compiled] = await Promise.all([
    get('events.json'),
    get('essay.md'),
    get(COMPILED_ESSAY_FILE),
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
  compiled: Fetched,
): Promise<ValidationResult<Essay>> {
  if (compiled.ok) {
    const json = parseJson(compiled.text, COMPILED_ESSAY_FILE)
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

async function fetchText(
  url: string,
  fileName: string,
  fetchImpl: typeof fetch,
  signal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<Fetched> {
  const failed = (why: string): Fetched => ({
    ok: false,
    problem: { path: fileName, message: `Could not load ${fileName}: ${why}` },
  })
  // One controller per file: aborted by the caller's signal or by the timer, whichever comes first.
  const controller = new AbortController()
  let isTimedOut = false
  const timer = setTimeout(() => {
    isTimedOut = true
    controller.abort()
  }, timeoutMs)
  const forward = () => controller.abort()
  if (signal?.aborted) controller.abort()
  signal?.addEventListener('abort', forward, { once: true })
  try {
    // `no-cache` revalidates, so replaced files show up on the next visit or "Try again".
    const response = await abortable(
      fetchImpl(url, { cache: 'no-cache', signal: controller.signal }),
      controller.signal,
    )
    if (!response.ok)
      return failed(
        `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      )
    const text = await abortable(response.text(), controller.signal)
    // A server that answers a missing file with its index page (single-page-app fallback) says 200 OK.
    const type = response.headers.get('content-type') ?? ''
    if (type.includes('text/html') && /^\s*</.test(text))
      return failed(
        'the server sent a web page instead of the file (is it missing?)',
      )
    return { ok: true, text }
  } catch (error) {
    if (isTimedOut)
      return failed(
        `no complete answer within ${timeoutMs / 1000} s (the server or the connection is too slow, or the server does not answer)`,
      )
    if (signal?.aborted) return failed('cancelled')
    const detail = error instanceof Error ? error.message : toText(error)
    return failed(`network error (${detail})`)
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', forward)
  }
}

/** `promise`, or a rejection as soon as `signal` aborts (a fetch that ignores its signal still stops counting). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(new Error('aborted'))
    signal.addEventListener('abort', () => reject(new Error('aborted')), {
      once: true,
    })
    promise.then(resolve, reject)
  })
}
