import { COMPILED_ESSAY_FILE } from './essay/compiledEssayFile'
import { toText } from './problems'
import type { Dataset, Problem } from './types'
import { checkContentFiles } from './worker/checkContentFiles'

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
  // Bytes, not text: decoding a large file is the worker's work (checkContentFiles), not the page's.
  | { readonly ok: true; readonly bytes: ArrayBuffer }
  | { readonly ok: false; readonly problem: Problem }

/** How long one file may take, start to last byte, before its fetch is aborted and named as timed out. */
export const FETCH_TIMEOUT_MS = 15_000

/** Where the app finds its content: `<base>/data/`, fetched at start-up so a site can swap the files. */
export function defaultDataUrl(): string {
  return `${import.meta.env.BASE_URL}data/`
}

/**
 * Fetch `events.json`, `essay.md` and, if there is one, the essay's compiled form from `baseUrl` in
 * parallel, then validate them as `validateContent` does (`checkTexts`; in a worker unless the content is
 * small: `checkContentFiles`). A file that cannot be fetched is named with the
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
  return checkContentFiles(
    {
      events: events.bytes,
      essay: essay.bytes,
      compiled: compiled.ok ? compiled.bytes : null,
    },
    signal,
  )
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
    const bytes = await abortable(response.arrayBuffer(), controller.signal)
    // A server that answers a missing file with its index page (single-page-app fallback) says 200 OK.
    const type = response.headers.get('content-type') ?? ''
    if (type.includes('text/html') && /^\s*</.test(decodeStart(bytes)))
      return failed(
        'the server sent a web page instead of the file (is it missing?)',
      )
    return { ok: true, bytes }
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

/** The first kilobyte of a file as text: enough to tell a web page. */
function decodeStart(bytes: ArrayBuffer): string {
  return new TextDecoder().decode(
    new Uint8Array(bytes, 0, Math.min(bytes.byteLength, 1024)),
  )
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
