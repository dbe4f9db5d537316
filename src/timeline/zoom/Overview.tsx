import {
  memo,
  useMemo,
  useRef,
  type KeyboardEvent,
  type PointerEvent,
} from 'react'
import type { TimelineEvent } from '../../data/types'
import type { Domain } from '../../store/domainMath'
import { OVERVIEW_H } from '../layout/geometry'
import { formatRange } from '../marks/rangeText'
import { timeScale } from '../axis/scales'
import { clampView, panDomain, zoomDomain } from './zoomMath'

type Props = {
  readonly bounds: Domain
  readonly domain: Domain
  readonly events: readonly TimelineEvent[]
  readonly widthPx: number
  /** Height of the strip, px (shorter in the compact band). */
  readonly heightPx?: number
  readonly onDomain: (domain: Domain) => void
}

type Drag = { mode: 'pan' | 'start' | 'end'; startX: number; from: Domain }

const BIN_PX = 3
const EDGE_PX = 10

/** Event density across the whole range, as one path of bars (one element, however many events). */
function densityPath(
  events: readonly TimelineEvent[],
  bounds: Domain,
  widthPx: number,
  heightPx: number,
): string {
  const bins = new Uint32Array(Math.max(1, Math.ceil(widthPx / BIN_PX)))
  const perMs = widthPx / (bounds[1] - bounds[0]) / BIN_PX
  for (const e of events) {
    const i = Math.floor((e.timeMs - bounds[0]) * perMs)
    if (i >= 0 && i < bins.length) bins[i]! += 1
  }
  const max = Math.max(1, ...bins)
  let d = ''
  bins.forEach((n, i) => {
    if (n === 0) return
    // Square root keeps a lone Cold War treaty visible beside a busy 2025.
    const h = Math.max(2, Math.sqrt(n / max) * (heightPx - 8))
    d += `M${i * BIN_PX},${heightPx - 2}h${BIN_PX - 1}v${-h}h${1 - BIN_PX}z`
  })
  return d
}

/**
 * The whole range with the visible window on it. Drag the window to pan, its edges to zoom, or press
 * elsewhere to move it there. The window is a slider named "Visible period": arrows pan by a tenth, Page keys
 * by a whole window, Home/End go to the ends, + and - zoom.
 */
export const Overview = memo(function Overview(props: Props) {
  const { bounds, domain, events, widthPx, onDomain } = props
  const heightPx = props.heightPx ?? OVERVIEW_H
  const x = useMemo(() => timeScale(bounds, widthPx), [bounds, widthPx])
  const density = useMemo(
    () => densityPath(events, bounds, widthPx, heightPx),
    [events, bounds, widthPx, heightPx],
  )
  const drag = useRef<Drag | null>(null)
  const svgRef = useRef<SVGSVGElement>(null)

  const x0 = x(domain[0])
  const x1 = x(domain[1])
  // Keep the window a usable target even when it covers a fortnight of eighty years.
  const mid = (x0 + x1) / 2
  const bodyLeft = Math.min(x0, mid - 12)
  const bodyRight = Math.max(x1, mid + 12)
  const span = domain[1] - domain[0]
  const msPerPx = (bounds[1] - bounds[0]) / widthPx

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return
    const left = svgRef.current?.getBoundingClientRect().left ?? 0
    const px = event.clientX - left
    const part = (event.target as Element).getAttribute('data-part')
    let from = domain
    if (part !== 'start' && part !== 'end' && part !== 'window') {
      // Pressed outside the window: centre it there, then keep dragging it.
      from = clampView(
        panDomain(domain, x.invert(px) - (domain[0] + span / 2), bounds),
        bounds,
      )
      onDomain(from)
    }
    const mode = part === 'start' || part === 'end' ? part : 'pan'
    drag.current = { mode, startX: event.clientX, from }
    event.currentTarget.setPointerCapture(event.pointerId)
  }
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const d = drag.current
    if (!d) return
    const deltaMs = (event.clientX - d.startX) * msPerPx
    const [a, b] = d.from
    if (d.mode === 'pan') onDomain(panDomain(d.from, deltaMs, bounds))
    else if (d.mode === 'start')
      onDomain(clampView([Math.min(a + deltaMs, b), b], bounds))
    else onDomain(clampView([a, Math.max(b + deltaMs, a)], bounds))
  }
  const onPointerUp = () => {
    drag.current = null
  }

  const onKeyDown = (event: KeyboardEvent) => {
    const centre = (domain[0] + domain[1]) / 2
    const moves: Record<string, () => Domain> = {
      ArrowRight: () => panDomain(domain, span / 10, bounds),
      ArrowUp: () => panDomain(domain, span / 10, bounds),
      ArrowLeft: () => panDomain(domain, -span / 10, bounds),
      ArrowDown: () => panDomain(domain, -span / 10, bounds),
      PageUp: () => panDomain(domain, span, bounds),
      PageDown: () => panDomain(domain, -span, bounds),
      Home: () => panDomain(domain, bounds[0] - domain[0], bounds),
      End: () => panDomain(domain, bounds[1] - domain[1], bounds),
      '+': () => zoomDomain(domain, 2, centre, bounds),
      '=': () => zoomDomain(domain, 2, centre, bounds),
      '-': () => zoomDomain(domain, 0.5, centre, bounds),
    }
    const move = moves[event.key]
    if (!move) return
    event.preventDefault()
    onDomain(move())
  }

  return (
    <svg
      ref={svgRef}
      className="tl-overview"
      width={widthPx}
      height={heightPx}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    >
      <rect className="tl-overview-bg" width={widthPx} height={heightPx} />
      <path className="tl-density" d={density} aria-hidden="true" />
      <g
        className="tl-window"
        role="slider"
        tabIndex={0}
        aria-label="Visible period"
        aria-valuemin={Math.round(bounds[0])}
        aria-valuemax={Math.round(bounds[1])}
        aria-valuenow={Math.round((domain[0] + domain[1]) / 2)}
        aria-valuetext={formatRange(domain[0], domain[1] - 1)}
        aria-orientation="horizontal"
        onKeyDown={onKeyDown}
      >
        <rect
          className="tl-window-body"
          data-part="window"
          x={bodyLeft}
          y={1}
          width={bodyRight - bodyLeft}
          height={heightPx - 2}
          rx={3}
        />
        <rect
          className="tl-window-edge"
          data-part="start"
          x={bodyLeft - EDGE_PX}
          y={1}
          width={EDGE_PX}
          height={heightPx - 2}
        />
        <rect
          className="tl-window-edge"
          data-part="end"
          x={bodyRight}
          y={1}
          width={EDGE_PX}
          height={heightPx - 2}
        />
      </g>
    </svg>
  )
})
