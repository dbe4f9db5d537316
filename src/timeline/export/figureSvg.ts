import { eraBands, eraLabelY } from '../eras/eraBands'
import { AXIS_H, POINT_R } from '../layout/geometry'
import { LIGHT, type CanvasTheme } from '../paint/canvasTheme'
import { paintMarks } from '../paint/paintMarks'
import { svgPaintContext } from '../paint/svgPaintContext'
import type { Figure, LegendEntry, TextLine } from './figure'
import { widthAt } from './figureLabels'
import { drawMarkers, drawRowLabels, tickLabels } from './figureLabelsSvg'
import { el, SVG_NS } from './svgElement'

/**
 * A figure (`figure.ts`) drawn as a standalone SVG document: the marks through the same `paintMarks` the
 * screen's canvas uses (its SVG back-end), the axis from the same ticks, and the frame's words as `<text>`
 * (searchable, editable in a vector editor). Colours are presentation attributes, never `style`: the page's
 * Content-Security-Policy allows no inline styles. Nothing interactive, no script, no foreign content.
 */

/** The light theme's `--border`: the axis line and gridlines. */
export const RULE = '#d6d0c4'
/** The light theme's `--danger`: the aligned lens's losses. */
export const DANGER = '#a8201a'

/** A standalone SVG document's text and its output size in px. */
export type SerializedSvg = {
  readonly text: string
  readonly widthPx: number
  readonly heightPx: number
}

export function textLine(parent: Element, line: TextLine, theme: CanvasTheme) {
  el(
    parent,
    'text',
    {
      x: line.x,
      y: line.y,
      'font-size': line.sizePx,
      'font-weight': line.weight,
      fill: line.isMuted ? theme.textMuted : theme.text,
    },
    line.text,
  )
}

function drawAxis(parent: Element, fig: Figure, theme: CanvasTheme) {
  const { widthPx, plotH } = fig.view
  const axis = el(parent, 'g', { 'font-size': 12 })
  el(axis, 'line', {
    x1: 0,
    x2: widthPx,
    y1: AXIS_H - 0.5,
    y2: AXIS_H - 0.5,
    stroke: RULE,
  })
  for (const tick of fig.ticks) {
    const x = fig.view.x(tick.timeMs)
    el(axis, 'line', {
      x1: x,
      x2: x,
      y1: AXIS_H - 6,
      y2: AXIS_H + plotH,
      stroke: RULE,
      'stroke-opacity': tick.isMajor ? 1 : 0.55,
    })
  }
  for (const { tick, x } of tickLabels(fig))
    el(
      axis,
      'text',
      {
        x,
        y: AXIS_H - 10,
        fill: tick.isMajor ? theme.text : theme.textMuted,
        ...(tick.isMajor ? { 'font-weight': 600 } : {}),
      },
      tick.label,
    )
}

/** The eras as the screen draws them (`EraBands`): tinted bands behind the axis and lanes, labelled at their top. */
function drawEras(parent: Element, fig: Figure, theme: CanvasTheme) {
  const { widthPx, plotH } = fig.view
  const bands = eraBands(fig.eras, fig.view.x, widthPx)
  if (bands.length === 0) return
  const g = el(parent, 'g', { 'font-size': 11, 'font-weight': 600 })
  for (const band of bands) {
    el(g, 'rect', {
      x: band.x0,
      y: 0,
      width: band.x1 - band.x0,
      height: AXIS_H + plotH,
      fill: theme.text,
      'fill-opacity': band.isAlternate ? 0.08 : 0.04,
    })
    el(g, 'line', {
      x1: band.x0 + 0.5,
      x2: band.x0 + 0.5,
      y1: 0,
      y2: AXIS_H + plotH,
      stroke: theme.textMuted,
      'stroke-opacity': 0.5,
      'stroke-dasharray': '3 3',
    })
    if (band.label !== '')
      el(
        g,
        'text',
        {
          x: band.labelX,
          y: eraLabelY(band.labelRow, plotH),
          fill: theme.textMuted,
        },
        band.label,
      )
  }
}

function drawPlayhead(parent: Element, fig: Figure, theme: CanvasTheme) {
  const head = fig.playhead
  if (!head) return
  const g = el(parent, 'g', {})
  el(g, 'line', {
    x1: head.x,
    x2: head.x,
    y1: AXIS_H - 16,
    y2: AXIS_H + fig.view.plotH,
    stroke: theme.current,
    'stroke-width': 2,
  })
  const w = widthAt(head.text, 12) + 12
  const x = Math.min(Math.max(head.x - w / 2, 0), fig.view.widthPx - w)
  el(g, 'rect', {
    x,
    y: 0,
    width: w,
    height: 20,
    rx: 4,
    fill: theme.current,
  })
  el(
    g,
    'text',
    {
      x: x + w / 2,
      y: 14,
      'font-size': 12,
      'font-weight': 600,
      'text-anchor': 'middle',
      fill: theme.surface,
    },
    head.text,
  )
}

