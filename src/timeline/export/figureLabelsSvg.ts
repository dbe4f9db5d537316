import { eraBands } from '../eras/eraBands'
import { AXIS_H, rowCentre } from '../layout/geometry'
import type { CanvasTheme } from '../paint/canvasTheme'
import type { Figure } from './figure'
import {
  MARKER_PX,
  MARKER_STRIP_H,
  ROW_LABEL_PX,
  widthAt,
} from './figureLabels'
import { el } from './svgElement'

/** The figure's words beside its plot (`figureLabels.ts`), drawn into the SVG: marked dates and row labels. */

/** The ticks' labels as drawn: one that would cross the right edge is left out, as a label belongs whole to its tick. */
export function tickLabels(fig: Figure) {
  return fig.ticks.flatMap((tick) => {
    const x = fig.view.x(tick.timeMs) + 3
    const w = widthAt(tick.label, 12)
    return x + w > fig.view.widthPx ? [] : [{ tick, x, w }]
  })
}

/**
 * The marked dates as the screen draws them (`MarkerLines`): a dashed line through the lanes, under the
 * marks, and its label in the strip above the axis, so it never meets a tick's or an era's label. The line
 * crosses the axis only where no label is in its way.
 */
export function drawMarkers(parent: Element, fig: Figure, theme: CanvasTheme) {
  if (fig.markers.length === 0) return
  const { plotH } = fig.view
  const inAxis = [
    ...tickLabels(fig).map(({ x, w }) => [x - 2, x + w + 2] as const),
    ...eraBands(fig.eras, fig.view.x, fig.view.widthPx)
      .filter((b) => b.label !== '' && b.labelRow === 0)
      .map(
        (b) =>
          [b.labelX - 2, b.labelX + widthAt(b.label, 11) * 1.1 + 2] as const,
      ),
  ]
  const g = el(parent, 'g', {
    'font-size': MARKER_PX,
    'font-weight': 600,
    fill: theme.textMuted,
  })
  const dashed = {
    stroke: theme.textMuted,
    'stroke-opacity': 0.8,
    'stroke-dasharray': '3 3',
  }
  for (const { px, label } of fig.markers) {
    const x = Math.round(px) + 0.5
    const isClear = inAxis.every(([l, r]) => px < l || px > r)
    el(g, 'line', {
      x1: x,
      x2: x,
      y1: -MARKER_STRIP_H + 3,
      y2: isClear ? AXIS_H + plotH : 0,
      ...dashed,
    })
    if (!isClear)
      el(g, 'line', {
        x1: x,
        x2: x,
        y1: AXIS_H - 6,
        y2: AXIS_H + plotH,
        ...dashed,
      })
    if (label)
      el(
        g,
        'text',
        {
          x: label.x,
          y: -6,
          'text-anchor': label.anchor,
        },
        label.text,
      )
  }
}

/** Rows by facet: each row's label in the column left of the plot, level with its row. */
export function drawRowLabels(
  parent: Element,
  fig: Figure,
  theme: CanvasTheme,
) {
  if (fig.rowLabels.length === 0) return
  const g = el(parent, 'g', {
    transform: `translate(${fig.margin},${fig.plotTop + AXIS_H})`,
    'font-size': ROW_LABEL_PX,
    'font-weight': 600,
    fill: theme.text,
  })
  fig.rowLabels.forEach((label, r) =>
    el(g, 'text', { x: 0, y: rowCentre(r, fig.view.lanes) + 4 }, label),
  )
}
