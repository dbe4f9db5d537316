import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { Dataset } from '../../data/types'
import { TimeAxis } from '../../timeline/axis/TimeAxis'
import {
  AXIS_H,
  COMPACT_LANES,
  LANES,
  type Lanes,
} from '../../timeline/layout/geometry'
import type { CanvasTheme } from '../../timeline/paint/canvasTheme'
import { paintMarks } from '../../timeline/paint/paintMarks'
import { svgPaintContext } from '../../timeline/paint/svgPaintContext'
import { viewport } from '../../timeline/viewport'

/**
 * The colours as the page's own custom properties, so the still frame follows the light or dark theme as the
 * canvas does (an SVG presentation attribute takes `var()`; the CSP allows no inline style).
 */
const TOKEN_THEME: CanvasTheme = {
  font: 'var(--font-ui)',
  text: 'var(--text)',
  textMuted: 'var(--text-muted)',
  surface: 'var(--surface)',
  surface2: 'var(--surface-2)',
  accent: 'var(--accent)',
  current: 'var(--current)',
  highlight: 'var(--highlight)',
  kinds: {
    accord: 'var(--tl-k-accord)',
    talks: 'var(--tl-k-talks)',
    words: 'var(--tl-k-words)',
    force: 'var(--tl-k-force)',
    body: 'var(--tl-k-body)',
    other: 'var(--tl-k-other)',
  },
}

/** The widths the frame is drawn at, px: the band at a 1440 px wide window, and at a 390 px phone. */
export const FRAME_WIDTHS = { wide: 1392, compact: 358 } as const

const SVG_NS = 'http://www.w3.org/2000/svg'

/**
 * One band's first frame as SVG markup: the axis (the same component the live view renders) and the marks
 * (`paintMarks` through the SVG back-end the export uses), for the whole dataset at its full extent, as at
 * first load. `doc` makes the SVG elements (jsdom at build time). Stretches to the band's width; its height is
 * the live stage's.
 */
function bandSvg(
  doc: Document,
  dataset: Dataset,
  widthPx: number,
  lanes: Lanes,
  className: string,
): string {
  const bounds = dataset.boundsMs
  const view = viewport({
    events: dataset.events,
    bounds,
    domain: bounds,
    widthPx,
    lanes,
  })
  const heightPx = AXIS_H + view.plotH
  const svg = doc.createElementNS(SVG_NS, 'svg')
  svg.setAttribute('class', `tl-svg tl-frame ${className}`)
  svg.setAttribute('width', '100%')
  svg.setAttribute('height', String(heightPx))
  svg.setAttribute('viewBox', `0 0 ${widthPx} ${heightPx}`)
  svg.setAttribute('preserveAspectRatio', 'none')
  svg.setAttribute('aria-hidden', 'true')
  const defs = doc.createElementNS(SVG_NS, 'defs')
  const marks = doc.createElementNS(SVG_NS, 'g')
  marks.setAttribute('transform', `translate(0,${AXIS_H})`)
  svg.append(defs, marks)
  paintMarks(
    svgPaintContext(marks, defs, `frame-${className}`),
    view.items,
    {
      leftPx: view.leftPx,
      ratio: view.ratio,
      widthPx,
      heightPx: view.plotH,
      dpr: 1,
      lanes,
    },
    {
      selectedKey: undefined,
      currentKey: undefined,
      hoveredKey: undefined,
      citedKeys: new Set(),
    },
    TOKEN_THEME,
  )
  const axis = renderToStaticMarkup(
    createElement(TimeAxis, { x: view.x, widthPx, plotH: view.plotH }),
  )
  // The axis first, beneath the marks, as in the live stage.
  return svg.outerHTML.replace(/(<svg[^>]*>)/, `$1${axis}`)
}

/** The first frame for both bands (CSS shows the one that fits the screen: Timeline.css). */
export function firstFrameSvg(doc: Document, dataset: Dataset): string {
  return (
    bandSvg(doc, dataset, FRAME_WIDTHS.wide, LANES, 'is-wide') +
    bandSvg(doc, dataset, FRAME_WIDTHS.compact, COMPACT_LANES, 'is-compact')
  )
}
