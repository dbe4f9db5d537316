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
 * leaves a gap where it would cross one of those, or another marker's label.
 */
export function drawMarkers(parent: Element, fig: Figure, theme: CanvasTheme) {
  if (fig.markers.length === 0) return
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
  markerLines(fig).forEach((lines, i) => {
    const { px, label } = fig.markers[i]!
    const x = Math.round(px) + 0.5
    for (const [y1, y2] of lines)
      el(g, 'line', { x1: x, x2: x, y1, y2, ...dashed })
    if (label)
      el(
        g,
        'text',
        { x: label.x, y: -6, 'text-anchor': label.anchor },
        label.text,
      )
  })
}

type Box = readonly [number, number]

/** Each marker's line as stretches from top to bottom, px from the plot's top, each clear of every label. */
function markerLines(fig: Figure): [number, number][][] {
  const { plotH } = fig.view
  const inAxis: Box[] = [
    ...tickLabels(fig).map(({ x, w }) => [x - 2, x + w + 2] as const),
    ...eraBands(fig.eras, fig.view.x, fig.view.widthPx)
      .filter((b) => b.label !== '' && b.labelRow === 0)
      .map(
        (b) =>
          [b.labelX - 2, b.labelX + widthAt(b.label, 11) * 1.1 + 2] as const,
      ),
  ]
  // The labels' extents as placed: another marker's line stops below a label rather than cross it.
  const inStrip = fig.markers.map(({ label }): Box | null => {
    if (!label) return null
    const w = widthAt(label.text, MARKER_PX) * 1.1
    return label.anchor === 'end'
      ? ([label.x - w - 2, label.x + 2] as const)
      : ([label.x - 2, label.x + w + 2] as const)
  })
  const isFree = (px: number, boxes: readonly (Box | null)[]) =>
    boxes.every((box) => !box || px < box[0] || px > box[1])
  return fig.markers.map(({ px }, i) => {
    // Three stretches, top to bottom: beside its label, across the axis's labels, through the lanes; the
    // line is drawn along each that is free, joined where they meet.
    const stretches: [number, number, boolean][] = [
      [
        -MARKER_STRIP_H + 3,
        0,
        isFree(
          px,
          inStrip.filter((_, j) => j !== i),
        ),
      ],
      [0, AXIS_H - 6, isFree(px, inAxis)],
      [AXIS_H - 6, AXIS_H + plotH, true],
    ]
    const lines: [number, number][] = []
    for (const [y1, y2, isDrawn] of stretches) {
      const last = lines.at(-1)
      if (!isDrawn) continue
      if (last && last[1] === y1) last[1] = y2
      else lines.push([y1, y2])
    }
    return lines
  })
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
