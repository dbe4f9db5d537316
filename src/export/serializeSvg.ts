/**
 * The timeline's `<svg>` as a standalone SVG document: a deep clone with the computed presentation styles
 * written inline (the page's CSS variables, classes and dark mode do not travel with a file), a background,
 * explicit size and namespaces. Runs in the browser, on the live DOM, so it captures the current filters and
 * zoom exactly as drawn.
 */

/** Computed properties that decide how SVG content looks; copied onto each cloned element. */
const PRESENTATION = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
  'display',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'stop-color',
  'stop-opacity',
] as const

const SVG_NS = 'http://www.w3.org/2000/svg'

/** The accessible name the region is found by. */
export const TIMELINE_REGION_NAME = 'Timeline'

/**
 * The main drawing of the region named "Timeline" (`<section aria-label="Timeline">` or `role="region"`):
 * its largest `<svg>` by element count, so small icon SVGs and the overview strip are passed over.
 */
export function findTimelineSvg(
  root: ParentNode = document,
): SVGSVGElement | null {
  const regions = [
    ...root.querySelectorAll<HTMLElement>(
      'section[aria-label], [role="region"][aria-label]',
    ),
  ]
  const region = regions.find(
    (r) => r.getAttribute('aria-label') === TIMELINE_REGION_NAME,
  )
  if (!region) return null
  let best: SVGSVGElement | null = null
  let bestSize = -1
  for (const svg of region.querySelectorAll<SVGSVGElement>('svg')) {
    if (svg.parentElement?.closest('svg')) continue
    const size = svg.getElementsByTagName('*').length
    if (size > bestSize) [best, bestSize] = [svg, size]
  }
  return best
}

/** Copy the computed presentation styles of `source` and its descendants onto the matching clone elements. */
function inlineStyles(source: Element, clone: Element): void {
  const computed = getComputedStyle(source)
  const style = PRESENTATION.map(
    (p) => [p, computed.getPropertyValue(p)] as const,
  )
    .filter(([, v]) => v !== '')
    .map(([p, v]) => `${p}:${v}`)
    .join(';')
  if (style) clone.setAttribute('style', style)
  clone.removeAttribute('class')
  const from = source.children
  const to = clone.children
  for (let i = 0; i < from.length && i < to.length; i++)
    inlineStyles(from[i]!, to[i]!)
}

/** Interactive and page-only attributes that mean nothing in a file. */
const DROPPED_ATTRIBUTES = [
  'tabindex',
  'role',
  'aria-pressed',
  'aria-current',
  'data-testid',
]

function cleanUp(clone: Element): void {
  // HTML inside the SVG does not render in an <img> and could carry anything: drop it.
  for (const foreign of clone.querySelectorAll('foreignObject, script'))
    foreign.remove()
  for (const el of [clone, ...clone.querySelectorAll('*')])
    for (const name of DROPPED_ATTRIBUTES) el.removeAttribute(name)
}

export type SerializedSvg = {
  readonly text: string
  /** Size in CSS px. */
  readonly widthPx: number
  readonly heightPx: number
}

/**
 * Serialise `svg` as a standalone document with `title` as its `<title>`. Colours are the ones on screen
 * (light or dark theme); the background is the timeline's own surface colour.
 */
export function serializeSvg(svg: SVGSVGElement, title: string): SerializedSvg {
  const box = svg.getBoundingClientRect()
  const widthPx = Number(svg.getAttribute('width')) || box.width || 800
  const heightPx = Number(svg.getAttribute('height')) || box.height || 300
  const clone = svg.cloneNode(true) as SVGSVGElement
  inlineStyles(svg, clone)
  cleanUp(clone)
  clone.setAttribute('xmlns', SVG_NS)
  clone.setAttribute('width', String(widthPx))
  clone.setAttribute('height', String(heightPx))
  clone.setAttribute('viewBox', `0 0 ${widthPx} ${heightPx}`)
  const background = backgroundColour(svg)
  const rect = document.createElementNS(SVG_NS, 'rect')
  rect.setAttribute('width', '100%')
  rect.setAttribute('height', '100%')
  rect.setAttribute('fill', background)
  const titleEl = document.createElementNS(SVG_NS, 'title')
  titleEl.textContent = title
  clone.prepend(titleEl, rect)
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`
  return { text, widthPx, heightPx }
}

/** The first opaque background behind the svg, so the file reads the same in light and dark viewers. */
function backgroundColour(svg: Element): string {
  for (let el: Element | null = svg; el; el = el.parentElement) {
    const colour = getComputedStyle(el).backgroundColor
    if (colour && colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour))
      return colour
  }
  return '#ffffff'
}
