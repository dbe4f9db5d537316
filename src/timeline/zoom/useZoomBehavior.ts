import { prefersReducedMotion } from '../../ui/mediaQuery'
import type * as D3Selection from 'd3-selection'
import type * as D3Zoom from 'd3-zoom'
import type { D3ZoomEvent, ZoomBehavior } from 'd3-zoom'
import {
  useEffect,
  useEffectEvent,
  useRef,
  useState,
  type RefObject,
} from 'react'
import type { Domain } from '../../store/domainMath'
import type { TimeScale } from '../axis/scales'
import {
  domainFromTransform,
  limitGesture,
  panDomain,
  scaleExtent,
  transformFromDomain,
} from './zoomMath'

/** d3-zoom and d3-selection, which load after the timeline first mounts (about 17 kB gzip with their deps). */
type ZoomModules = typeof D3Zoom & {
  readonly select: typeof D3Selection.select
}

let loading: Promise<ZoomModules> | null = null

/**
 * The zoom modules, imported once on first call (later calls share the promise). A failed load is forgotten,
 * so the next mount tries again; until then wheel and drag do nothing and the buttons and keys still work.
 * Exported for tests that wheel or drag: `await loadZoomModules()` before the gesture.
 */
export function loadZoomModules(): Promise<ZoomModules> {
  loading ??= Promise.all([import('d3-zoom'), import('d3-selection')]).then(
    ([zoom, selection]) => ({ ...zoom, select: selection.select }),
    (error: unknown) => {
      loading = null
      throw error
    },
  )
  return loading
}

/**
 * d3-zoom on the timeline's stage (lanes and axis): wheel, trackpad pinch, drag and touch zoom and pan the
 * visible window. The only code that touches the DOM for zooming. Presses on `[data-no-zoom]` (the playhead
 * and its scrub zone) are left to their own handlers. d3-zoom keeps its own transform on the node, so:
 * - a gesture (an event with a `sourceEvent`) writes the new window through `onZoom`;
 * - a window set elsewhere (a preset, `selectEvent` revealing an event) is applied with `zoom.transform`,
 *   whose zoom event has no `sourceEvent` and is therefore not written back: no ping-pong.
 * d3-zoom loads after the first mount (`loadZoomModules`); when it arrives it is attached and given the window
 * shown at that moment, so it starts in step. The stage then carries `data-zoom="ready"`. `onGesture` hears when a
 * wheel, drag or touch gesture starts and ends.
 * `baseX` spans the whole padded extent unzoomed; never `rangeRound` it (d3-zoom's docs: `invert` drifts).
 */
export function useZoomBehavior(
  ref: RefObject<HTMLDivElement | null>,
  baseX: TimeScale,
  domain: Domain,
  heightPx: number,
  onZoom: (domain: Domain) => void,
  onGesture: (isActive: boolean) => void = () => {},
  /** The data's own extent: gestures stop a little past it (`limitGesture`); absent, at `baseX`'s domain. */
  dataExtent: Domain | null = null,
): void {
  const [d3, setD3] = useState<ZoomModules | null>(null)
  const zoomRef = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null)
  const emit = useEffectEvent(onZoom)
  const emitGesture = useEffectEvent(onGesture)

  useEffect(() => {
    let isMounted = true
    loadZoomModules().then(
      (modules) => {
        if (isMounted) setD3(modules)
      },
      // Zooming by wheel and drag is an extra: the zoom buttons, presets, overview and keys do without it.
      () => {},
    )
    return () => {
      isMounted = false
    }
  }, [])

  useEffect(() => {
    const node = ref.current
    if (!node || !d3) return
    const zoom = makeZoom(d3, baseX, heightPx, emit, emitGesture, dataExtent)
    const selection = d3.select(node)
    selection.call(zoom)
    // A sideways trackpad swipe pans (d3-zoom reads only deltaY).
    const [r0, r1] = baseX.range()
    const bounds = baseX.domain()
    selection.on(
      'wheel.pan',
      (event: WheelEvent) => {
        if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return
        if (wheelScrolls(event)) return
        event.preventDefault()
        const current = domainFromTransform(baseX, d3.zoomTransform(node))
        const msPerPx = (current[1] - current[0]) / (r1 - r0)
        const px = event.deltaMode === 1 ? event.deltaX * 16 : event.deltaX
        const panned = panDomain(current, px * msPerPx, bounds)
        emit(dataExtent ? limitGesture(panned, dataExtent, bounds) : panned)
      },
      { passive: false },
    )
    zoomRef.current = zoom
    node.dataset['zoom'] = 'ready'
    return () => {
      selection.on('.zoom', null).on('wheel.pan', null)
      delete node.dataset['zoom']
      zoomRef.current = null
      // A gesture cut short here (a resize mid-wheel) never hears its end: close it.
      emitGesture(false)
    }
  }, [d3, ref, baseX, heightPx, dataExtent])

  // Runs after the attach above in the same commit, so a freshly attached zoom takes the current window.
  useEffect(() => {
    const node = ref.current
    const zoom = zoomRef.current
    if (!node || !zoom || !d3) return
    const target = transformFromDomain(baseX, domain)
    const now = d3.zoomTransform(node)
    if (
      Math.abs(now.k - target.k) <= 1e-9 * target.k &&
      Math.abs(now.x - target.x) < 0.01
    )
      return
    d3.select(node).call(
      zoom.transform,
      d3.zoomIdentity.translate(target.x, 0).scale(target.k),
    )
  }, [d3, ref, baseX, domain])
}

