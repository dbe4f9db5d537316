import { makeColoursPortable, portableColour } from './portableColours'

/**
 * The timeline's `<svg>` as a standalone SVG document: a deep clone with the computed presentation styles
 * written inline (the page's CSS variables, classes and dark mode do not travel with a file), a background,
 * explicit size and namespaces. Runs in the browser, on the live DOM, so it captures the current filters and
 * zoom exactly as drawn.
 */

/** Inherited properties that decide how SVG content looks: written where they differ from the parent's. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'visibility',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'letter-spacing',
] as const

/** Properties that are not inherited, with their initial values: written where they differ from these. */
const NOT_INHERITED: Readonly<Record<string, string>> = {
  opacity: '1',
  display: 'inline',
  'dominant-baseline': 'auto',
  'stop-color': 'rgb(0, 0, 0)',
  'stop-opacity': '1',
  'clip-path': 'none',
  mask: 'none',
  filter: 'none',
}

const SVG_NS = 'http://www.w3.org/2000/svg'

/**
 * Copy the computed presentation styles of `source` and its descendants onto the matching clone elements as
 * presentation attributes (`fill="…"`), replacing classes and inline styles: a `style` attribute written here
 * would need `style-src 'unsafe-inline'` in the page's Content-Security-Policy, attributes need nothing. Only what differs from the parent (inherited properties) or from the
 * initial value (the others) is written, which keeps the file small. A CSS `transform` (React positions some
 * layers with `style={{ transform }}`) becomes the `transform` attribute, which every SVG viewer reads.
 */
function inlineStyles(
  source: Element,
  clone: Element,
  parent: CSSStyleDeclaration | null,
): void {
  const computed = getComputedStyle(source)
  const declarations: [string, string][] = []
  for (const p of INHERITED) {
    const value = portableColour(computed.getPropertyValue(p))
    if (value !== '' && value !== parent?.getPropertyValue(p))
      declarations.push([p, value])
  }
  for (const [p, initial] of Object.entries(NOT_INHERITED)) {
    const value = portableColour(computed.getPropertyValue(p))
    if (value !== '' && value !== initial) declarations.push([p, value])
  }
  const transform = computed.getPropertyValue('transform')
  if (transform !== '' && transform !== 'none')
    clone.setAttribute('transform', transform)
  clone.removeAttribute('class')
  clone.removeAttribute('style')
  for (const [name, value] of declarations) clone.setAttribute(name, value)
  const from = source.children
  const to = clone.children
  for (let i = 0; i < from.length && i < to.length; i++)
    inlineStyles(from[i]!, to[i]!, computed)
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
 * `svg` as a standalone `<svg>` element with `title` as its `<title>`, without the elements matching `drop`
 * (interaction state: the playhead).
 * Colours are the ones on screen (light or dark theme); the background is the timeline's own surface colour.
 */
export function standaloneSvg(
  svg: SVGSVGElement,
  title: string,
  { drop = null }: { drop?: string | null } = {},
): { element: SVGSVGElement; widthPx: number; heightPx: number } {
  const box = svg.getBoundingClientRect()
  const widthPx = Number(svg.getAttribute('width')) || box.width || 800
  const heightPx = Number(svg.getAttribute('height')) || box.height || 300
  const clone = svg.cloneNode(true) as SVGSVGElement
  // Marked while the clone still has its classes; removed once styles are copied (they are copied by
  // position, element for element).
  const dropped = drop ? [...clone.querySelectorAll(drop)] : []
  inlineStyles(svg, clone, null)
  for (const el of dropped) el.remove()
  cleanUp(clone)
  makeColoursPortable(clone)
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
  return { element: clone, widthPx, heightPx }
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
