import { MIN_SPAN_MS, clampDomain, type Domain } from '../../store/domainMath'
import type { TimeScale } from '../axis/scales'

/**
 * Visible time windows and d3-zoom transforms, both ways. `baseX` is the unzoomed scale: the whole padded
 * extent onto `[0, widthPx]`. A transform `{ k, x }` maps a base position `p` to the screen at `p * k + x`.
 */

/** d3-zoom's `ZoomTransform`, reduced to what a horizontal timeline uses: scale `k` and x translation in px. */
export type ZoomState = { readonly k: number; readonly x: number }

/** The transform under which `baseX` shows exactly `domain` (UTC ms) across its range. */
export function transformFromDomain(
  baseX: TimeScale,
  domain: Domain,
): ZoomState {
  const [r0, r1] = baseX.range()
  const p0 = baseX(domain[0])
  const p1 = baseX(domain[1])
  const k = (r1 - r0) / (p1 - p0)
  return { k, x: r0 - k * p0 }
}

/** The window (UTC ms) a transform shows; the same as `transform.rescaleX(baseX).domain()` with d3-scale. */
export function domainFromTransform(baseX: TimeScale, t: ZoomState): Domain {
  const [r0, r1] = baseX.range()
  return [baseX.invert((r0 - t.x) / t.k), baseX.invert((r1 - t.x) / t.k)]
}

/** d3-zoom's scale extent: from the whole `bounds` (k = 1) to a window of `MIN_SPAN_MS`. */
export function scaleExtent(bounds: Domain): [number, number] {
  return [1, Math.max(1, (bounds[1] - bounds[0]) / MIN_SPAN_MS)]
}

/** `domain` made showable: at least `MIN_SPAN_MS` wide (kept centred), at most `bounds`, and inside it. */
export function clampView(domain: Domain, bounds: Domain): Domain {
  const span = domain[1] - domain[0]
  if (span >= MIN_SPAN_MS) return clampDomain(domain, bounds)
  const mid = (domain[0] + domain[1]) / 2
  return clampDomain([mid - MIN_SPAN_MS / 2, mid + MIN_SPAN_MS / 2], bounds)
}

/**
 * What a wheel or drag may show past the data: a quarter of the window's own width on either side (so a deep
 * zoom cannot drift into empty years, while a wide view keeps its margin), never past `bounds`. A window wider
 * than those limits is left as it is (the whole range, or nearly).
 */
export function limitGesture(
  domain: Domain,
  dataExtent: Domain,
  bounds: Domain,
): Domain {
  const span = domain[1] - domain[0]
  const slack = span / 4
  const limits: Domain = [
    Math.max(bounds[0], dataExtent[0] - slack),
    Math.min(bounds[1], dataExtent[1] + slack),
  ]
  if (limits[1] - limits[0] <= span) return domain
  if (domain[0] >= limits[0] && domain[1] <= limits[1]) return domain
  return clampDomain(domain, limits)
}

/** `domain` zoomed by `factor` (2 halves the span) about `centreMs`, which stays where it is on screen. */
export function zoomDomain(
  domain: Domain,
  factor: number,
  centreMs: number,
  bounds: Domain,
): Domain {
  const t0 = centreMs - (centreMs - domain[0]) / factor
  const t1 = centreMs + (domain[1] - centreMs) / factor
  return clampView([t0, t1], bounds)
}

/** `domain` moved by `deltaMs` (positive is later), stopping at `bounds`. */
export function panDomain(
  domain: Domain,
  deltaMs: number,
  bounds: Domain,
): Domain {
  return clampDomain([domain[0] + deltaMs, domain[1] + deltaMs], bounds)
}

/** True when two windows differ by less than `tolMs` at both ends. */
export function sameDomain(a: Domain, b: Domain, tolMs = 1): boolean {
  return Math.abs(a[0] - b[0]) < tolMs && Math.abs(a[1] - b[1]) < tolMs
}

/**
 * The window a fraction `t` (0..1) of the way from `a` to `b`: the centre moves linearly and the span changes
 * geometrically, so a zoom in or out reads as steady on screen.
 */
export function interpolateDomain(a: Domain, b: Domain, t: number): Domain {
  const spanA = a[1] - a[0]
  const spanB = b[1] - b[0]
  const span = spanA * (spanB / spanA) ** t
  const centre = (a[0] + a[1]) / 2 + ((b[0] + b[1]) / 2 - (a[0] + a[1]) / 2) * t
  return [centre - span / 2, centre + span / 2]
}

/**
 * The window that opens a cluster spanning `[firstMs, lastMs]`: the span with a fifth on each side (at least a
 * day), clamped. Null when that is barely narrower than `domain` (at the deepest zoom a cluster cannot open
 * further: the caller selects its first event instead, and the playhead keys step through the rest).
 */
export function openClusterDomain(
  firstMs: number,
  lastMs: number,
  domain: Domain,
  bounds: Domain,
): Domain | null {
  const pad = Math.max((lastMs - firstMs) * 0.2, 864e5)
  const target = clampView([firstMs - pad, lastMs + pad], bounds)
  return target[1] - target[0] > 0.8 * (domain[1] - domain[0]) ? null : target
}

/**
 * The time the zoom buttons zoom about, so what the reader is looking at stays put: the selected event's start
 * when in view, else the playhead when in view, else the window's centre.
 */
export function zoomAnchor(
  domain: Domain,
  selectedMs: number | null,
  playheadMs: number | null,
): number {
  const inView = (t: number | null): t is number =>
    t !== null && t >= domain[0] && t <= domain[1]
  if (inView(selectedMs)) return selectedMs
  if (inView(playheadMs)) return playheadMs
  return (domain[0] + domain[1]) / 2
}
