import { useLayoutEffect, useRef, useSyncExternalStore } from 'react'
import { canvasTheme, DARK_QUERY } from './canvasTheme'
import { mediaMatches, subscribeMedia } from '../../ui/mediaQuery'
import { paintMarks, type PaintState } from './paintMarks'
import type { Viewport } from '../viewport'

const subscribeScheme = (onChange: () => void) =>
  subscribeMedia(DARK_QUERY, onChange)
const isDarkNow = () => mediaMatches(DARK_QUERY)

type Props = {
  /** The drawn items and where the view falls (layout px at the left edge, screen px per layout px). */
  readonly view: Viewport
  readonly state: PaintState
}

/**
 * The lane canvas: a picture of the marks, repainted after each render that changes them (a zoom or pan
 * frame repaints here and moves one layer of buttons; no per-mark DOM work). Hidden from assistive technology:
 * the buttons above it carry every mark's name and state.
 */
export function MarksCanvas({ view, state }: Props) {
  // The canvas is the frame: rows by facet scroll under it (`topPx`); lanes show whole (frameH = plotH).
  const { items, leftPx, ratio, widthPx, frameH: heightPx, lanes, rows } = view
  const { topPx, plotH } = view
  const ref = useRef<HTMLCanvasElement>(null)
  const isDark = useSyncExternalStore(subscribeScheme, isDarkNow, () => false)

  useLayoutEffect(() => {
    const canvas = ref.current
    const ctx = canvas?.getContext('2d')
    if (!canvas || !ctx) return
    const dpr = window.devicePixelRatio || 1
    const w = Math.round(widthPx * dpr)
    const h = Math.round(heightPx * dpr)
    if (canvas.width !== w) canvas.width = w
    if (canvas.height !== h) canvas.height = h
    const view = {
      leftPx,
      ratio,
      widthPx,
      heightPx,
      dpr,
      lanes,
      topPx,
      ...(rows ? { rows: { labels: rows.map((r) => r.label) } } : {}),
      labelsInside: true,
    }
    paintMarks(ctx, items, view, state, canvasTheme(canvas, isDark))
    if (rows) fadeScrolledEdges(ctx, { ...view, plotH, padPx: lanes.padPx })
  }, [
    items,
    leftPx,
    ratio,
    widthPx,
    heightPx,
    topPx,
    plotH,
    lanes,
    rows,
    state,
    isDark,
  ])

  return (
    <canvas
      ref={ref}
      className="tl-canvas"
      style={{ width: widthPx, height: heightPx }}
      aria-hidden="true"
    />
  )
}

/**
 * Rows by facet scroll in the frame: where more rows lie past an edge, the padding strip at that edge fades
 * out what shows in it (the first pixels of the next row), so the rows stop cleanly at the frame and the
 * ghost of the next one hints that there is more.
 */
function fadeScrolledEdges(
  ctx: CanvasRenderingContext2D,
  view: {
    readonly widthPx: number
    readonly heightPx: number
    readonly dpr: number
    readonly topPx: number
    readonly plotH: number
    readonly padPx: number
  },
): void {
  const { widthPx, heightPx, padPx, topPx } = view
  const strip = (inner: number, edge: number) => {
    const gradient = ctx.createLinearGradient(0, inner, 0, edge)
    gradient.addColorStop(0, 'rgba(0, 0, 0, 0.6)')
    gradient.addColorStop(1, 'rgba(0, 0, 0, 1)')
    ctx.fillStyle = gradient
    ctx.fillRect(0, Math.min(inner, edge), widthPx, padPx)
  }
  ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0)
  ctx.globalCompositeOperation = 'destination-out'
  if (topPx > 0) strip(padPx, 0)
  if (topPx + heightPx < view.plotH - 0.5) strip(heightPx - padPx, heightPx)
  ctx.globalCompositeOperation = 'source-over'
}
