import { marksSvgFor } from '../paint/marksSvg'
import { serializeSvg, type SerializedSvg } from './serializeSvg'

/** The accessible name of the region holding the timeline. */
export const TIMELINE_REGION_NAME = 'Timeline'

export type TimelineDrawing = {
  /** The timeline's main `<svg>`: axis, playhead. */
  readonly svg: SVGSVGElement
  /** The canvas the marks are painted on, beside the svg; null when the marks are SVG. */
  readonly canvas: HTMLCanvasElement | null
}

/** Drawn area of an svg in CSS px², from its size attributes (jsdom has no layout) or its box. */
function area(svg: SVGSVGElement): number {
  const box = svg.getBoundingClientRect()
  const width = Number(svg.getAttribute('width')) || box.width
  const height = Number(svg.getAttribute('height')) || box.height
  return width * height
}

/**
 * The drawing inside the region named "Timeline" (`<section aria-label="Timeline">` or `role="region"`): its
 * largest top-level `<svg>` (so icons and the overview strip are passed over) and the canvas beside it.
 */
export function findTimelineDrawing(
  root: ParentNode = document,
): TimelineDrawing | null {
  const regions = [
    ...root.querySelectorAll<HTMLElement>(
      'section[aria-label], [role="region"][aria-label]',
    ),
  ]
  const region = regions.find(
    (r) => r.getAttribute('aria-label') === TIMELINE_REGION_NAME,
  )
  if (!region) return null
  let svg: SVGSVGElement | null = null
  for (const candidate of region.querySelectorAll<SVGSVGElement>('svg')) {
    if (candidate.parentElement?.closest('svg')) continue
    if (!svg || area(candidate) > area(svg)) svg = candidate
  }
  if (!svg) return null
  const canvas = svg.parentElement?.querySelector('canvas') ?? null
  return { svg, canvas }
}

/** The timeline as drawn now, as a standalone SVG document: the svg plus the canvas's marks replayed as SVG. */
export function serializeTimeline(
  title: string,
  root: ParentNode = document,
): SerializedSvg | null {
  const drawing = findTimelineDrawing(root)
  if (!drawing) return null
  const marks = marksSvgFor(drawing.canvas, drawing.svg.ownerDocument)
  return serializeSvg(drawing.svg, title, marks ? [marks] : [])
}
