/** Small statistics helpers for the benchmark (all values in ms unless stated). */

/** The q-quantile (0..1) by linear interpolation between closest ranks; null for an empty list. */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  const a = sorted[lo] ?? 0
  const b = sorted[hi] ?? a
  return a + (b - a) * (pos - lo)
}

/** The median of the figures that exist; null when none does (e.g. every run was "not ready"). */
export function medianOf(values: readonly (number | null)[]): number | null {
  return quantile(
    values.filter((v): v is number => v !== null),
    0.5,
  )
}

/** Rounds to one decimal for display and JSON. */
export function round1(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10
}
