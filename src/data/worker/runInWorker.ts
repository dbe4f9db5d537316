import { receiveOutcome, type WorkerMessage } from './streamProtocol'

/** The part of a `Worker` the page uses (a fake in tests). */
export type WorkerPort = {
  postMessage: (message: unknown) => void
  addEventListener: (
    type: 'message' | 'error' | 'messageerror',
    listener: (event: Event) => void,
  ) => void
  terminate: () => void
}

/** How a request ended: the worker's outcome, or why the worker could not give one (the caller then checks itself). */
export type WorkerAnswer<T> =
  { readonly outcome: T } | { readonly failed: string }

let nextId = 1

/**
 * Posts `request` (with an `id` added) to a fresh worker from `spawn`, collects its answer (streamProtocol.ts)
 * and terminates it. Resolves, never rejects: a worker that fails to start or load its script, or that
 * throws, gives `{ failed }`. When `signal` aborts, the worker is stopped at once (its work is no longer
 * wanted) and the answer is `{ failed: 'cancelled' }`, which the caller ignores.
 */
export function runInWorker<T>(
  spawn: () => WorkerPort,
  request: object,
  signal?: AbortSignal,
): Promise<WorkerAnswer<T>> {
  const id = nextId++
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve({ failed: 'cancelled' })
    let worker: WorkerPort
    try {
      worker = spawn()
    } catch (error) {
      return resolve({ failed: `the worker did not start (${String(error)})` })
    }
    const receiver = receiveOutcome<T>(id)
    const finish = (answer: WorkerAnswer<T>) => {
      worker.terminate()
      signal?.removeEventListener('abort', cancel)
      resolve(answer)
    }
    const cancel = () => finish({ failed: 'cancelled' })
    signal?.addEventListener('abort', cancel, { once: true })
    worker.addEventListener('message', (event) => {
      const answer = receiver.receive(
        (event as MessageEvent<WorkerMessage>).data,
      )
      if (answer) finish(answer)
    })
    // A script that fails to load or throws at the top level; a message that cannot be cloned.
    worker.addEventListener('error', (event) =>
      finish({
        failed: `the worker failed${event instanceof ErrorEvent && event.message ? ` (${event.message})` : ''}`,
      }),
    )
    worker.addEventListener('messageerror', () =>
      finish({ failed: 'the worker sent a message that could not be read' }),
    )
    worker.postMessage({ ...request, id })
  })
}
