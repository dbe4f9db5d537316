import type { checkTexts } from '../checkTexts'
import type { LoadResult } from '../loadContent'
import { decodeFiles, isSmallContent, type ContentFiles } from './contentFiles'
import { runInWorker, type WorkerPort } from './runInWorker'

const spawnContentWorker = (): WorkerPort =>
  new Worker(new URL('./contentWorker.ts', import.meta.url), {
    type: 'module',
    name: 'content-check',
  })

/** The checks on the page's own thread, loaded on first use (the featured page may never need them). */
let inline: Promise<{ checkTexts: typeof checkTexts }> | null = null
const loadInline = () => (inline ??= import('../checkTexts'))

/**
 * Decode, parse, check and assemble fetched content (`checkTexts`): in the content worker when it is large,
 * so the page keeps drawing and answering meanwhile (decoding 7 MB of UTF-8 alone is a 100 ms task); on the
 * page when it is small, when the browser has no module workers, or when the worker fails (its own problems
 * are then the page's to name). Resolves, never rejects.
 */
export async function checkContentFiles(
  files: ContentFiles,
  signal?: AbortSignal,
  spawn: (() => WorkerPort) | null = typeof Worker === 'undefined'
    ? null
    : spawnContentWorker,
): Promise<LoadResult> {
  if (spawn && !isSmallContent(files)) {
    const answer = await runInWorker<LoadResult>(spawn, { files }, signal)
    if ('outcome' in answer) return answer.outcome
    if (signal?.aborted)
      return {
        status: 'unavailable',
        problems: [{ path: '', message: 'cancelled' }],
      }
  }
  try {
    const { checkTexts } = await loadInline()
    return await checkTexts(decodeFiles(files))
  } catch (error) {
    inline = null // let "Try again" fetch the chunk again
    const why = error instanceof Error ? error.message : String(error)
    return {
      status: 'unavailable',
      problems: [
        { path: '', message: `The content checks could not be loaded: ${why}` },
      ],
    }
  }
}
