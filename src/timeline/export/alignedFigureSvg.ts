import type { FrameDrawing } from '../aligned/alignedDrawing'
import { markDrawing } from '../aligned/alignedDrawing'
import { laneCentre } from '../aligned/alignedGeometry'
import type { AlignedItem } from '../aligned/alignedPlacement'
import { formatYearTick } from '../aligned/alignedScale'
import { AXIS_H } from '../layout/geometry'
import { kindFamily } from '../marks/kinds'
import { LIGHT, type CanvasTheme } from '../paint/canvasTheme'
import type { AlignedFigure } from './alignedFigure'
import { widthAt } from './figureLabels'
import { DANGER, RULE, drawLegend, newDocument, textLine } from './figureSvg'
import { el, type Attrs } from './svgElement'
import type { SerializedSvg } from './figureSvg'

/**
 * The aligned figure (`alignedFigure.ts`) as a standalone SVG document: the SVG back-end of the drawing the
 * screen renders with React (`AlignedFrame`, `AlignedMark`), the same shapes and words with the colours the
 * page's stylesheet gives them written as presentation attributes. No script, no classes, no interaction.
 */

/** `a` mixed with `b`, `share` of `a` (hex colours): a bar's pale fill, as the page's `color-mix`. */
function mix(a: string, b: string, share: number): string {
  const rgb = (hex: string) =>
    [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
  const [ca, cb] = [rgb(a), rgb(b)]
  return `#${ca
    .map((v, i) =>
      Math.round(v * share + cb[i]! * (1 - share))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`
}

function line(
  parent: Element,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  attrs: Attrs,
) {
  el(parent, 'line', { x1, y1, x2, y2, ...attrs })
}

function drawFrame(parent: Element, f: FrameDrawing, theme: CanvasTheme) {
  if (f.band.width > 0) el(parent, 'rect', { ...f.band, fill: theme.surface2 })
  const edge = {
    stroke: RULE,
    ...(f.isOpen ? { 'stroke-dasharray': '4 3' } : {}),
  }
  for (const l of f.bandLines) line(parent, l.x1, l.y, l.x2, l.y, edge)
  for (const s of f.bandEdges) line(parent, s.x, s.y0, s.x, s.y1, edge)
  el(
    parent,
    'text',
    {
      x: f.name.x,
      y: f.name.y,
      'font-size': 12,
      'font-weight': 700,
      fill: theme.text,
    },
    f.name.text,
  )
  if (f.bandLabel)
    el(
      parent,
      'text',
      {
        x: f.bandLabel.x,
        y: f.bandLabel.y,
        'font-size': 11,
        'font-style': 'italic',
        'text-anchor': f.bandLabel.anchor,
        fill: theme.textMuted,
      },
      f.bandLabel.text,
    )
  for (const s of f.t0)
    line(parent, s.x, s.y0, s.x, s.y1, {
      stroke: theme.accent,
      'stroke-width': 1.5,
      ...(f.isOpenQuestion ? { 'stroke-dasharray': '3 3' } : {}),
    })
  if (f.openMark)
    el(
      parent,
      'text',
      {
        x: f.openMark.x,
        y: f.openMark.y,
        'font-size': 12,
        'font-weight': 700,
        'text-anchor': 'middle',
        fill: theme.accent,
      },
      f.openMark.text,
    )
  for (const flag of f.flags)
    el(parent, 'path', {
      d: flag.d,
      fill: theme.surface,
      'stroke-width': 1.5,
      stroke:
        flag.kind === 'loss'
          ? DANGER
          : flag.kind === 'guarantee'
            ? theme.accent
            : theme.text,
    })
}

type MarkState = { isSelected: boolean; isCurrent: boolean; isCited: boolean }

/** The outline a mark gets on screen: its state's, else its milestone's, else its kind's. */
function outline(item: AlignedItem, state: MarkState, theme: CanvasTheme) {
  const kind = theme.kinds[kindFamily(item.event.kind)]
  if (state.isSelected) return { stroke: theme.accent, 'stroke-width': 4 }
  if (state.isCurrent) return { stroke: theme.current, 'stroke-width': 3 }
  switch (item.milestone?.kind) {
    case 'guarantee':
      return { stroke: theme.accent, 'stroke-width': 3 }
    case 'loss':
      return { stroke: DANGER, 'stroke-width': 3 }
    case 'outcome':
    case 'step':
      return { stroke: theme.text, 'stroke-width': 2 }
    default:
      return {
        stroke: item.shape === 'point' ? theme.surface : kind,
        'stroke-width': 1.5,
      }
  }
}

function drawMark(
  parent: Element,
  item: AlignedItem,
  top: number,
  state: MarkState,
  theme: CanvasTheme,
) {
  const d = markDrawing(item)
  const kind = theme.kinds[kindFamily(item.event.kind)]
  const g = el(parent, 'g', {
    transform: `translate(${item.x0},${laneCentre(top, item.lane)})`,
  })
  if (d.labelBg && state.isCited)
    el(g, 'rect', { ...d.labelBg, rx: 3, fill: theme.highlight })
  const stroke = outline(item, state, theme)
  if (d.shape.kind === 'circle')
    el(g, 'circle', { r: d.shape.r, fill: kind, ...stroke })
  else
    el(g, 'rect', {
      x: d.shape.x,
      y: d.shape.y,
      width: d.shape.width,
      height: d.shape.height,
      rx: 2,
      ...(item.shape === 'band'
        ? { fill: kind, 'fill-opacity': 0.22, 'stroke-dasharray': '3 2' }
        : { fill: mix(kind, theme.surface, 0.3) }),
      ...stroke,
    })
  if (d.arrow)
    el(g, 'path', { d: d.arrow, fill: 'none', stroke: kind, 'stroke-width': 2 })
  if (d.label)
    el(
      g,
      'text',
      {
        x: d.label.x,
        y: d.label.y,
        dy: '0.35em',
        'font-size': 12,
        fill: state.isSelected
          ? theme.accent
          : item.milestone
            ? theme.text
            : theme.textMuted,
        ...(state.isSelected ? { 'font-weight': 600 } : {}),
      },
      d.label.text,
    )
}

function drawAxis(parent: Element, fig: AlignedFigure, theme: CanvasTheme) {
  const { drawing } = fig
  const axis = el(parent, 'g', { 'font-size': 12 })
  line(axis, 0, AXIS_H - 0.5, drawing.widthPx, AXIS_H - 0.5, { stroke: RULE })
  for (const tick of drawing.ticks) {
    const isZero = tick.years === 0
    line(axis, tick.px, AXIS_H - 6, tick.px, AXIS_H, {
      stroke: isZero ? theme.accent : RULE,
    })
    if (tick.px + 3 + widthAt(tick.label, 12) > drawing.widthPx) continue
    el(
      axis,
      'text',
      {
        x: tick.px + 3,
        y: AXIS_H - 10,
        fill: isZero ? theme.accent : theme.textMuted,
        ...(isZero ? { 'font-weight': 700 } : {}),
      },
      tick.label,
    )
  }
  const grid = el(axis, 'g', {
    transform: `translate(0,${AXIS_H})`,
    stroke: RULE,
    'stroke-opacity': 0.55,
  })
  for (const s of drawing.grid) line(grid, s.x, s.y0, s.x, s.y1, {})
}

function drawPlayhead(parent: Element, fig: AlignedFigure, theme: CanvasTheme) {
  const years = fig.selection?.scrubYears ?? null
  if (years === null) return
  const { drawing } = fig
  const x = drawing.x(years)
  const text = formatYearTick(Math.round(years * 10) / 10)
  const w = widthAt(text, 12) + 12
  const left = Math.min(Math.max(x - w / 2, 0), drawing.widthPx - w)
  line(parent, x, AXIS_H - 16, x, AXIS_H + drawing.plotH, {
    stroke: theme.current,
    'stroke-width': 2,
  })
  el(parent, 'rect', {
    x: left,
    y: 0,
    width: w,
    height: 20,
    rx: 4,
    fill: theme.current,
  })
  el(
    parent,
    'text',
    {
      x: left + w / 2,
      y: 14,
      'font-size': 12,
      'font-weight': 600,
      'text-anchor': 'middle',
      fill: theme.surface,
    },
    text,
  )
}

/** `fig` as an SVG document at its output size (the figure's px times its scale). */
export function alignedFigureSvg(
  fig: AlignedFigure,
  theme: CanvasTheme = LIGHT,
): SerializedSvg {
  const { frame, drawing, selection } = fig
  const { svg, serialize } = newDocument(frame, theme)
  for (const heading of frame.heading) textLine(svg, heading, theme)
  const body = el(svg, 'g', {
    transform: `translate(${frame.body.x},${frame.body.y}) scale(${fig.fit})`,
  })
  drawAxis(body, fig, theme)
  const rows = el(body, 'g', { transform: `translate(0,${AXIS_H})` })
  const cited = new Set(selection?.citedIds ?? [])
  drawing.rows.forEach((row, i) => {
    const top = drawing.tops[i] ?? 0
    const g = el(rows, 'g', {})
    const f = drawing.frames[i]
    if (f) drawFrame(g, f, theme)
    for (const item of row.items)
      drawMark(
        g,
        item,
        top,
        {
          isSelected: selection?.selectedId === item.event.id,
          isCurrent: selection?.currentId === item.event.id,
          isCited: cited.has(item.event.id),
        },
        theme,
      )
  })
  drawPlayhead(body, fig, theme)
  drawLegend(svg, frame, theme)
  textLine(svg, frame.credit, theme)
  return serialize()
}
