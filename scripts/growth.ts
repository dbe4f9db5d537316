/**
 * Growth checks for parsers: time a function at input size n and at 4n and compare. Linear work gives a ratio
 * near 4 and quadratic work near 16, so "at most 6" separates them with room for a noisy machine. Each size is
 * timed a few times and the fastest run kept (noise only ever adds time).
 */

/** Fastest of `runs` timings of `work()`, in ms. */
export function fastestMs(work: () => unknown, runs = 5): number {
  let best = Infinity
  for (let i = 0; i < runs; i++) {
    collectGarbage()
    const started = performance.now()
    work()
    best = Math.min(best, performance.now() - started)
  }
  return best
}

/**
 * A full garbage collection when node runs with `--expose-gc`, so that every timed run starts from the same
 * clean heap: otherwise the larger input's run may also pay for collecting the smaller one's garbage.
 */
function collectGarbage(): void {
  const gc: unknown = Reflect.get(globalThis, 'gc')
  if (typeof gc === 'function') gc()
}

export type Growth = { readonly nMs: number; readonly fourNMs: number }

/**
 * `run(make(n))` and `run(make(4n))` timed, alternately (so a burst of load on a shared machine hits both),
 * fastest of `rounds` each; the inputs are built before the clock starts.
 */
export function growth<T>(
  make: (n: number) => T,
  run: (input: T) => unknown,
  n: number,
  rounds = 7,
): Growth {
  const small = make(n)
  const large = make(4 * n)
  run(small) // warm up: compile the code paths before timing them
  let nMs = Infinity
  let fourNMs = Infinity
  for (let i = 0; i < rounds; i++) {
    nMs = Math.min(
      nMs,
      fastestMs(() => run(small), 1),
    )
    fourNMs = Math.min(
      fourNMs,
      fastestMs(() => run(large), 1),
    )
  }
  return { nMs, fourNMs }
}

/** Timer noise on a shared machine, in ms: small inputs get this much slack on top of the ratio. */
export const NOISE_MS = 5

/**
 * True when 4n took at most `maxRatio` times as long as n (plus `NOISE_MS`). Linear parsers measure 4 to 7 here
 * (the larger input's allocations cost more per byte: caches and the collector), quadratic ones about 16: 8
 * tells them apart without failing linear work on a loaded machine.
 */
export function isNearLinear({ nMs, fourNMs }: Growth, maxRatio = 8): boolean {
  return fourNMs <= maxRatio * nMs + NOISE_MS
}

/**
 * The first of up to `attempts` measurements that is near linear, else the last one. On a machine shared
 * with other work one measurement can be off by a factor of two either way; quadratic work stays near 16
 * on every attempt, so retrying does not let it pass.
 */
export function measuredGrowth<T>(
  make: (n: number) => T,
  run: (input: T) => unknown,
  n: number,
  attempts = 3,
): Growth {
  let timing = growth(make, run, n)
  for (let i = 1; i < attempts && !isNearLinear(timing); i++)
    timing = growth(make, run, n)
  return timing
}
