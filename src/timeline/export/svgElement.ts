/** The one way the figures' SVG back-ends make an element: attributes as given, text as text (never markup). */

export const SVG_NS = 'http://www.w3.org/2000/svg'

export type Attrs = Record<string, string | number>

/** Appends a `tag` element with `attrs` (and `text`) to `parent`; returns it. */
export function el(
  parent: Element,
  tag: string,
  attrs: Attrs,
  text?: string,
): Element {
  const node = parent.ownerDocument.createElementNS(SVG_NS, tag)
  for (const [name, value] of Object.entries(attrs))
    node.setAttribute(name, String(value))
  if (text !== undefined) node.textContent = text
  parent.appendChild(node)
  return node
}
