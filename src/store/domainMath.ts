/** Pure arithmetic on time windows `[startMs, endMs]` (UTC ms). No React, no DOM. */

export type Domain = readonly [number, number]

/** Smallest window the timeline may zoom to: about two weeks. */
export const MIN_SPAN_MS = 14 * 24 * 3600 * 1000

/** Clamp `domain` inside `bounds`, keeping its width when it fits and shrinking it when it does not. */
export function clampDomain(domain: Domain, bounds: Domain): Domain {
  const width = Math.min(domain[1] - domain[0], bounds[1] - bounds[0])
  const start = Math.min(Math.max(domain[0], bounds[0]), bounds[1] - width)
  return [start, start + width]
}

/**
 * The window to show so that `target` is visible: `current` unchanged when it already holds the target's
 * start, else the same width centred on the target (widened to hold the whole target when it fits in `bounds`).
 */
export function revealDomain(
  current: Domain,
  target: Domain,
  bounds: Domain,
): Domain {
  const [t0, t1] = target
  if (t0 >= current[0] && t0 <= current[1]) return current
  const width = Math.max(
    current[1] - current[0],
    Math.min(t1 - t0, bounds[1] - bounds[0]),
    MIN_SPAN_MS,
  )
  const mid = t1 - t0 <= width ? (t0 + t1) / 2 : t0 + width / 2
  return clampDomain([mid - width / 2, mid + width / 2], bounds)
}
