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
  const { topPx } = view
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
      ...(rows
        ? { rows: { labels: rows.map((r) => r.label) }, hasLabelColumn: true }
        : {}),
      labelsInside: true,
    }
    paintMarks(ctx, items, view, state, canvasTheme(canvas, isDark))
  }, [
    items,
    leftPx,
    ratio,
    widthPx,
    heightPx,
    topPx,
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
