/// <reference lib="webworker" />
import { checkTexts } from '../checkTexts'
import { decodeFiles, type ContentFiles } from './contentFiles'
import { serveRequests } from './serveRequests'

/**
 * The content worker: parses and checks fetched content off the page's main thread, so that a large
 * `events.json` or essay never blocks the page (checkContentFiles.ts starts it). Each request is
 * `{ id, files }`; the answer is a `LoadResult`, streamed (streamProtocol.ts).
 */
declare const self: DedicatedWorkerGlobalScope
serveRequests<{ readonly files: ContentFiles }>(self, ({ files }) =>
  checkTexts(decodeFiles(files)),
)
