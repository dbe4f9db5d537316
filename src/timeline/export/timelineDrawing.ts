/**
 * The aligned lens's export: its drawing is all SVG elements, so its `<svg>` is serialised as shown (the
 * calendar view's export is drawn from its model instead, `figure.ts`). Found in the region named
 * "Timeline" (`<section aria-label="Timeline">`), as its largest top-level `<svg>`, so icons are passed over.
 */

/** The accessible name of the region holding the timeline. */
export const TIMELINE_REGION_NAME = 'Timeline'

/** Drawn area of an svg in CSS px², from its size attributes (jsdom has no layout) or its box. */
function area(svg: SVGSVGElement): number {
  const box = svg.getBoundingClientRect()
  const width = Number(svg.getAttribute('width')) || box.width
  const height = Number(svg.getAttribute('height')) || box.height
  return width * height
}

/** The largest top-level `<svg>` inside the region named "Timeline", or null. */
export function findTimelineSvg(
  root: ParentNode = document,
): SVGSVGElement | null {
  const region = [
    ...root.querySelectorAll<HTMLElement>(
      'section[aria-label], [role="region"][aria-label]',
    ),
  ].find((r) => r.getAttribute('aria-label') === TIMELINE_REGION_NAME)
  if (!region) return null
  let svg: SVGSVGElement | null = null
  for (const candidate of region.querySelectorAll<SVGSVGElement>('svg')) {
    if (candidate.parentElement?.closest('svg')) continue
    if (!svg || area(candidate) > area(svg)) svg = candidate
  }
  return svg
}
