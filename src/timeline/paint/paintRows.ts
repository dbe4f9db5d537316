import type { CanvasTheme } from './canvasTheme'
import type { PaintContext } from './svgPaintContext'
import { HIT_PX, LANES, rowCentre, type Lanes } from '../layout/geometry'
import type { MarkItem } from '../layout/layout'

/**
 * Rows by facet, painted around the marks: a tinted band under every other row and a rule between rows
 * (before the marks), and a dotted line joining the copies of the selected event (visually linking them).
 * The rows' names are not painted here: the screen and the figure each give them a column left of the plot.
 * Shared by the screen's canvas and the exported figure.
 */

/** What the rows paint needs: labels top to bottom, one lane each. */
export type PaintRows = {
  readonly labels: readonly string[]
}

/** Bands and rules under the marks. */
export function paintRowBands(
  ctx: PaintContext,
  rows: PaintRows,
  lanes: Lanes = LANES,
  widthPx: number,
  theme: CanvasTheme,
): void {
  rows.labels.forEach((_, r) => {
    const top = rowCentre(r, lanes) - lanes.rowH / 2
    if (r % 2 === 1) {
      ctx.fillStyle = theme.surface2
      ctx.globalAlpha = 0.55
      ctx.fillRect(0, top, widthPx, lanes.rowH)
      ctx.globalAlpha = 1
    }
    if (r > 0) {
      ctx.fillStyle = theme.textMuted
      ctx.globalAlpha = 0.25
      ctx.fillRect(0, top, widthPx, 1)
      ctx.globalAlpha = 1
    }
  })
}

/**
 * A dotted line through the selected event's marks when it is drawn in several rows, so the eye finds its
 * copies. `selected` are the items ringed as selected, with their screen x.
 */
export function paintCopyLink(
  ctx: PaintContext,
  selected: readonly { readonly item: MarkItem; readonly x: number }[],
  lanes: Lanes | undefined,
  theme: CanvasTheme,
): void {
  if (selected.length < 2) return
  const x = selected[0]!.x
  const ys = selected.map((s) => rowCentre(s.item.row, lanes))
  const top = Math.min(...ys) + HIT_PX / 2
  const bottom = Math.max(...ys) - HIT_PX / 2
  if (bottom <= top) return
  ctx.strokeStyle = theme.accent
  ctx.lineWidth = 1.5
  ctx.setLineDash([2, 3])
  ctx.beginPath()
  ctx.moveTo(x, top)
  ctx.lineTo(x, bottom)
  ctx.stroke()
  ctx.setLineDash([])
}
