/// <reference lib="webworker" />
import { serveRequests } from '../data/worker/serveRequests'
import { openFiles, type OpenOutcome } from './openFiles'
import { readFiles } from './readFiles'

/**
 * The "Open…" worker: reads, classifies and checks the files a reader picked or dropped off the page's main
 * thread (a 10 MB file takes seconds to check). Each request is `{ id, files }`; the answer is an
 * `OpenOutcome`, streamed (src/data/worker/streamProtocol.ts).
 */
declare const self: DedicatedWorkerGlobalScope
serveRequests<{ readonly files: File[] }>(self, async ({ files }) => {
  const read = await readFiles(files)
  if (read.ok) return openFiles(read.files)
  const outcome: OpenOutcome = {
    kind: 'invalid',
    name: '',
    problems: [{ path: '', message: read.message }],
  }
  return outcome
})
