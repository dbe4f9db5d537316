import { toMessages, type WorkerMessage } from './streamProtocol'

/** The part of a worker's global scope it answers through (a fake in tests). */
export type WorkerScope = {
  postMessage: (message: WorkerMessage) => void
  addEventListener: (
    type: 'message',
    listener: (event: MessageEvent<unknown>) => void,
  ) => void
}

/**
 * Inside a worker: answers each request `{ id, … }` with `handle`'s outcome, posted as streamProtocol.ts's
 * messages; a handler that throws (or a chunk it imports that does not load) is answered `failed`.
 */
export function serveRequests<R>(
  scope: WorkerScope,
  handle: (request: R) => Promise<object>,
): void {
  scope.addEventListener('message', (event) => {
    // The page posts `{ ...request, id }` (runInWorker), and nothing else reaches a dedicated worker.
    const request = event.data as R & { readonly id: number }
    handle(request).then(
      (outcome) => {
        for (const message of toMessages(request.id, outcome))
          scope.postMessage(message)
      },
      (error: unknown) =>
        scope.postMessage({
          id: request.id,
          type: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    )
  })
}
