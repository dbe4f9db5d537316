import { isDeepStrictEqual, inspect } from 'node:util'

/** Raised by the helpers below; the runner prints its message. */
export class ExpectationError extends Error {
  override name = 'ExpectationError'
}

export function fail(message: string): never {
  throw new ExpectationError(message)
}

export function expectTrue(value: unknown, message: string): void {
  if (!value) fail(message)
}

export function expectEqual<T>(actual: T, expected: T, what: string): void {
  if (!isDeepStrictEqual(actual, expected))
    fail(`${what}: expected ${inspect(expected)}, got ${inspect(actual)}`)
}

/**
 * Polls `read` until `accept` holds for its value (every 100 ms, up to `timeoutMs`), and returns that value.
 * Fails with `what` and the last value seen: a browser settles in frames, not synchronously.
 */
export async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  what: string,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: T | undefined
  let lastError: unknown
  for (;;) {
    try {
      last = await read()
      if (accept(last)) return last
      lastError = undefined
    } catch (error) {
      lastError = error
    }
    if (Date.now() > deadline) {
      const seen = lastError
        ? `an error: ${String(lastError)}`
        : inspect(last, { depth: 3, breakLength: Infinity })
      fail(`${what} (after ${timeoutMs} ms; last saw ${seen})`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
