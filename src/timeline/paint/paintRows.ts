import type { CanvasTheme } from './canvasTheme'
import type { PaintContext } from './svgPaintContext'
import { HIT_PX, LANES, rowCentre, type Lanes } from '../layout/geometry'
import { fitText, textWidthPx } from '../layout/labelText'
import type { MarkItem } from '../layout/layout'

/**
 * Rows by facet, painted around the marks: a tinted band under every other row and a rule between rows
 * (before the marks), then each row's label at the left edge of the view on a surface-coloured tab (after the
 * marks, so panning slides marks under it and it stays in view), and a dotted line joining the copies of the
 * selected event (visually linking them). Shared by the screen's canvas and the exported figure.
 */

/** What the rows paint needs: labels top to bottom, one lane each. */
export type PaintRows = {
  readonly labels: readonly string[]
  /** The labels are drawn elsewhere (the figure's column left of the plot): paint the bands only. */
  readonly labelsOutside?: boolean
}

/** Widest a row's label tab may be, px; longer names are shortened with an ellipsis. */
const LABEL_MAX_PX = 132
const LABEL_FONT = 11

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

/** A row label's text as drawn (shortened to fit) and the width of its tab, px. */
export function rowLabelTab(label: string): { text: string; widthPx: number } {
  const text = fitText(label, LABEL_MAX_PX) || label.slice(0, 3)
  return { text, widthPx: textWidthPx(text) + 12 }
}

/** Labels over the marks, at the left edge. */
export function paintRowLabels(
  ctx: PaintContext,
  rows: PaintRows,
  lanes: Lanes | undefined,
  theme: CanvasTheme,
): void {
  ctx.font = `600 ${LABEL_FONT}px ${theme.font}`
  ctx.textBaseline = 'middle'
  ctx.textAlign = 'left'
  rows.labels.forEach((label, r) => {
    const { text, widthPx: w } = rowLabelTab(label)
    const y = rowCentre(r, lanes)
    ctx.fillStyle = theme.surface
    ctx.beginPath()
    ctx.roundRect(0, y - 10, w, 20, 4)
    ctx.fill()
    // A hairline closes the tab, so a mark half under it reads as passing beneath.
    ctx.fillStyle = theme.textMuted
    ctx.globalAlpha = 0.35
    ctx.fillRect(w - 1, y - 7, 1, 14)
    ctx.globalAlpha = 1
    ctx.fillStyle = theme.textMuted
    ctx.fillText(text, 6, y + 0.5)
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
