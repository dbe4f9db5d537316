import { paintMarks } from './paintMarks'
import { lastPaintOf } from './paintRecord'
import { svgPaintContext } from './svgPaintContext'

/**
 * The marks as SVG, for exporting the timeline (the lanes are painted on a canvas for speed, so a clone of the
 * timeline's `<svg>` holds the axis and playhead only). The canvas records what it last painted
 * (`paintRecord.ts`); this replays that paint into SVG elements, so the file matches the screen.
 */

/**
 * The marks last painted on `canvas`, as a `<g>` (with its gradients in a `<defs>` inside it), positioned
 * like the canvas within the timeline's `<svg>` (its top is the canvas's offset, `AXIS_H`). Null if the canvas
 * has not painted. Usage when exporting: `svgClone.append(marksSvgFor(regionCanvas))`, where `regionCanvas`
 * is `region.querySelector('canvas.tl-canvas')`.
 */
export function marksSvgFor(
  canvas: HTMLCanvasElement | null,
  doc: Document = document,
): SVGGElement | null {
  const last = canvas && lastPaintOf(canvas)
  if (!last) return null
  const ns = 'http://www.w3.org/2000/svg'
  const group = doc.createElementNS(ns, 'g') as SVGGElement
  group.setAttribute('transform', `translate(0,${canvas.offsetTop})`)
  group.setAttribute('class', 'tl-marks-export')
  const defs = doc.createElementNS(ns, 'defs') as SVGDefsElement
  group.appendChild(defs)
  const marks = doc.createElementNS(ns, 'g') as SVGGElement
  group.appendChild(marks)
  paintMarks(
    svgPaintContext(marks, defs, 'tl-export-fade'),
    last.items,
    last.view,
    last.state,
    last.theme,
  )
  return group
}
