import { select } from 'd3-selection'
import {
  zoom as d3Zoom,
  zoomIdentity,
  zoomTransform,
  type D3ZoomEvent,
  type ZoomBehavior,
} from 'd3-zoom'
import { useEffect, useEffectEvent, useRef, type RefObject } from 'react'
import type { Domain } from '../store/domainMath'
import type { TimeScale } from './scales'
import {
  domainFromTransform,
  panDomain,
  scaleExtent,
  transformFromDomain,
} from './zoomMath'

/**
 * d3-zoom on the timeline's stage (lanes and axis): wheel, trackpad pinch, drag and touch zoom and pan the
 * visible window. The only code that touches the DOM for zooming. Presses on `[data-no-zoom]` (the playhead
 * and its scrub zone) are left to their own handlers. d3-zoom keeps its own transform on the node, so:
 * - a gesture (an event with a `sourceEvent`) writes the new window through `onZoom`;
 * - a window set elsewhere (a preset, `selectEvent` revealing an event) is applied with `zoom.transform`,
 *   whose zoom event has no `sourceEvent` and is therefore not written back: no ping-pong.
 * `baseX` spans the whole padded extent unzoomed; never `rangeRound` it (d3-zoom's docs: `invert` drifts).
 */
export function useZoomBehavior(
  ref: RefObject<HTMLDivElement | null>,
  baseX: TimeScale,
  domain: Domain,
  heightPx: number,
  onZoom: (domain: Domain) => void,
): void {
  const zoomRef = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null)
  const emit = useEffectEvent(onZoom)

  useEffect(() => {
    const node = ref.current
    if (!node) return
    const [r0, r1] = baseX.range() as [number, number]
    const bounds = baseX.domain().map(Number) as [number, number]
    const reduceMotion = window.matchMedia(
      '(prefers-reduced-motion: reduce)',
    ).matches
    const zoom = d3Zoom<HTMLDivElement, unknown>()
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
      .filter((event: Event) => {
        if (event instanceof WheelEvent)
          return Math.abs(event.deltaY) >= Math.abs(event.deltaX)
        const target = event.target instanceof Element ? event.target : null
        if (target?.closest('[data-no-zoom]')) return false
        // A double-click on a mark is the mark's (a cluster zooms itself); elsewhere it zooms in.
        if (event.type === 'dblclick' && target?.closest('[data-mark]'))
          return false
        // d3-zoom disables dragging on `event.view`; a synthetic mousedown without one (jsdom) cannot pan.
        if (event.type === 'mousedown' && !(event as MouseEvent).view)
          return false
        return (
          (!(event as MouseEvent).ctrlKey || event.type === 'wheel') &&
          !(event as MouseEvent).button
        )
      })
      .on('zoom', (event: D3ZoomEvent<HTMLDivElement, unknown>) => {
        if (!event.sourceEvent) return
        emit(domainFromTransform(baseX, event.transform))
      })
    const selection = select(node)
    selection.call(zoom)
    // A sideways trackpad swipe pans (d3-zoom reads only deltaY).
    selection.on(
      'wheel.pan',
      (event: WheelEvent) => {
        if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return
        event.preventDefault()
        const t = zoomTransform(node)
        const current = domainFromTransform(baseX, t)
        const msPerPx = (current[1] - current[0]) / (r1 - r0)
        const px = event.deltaMode === 1 ? event.deltaX * 16 : event.deltaX
        emit(panDomain(current, px * msPerPx, bounds))
      },
      { passive: false },
    )
    zoomRef.current = zoom
    return () => {
      selection.on('.zoom', null).on('wheel.pan', null)
      zoomRef.current = null
    }
  }, [ref, baseX, heightPx])

  useEffect(() => {
    const node = ref.current
    const zoom = zoomRef.current
    if (!node || !zoom) return
    const target = transformFromDomain(baseX, domain)
    const now = zoomTransform(node)
    if (
      Math.abs(now.k - target.k) <= 1e-9 * target.k &&
      Math.abs(now.x - target.x) < 0.01
    )
      return
    select(node).call(
      zoom.transform,
      zoomIdentity.translate(target.x, 0).scale(target.k),
    )
  }, [ref, baseX, domain])
}
