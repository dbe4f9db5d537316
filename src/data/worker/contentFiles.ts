import type { ContentTexts } from '../checkTexts'

/** The content's files as fetched, undecoded: whichever thread checks them decodes them. */
export type ContentFiles = {
  readonly events: ArrayBuffer
  readonly essay: ArrayBuffer
  /** The build's compiled essay; null when it could not be fetched. */
  readonly compiled: ArrayBuffer | null
}

/**
 * Content up to this size (bytes of `events.json`, plus `essay.md` weighted by `ESSAY_WEIGHT` when no
 * compiled essay came with it) is checked on the page: a worker costs its start and its script (~20–40 ms),
 * more than checking the 68 featured events takes. Anything larger goes to the worker.
 */
export const SMALL_CONTENT_BYTES = 150_000
/** Parsing Markdown costs several times more per byte than checking events.json. */
const ESSAY_WEIGHT = 8

/** True when `files` are small enough to check on the page (see `SMALL_CONTENT_BYTES`). */
export function isSmallContent(files: ContentFiles): boolean {
  const essayCost =
    files.compiled === null ? files.essay.byteLength * ESSAY_WEIGHT : 0
  return files.events.byteLength + essayCost <= SMALL_CONTENT_BYTES
}

/**
 * The files as text, as `Response.text()` reads them: UTF-8, a byte-order mark dropped, malformed bytes
 * replaced (never an error).
 */
export function decodeFiles(files: ContentFiles): ContentTexts {
  const decoder = new TextDecoder()
  return {
    events: decoder.decode(files.events),
    essay: decoder.decode(files.essay),
    compiled: files.compiled === null ? null : decoder.decode(files.compiled),
  }
}