/** The configured behaviour: bounds, extents, which presses it takes, and the store write on gestures. */
function makeZoom(
  d3: ZoomModules,
  baseX: TimeScale,
  heightPx: number,
  emit: (domain: Domain) => void,
  gesture: (isActive: boolean) => void,
  dataExtent: Domain | null,
): ZoomBehavior<HTMLDivElement, unknown> {
  let isActive = false
  const [r0, r1] = baseX.range()
  const bounds = baseX.domain()
  const reduceMotion = prefersReducedMotion()
  const zoom = d3.zoom<HTMLDivElement, unknown>()
  // d3-zoom's own constraint keeps the window inside `bounds`; a gesture also stops a little past the data.
  const withinBounds = zoom.constrain()
  return (
    zoom
      .constrain((transform, extent, translateExtent) => {
        const bounded = withinBounds(transform, extent, translateExtent)
        if (!dataExtent) return bounded
        const domain = domainFromTransform(baseX, bounded)
        const limited = limitGesture(domain, dataExtent, bounds)
        if (limited === domain) return bounded
        const t = transformFromDomain(baseX, limited)
        return d3.zoomIdentity.translate(t.x, 0).scale(t.k)
      })
      // Double-click zooms in with a short animation, or at once when motion is reduced.
      .duration(reduceMotion ? 0 : 250)
      .scaleExtent(scaleExtent(bounds))
      .extent([
        [r0, 0],
        [r1, heightPx],
      ])
      .translateExtent([
        [r0, 0],
        [r1, heightPx],
      ])
      .filter(acceptsEvent)
      // A gesture runs from its first input to d3-zoom's end (pointer up, or 150 ms after the last wheel notch).
      .on('start', (event: D3ZoomEvent<HTMLDivElement, unknown>) => {
        if (!event.sourceEvent || isActive) return
        isActive = true
        gesture(true)
      })
      .on('zoom', (event: D3ZoomEvent<HTMLDivElement, unknown>) => {
        if (!event.sourceEvent) return
        emit(domainFromTransform(baseX, event.transform))
      })
      .on('end', () => {
        if (!isActive) return
        isActive = false
        gesture(false)
      })
  )
}

/** A wheel over `[data-wheel-scrolls]` (the rows' name column) scrolls what it is in, as the browser does. */
function wheelScrolls(event: WheelEvent): boolean {
  const { target } = event
  return (
    target instanceof Element && target.closest('[data-wheel-scrolls]') !== null
  )
}

/**
 * Which input d3-zoom handles: vertical wheels (not over the rows' names), and presses off the playhead that are
 * not a mark's double-click.
 */
function acceptsEvent(event: Event): boolean {
  if (event instanceof WheelEvent)
    return (
      Math.abs(event.deltaY) >= Math.abs(event.deltaX) && !wheelScrolls(event)
    )
  const target = event.target instanceof Element ? event.target : null
  if (target?.closest('[data-no-zoom]')) return false
  // A double-click on a mark is the mark's (a cluster zooms itself); elsewhere it zooms in.
  if (event.type === 'dblclick' && target?.closest('[data-mark]')) return false
  // d3-zoom disables dragging on `event.view`; a synthetic mousedown without one (jsdom) cannot pan.
  if (event.type === 'mousedown' && !(event as MouseEvent).view) return false
  return (
    (!(event as MouseEvent).ctrlKey || event.type === 'wheel') &&
    !(event as MouseEvent).button
  )
}
