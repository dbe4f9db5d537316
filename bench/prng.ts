/**
 * A small seeded PRNG so the synthetic datasets are identical on every run (mulberry32: 32-bit state, period
 * 2^32, good enough for test data, not for cryptography).
 */
export type Rng = {
  /** Uniform in [0, 1). */
  readonly next: () => number
  /** Uniform integer in [min, max], both inclusive. */
  readonly int: (min: number, max: number) => number
  /** One element of a non-empty list. */
  readonly pick: <T>(items: readonly T[]) => T
  /** One element of a non-empty list, chosen with the given relative weights. */
  readonly weighted: <T>(items: readonly (readonly [T, number])[]) => T
  /** Standard normal deviate (Box-Muller). */
  readonly gaussian: () => number
  /** `count` distinct elements of `items` (count is capped at items.length). */
  readonly sample: <T>(items: readonly T[], count: number) => T[]
}

/** Creates a deterministic generator from a 32-bit integer seed. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number =>
    min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)]
    if (item === undefined) throw new Error('pick() needs a non-empty list')
    return item
  }
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    const total = items.reduce((sum, [, w]) => sum + w, 0)
    let r = next() * total
    for (const [item, w] of items) {
      r -= w
      if (r < 0) return item
    }
    const last = items.at(-1)
    if (!last) throw new Error('weighted() needs a non-empty list')
    return last[0]
  }
  const gaussian = (): number => {
    const u = 1 - next() // (0, 1], so log() stays finite
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next())
  }
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items]
    const out: T[] = []
    while (out.length < count && pool.length > 0) {
      const [item] = pool.splice(Math.floor(next() * pool.length), 1)
      if (item !== undefined) out.push(item)
    }
    return out
  }
  return { next, int, pick, weighted, gaussian, sample }
}
