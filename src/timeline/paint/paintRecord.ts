import type { CanvasTheme } from './canvasTheme'
import type { MarkItem } from '../layout/layout'
import type { PaintState, PaintView } from './paintMarks'

/**
 * What each marks canvas last painted, kept so the export can replay it as SVG (`marksSvg.ts`). Its own
 * module so the canvas can record without loading the SVG replay code, which comes with the export.
 */

export type LastPaint = {
  readonly items: readonly MarkItem[]
  readonly view: PaintView
  readonly state: PaintState
  readonly theme: CanvasTheme
}

const lastPaints = new WeakMap<HTMLCanvasElement, LastPaint>()

/** Remember a paint of `canvas` (called by the canvas after painting). */
export function recordPaint(canvas: HTMLCanvasElement, paint: LastPaint): void {
  lastPaints.set(canvas, paint)
}

/** The last paint of `canvas`, or undefined before it has painted. */
export function lastPaintOf(canvas: HTMLCanvasElement): LastPaint | undefined {
  return lastPaints.get(canvas)
}