function drawSwatch(parent: Element, entry: LegendEntry, theme: CanvasTheme) {
  const { x, y } = entry
  if (entry.swatch === 'cluster') {
    el(parent, 'rect', {
      x,
      y: y - 7,
      width: 14,
      height: 14,
      rx: 7,
      fill: theme.surface2,
      stroke: theme.textMuted,
    })
  } else if (entry.swatch === 'band') {
    el(parent, 'rect', {
      x: x + 0.5,
      y: y - 6.5,
      width: 13,
      height: 13,
      fill: theme.textMuted,
      'fill-opacity': 0.16,
      stroke: theme.textMuted,
      'stroke-dasharray': '3 2',
    })
  } else if (entry.swatch === 'open-band') {
    el(parent, 'rect', {
      x: x - 1.5,
      y: y - 6.5,
      width: 17,
      height: 13,
      rx: 2,
      fill: theme.surface2,
      stroke: theme.textMuted,
      'stroke-dasharray': '3 2',
    })
  } else if (
    entry.swatch === 'loss' ||
    entry.swatch === 'guarantee' ||
    entry.swatch === 'outcome'
  ) {
    // A milestone is known by its outline colour.
    el(parent, 'circle', {
      cx: x + 7,
      cy: y,
      r: POINT_R,
      fill: theme.surface,
      'stroke-width': 3,
      stroke:
        entry.swatch === 'loss'
          ? DANGER
          : entry.swatch === 'guarantee'
            ? theme.accent
            : theme.text,
    })
  } else {
    el(parent, 'circle', {
      cx: x + 7,
      cy: y,
      r: POINT_R + 1,
      fill: theme.kinds[entry.swatch],
    })
  }
}

/** The legend's swatches and words, from `fig.legendTop` at the left margin. */
export function drawLegend(
  parent: Element,
  fig: Pick<Figure, 'margin' | 'legendTop' | 'legend'>,
  theme: CanvasTheme,
) {
  if (fig.legend.length === 0) return
  const g = el(parent, 'g', {
    transform: `translate(${fig.margin},${fig.legendTop})`,
    'font-size': 12,
  })
  for (const entry of fig.legend) {
    drawSwatch(g, entry, theme)
    el(
      g,
      'text',
      { x: entry.x + 21, y: entry.y + 4, fill: theme.text },
      entry.label,
    )
  }
}

/** A new SVG document of `widthPx` × `heightPx` figure px, at `scale`, with its title, description, background. */
export function newDocument(
  fig: Pick<
    Figure,
    'widthPx' | 'heightPx' | 'scale' | 'documentTitle' | 'description'
  >,
  theme: CanvasTheme,
) {
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null)
  const svg = doc.documentElement
  const widthPx = Math.round(fig.widthPx * fig.scale)
  const heightPx = Math.round(fig.heightPx * fig.scale)
  svg.setAttribute('width', String(widthPx))
  svg.setAttribute('height', String(heightPx))
  svg.setAttribute('viewBox', `0 0 ${fig.widthPx} ${fig.heightPx}`)
  svg.setAttribute('font-family', theme.font)
  el(svg, 'title', {}, fig.documentTitle)
  el(svg, 'desc', {}, fig.description)
  el(svg, 'rect', { width: '100%', height: '100%', fill: theme.surface })
  const serialize = (): SerializedSvg => ({
    text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`,
    widthPx,
    heightPx,
  })
  return { svg, serialize }
}

/** `fig` as an SVG document at its output size (the figure's px times its scale). */
export function figureSvg(
  fig: Figure,
  theme: CanvasTheme = LIGHT,
): SerializedSvg {
  const { svg, serialize } = newDocument(fig, theme)
  for (const line of fig.heading) textLine(svg, line, theme)
  drawRowLabels(svg, fig, theme)
  const plot = el(svg, 'g', {
    transform: `translate(${fig.plotLeft},${fig.plotTop})`,
  })
  drawEras(plot, fig, theme)
  drawAxis(plot, fig, theme)
  drawMarkers(plot, fig, theme)
  // The marks, clipped to the plot as the canvas is to its box: a bar that runs past an edge is cut there.
  const defs = el(plot, 'defs', {}) as SVGDefsElement
  const clip = el(defs, 'clipPath', { id: 'figure-plot' })
  el(clip, 'rect', { width: fig.view.widthPx, height: fig.view.plotH })
  const marks = el(plot, 'g', {
    transform: `translate(0,${AXIS_H})`,
    'clip-path': 'url(#figure-plot)',
  }) as SVGGElement
  const { view } = fig
  paintMarks(
    svgPaintContext(marks, defs, 'figure-fade'),
    view.items,
    {
      leftPx: view.leftPx,
      ratio: view.ratio,
      widthPx: view.widthPx,
      heightPx: view.plotH,
      dpr: 1,
      lanes: view.lanes,
      labelsInside: true,
      clustersInside: true,
      // Rows by facet: the labels are in their own column (`drawRowLabels`), not over the marks.
      ...(view.rows ? { rows: { labels: view.rows.map((r) => r.label) } } : {}),
    },
    fig.paintState,
    theme,
  )
  drawPlayhead(plot, fig, theme)
  drawLegend(svg, fig, theme)
  textLine(svg, fig.credit, theme)
  return serialize()
}
