/** One call on a recording context: a method with its arguments, or a property set to a value. */
export type PaintCall =
  | { readonly method: string; readonly args: readonly unknown[] }
  | { readonly set: string; readonly value: unknown }

/**
 * A 2D context that records what a paint does instead of drawing it (jsdom has no canvas), so a test can
 * assert the calls and their arguments. Property reads return the last value set.
 */
export function recordingContext(): {
  ctx: CanvasRenderingContext2D
  calls: PaintCall[]
} {
  const calls: PaintCall[] = []
  const state: Record<string, unknown> = {
    createLinearGradient: (...args: unknown[]) => {
      calls.push({ method: 'createLinearGradient', args })
      const gradient = {
        stops: [] as [number, string][],
        addColorStop: (offset: number, colour: string) => {
          gradient.stops.push([offset, colour])
        },
      }
      return gradient
    },
  }
  const ctx = new Proxy(state, {
    get: (target, key: string) =>
      key in target
        ? target[key]
        : (...args: unknown[]) => {
            calls.push({ method: key, args })
          },
    set: (target, key: string, value) => {
      target[key] = value
      calls.push({ set: key, value })
      return true
    },
  })
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls }
}

/** The calls to `method`, each as its argument list. */
export function callsTo(
  calls: readonly PaintCall[],
  method: string,
): (readonly unknown[])[] {
  return calls.flatMap((c) =>
    'method' in c && c.method === method ? [c.args] : [],
  )
}

/** The value each property held when `method` was called, for every call to it, e.g. the fill of each text. */
export function stateAt(
  calls: readonly PaintCall[],
  method: string,
  properties: readonly string[],
): { args: readonly unknown[]; [property: string]: unknown }[] {
  const now: Record<string, unknown> = {}
  const out: { args: readonly unknown[]; [property: string]: unknown }[] = []
  for (const call of calls) {
    if ('set' in call) now[call.set] = call.value
    else if (call.method === method)
      out.push({
        args: call.args,
        ...Object.fromEntries(properties.map((p) => [p, now[p]])),
      })
  }
  return out
}
