/**
 * Plain text written into generated Markdown (imported headlines, titles) must read back as the same text:
 * escape what CommonMark would take as markup. Pure.
 */

/** Characters that start inline markup anywhere in a line (links, emphasis, code, HTML, entities). */
const INLINE_SPECIALS = /[\\`*_[\]<>&!#|~]/g

/** Escape `text` so that Markdown renders it literally, on one line, inside a paragraph or heading. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(INLINE_SPECIALS, '\\$&')
      // Block markers at the start of a line: list items ("1. ", "- ", "+ "), quotes, setext/thematic rules.
      .replace(/^(\d+)([.)])/, '$1\\$2')
      .replace(/^([-+=])/, '\\$1')
  )
}

/** A URL-safe id from a title: "Berlin Airlift (1948)" -> "berlin-airlift-1948"; accents dropped. */
export function slugify(text: string, maxLength = 60): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '')
}

/** Make `base` unique among `taken` by suffixing -2, -3…; records the result in `taken`. */
export function uniqueId(base: string, taken: Set<string>): string {
  // The next suffix to try for each base, per set of taken ids: n events with one headline cost n steps,
  // not n²/2 (counting up from 2 each time did).
  let next = nextSuffixes.get(taken)
  if (!next) nextSuffixes.set(taken, (next = new Map()))
  let n = next.get(base) ?? 2
  let id = base
  while (taken.has(id)) id = `${base}-${n++}`
  next.set(base, n)
  taken.add(id)
  return id
}

const nextSuffixes = new WeakMap<Set<string>, Map<string, number>>()
