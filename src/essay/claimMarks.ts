import type { Inline, LinkProvenance } from '../data/types'

/**
 * A passage's inlines with its claim notes placed: the quoted phrase wrapped (`phrase`, possibly in several
 * pieces when it crosses a citation or emphasis) and a `noteMarker` after the top-level inline where the
 * phrase ends, so the marker is never inside a link. The words are untouched: the plain text of the result
 * equals the passage's. Pure.
 */

export type MarkedInline =
  | { readonly type: 'text'; readonly value: string }
  | {
      readonly type: 'emphasis' | 'strong'
      readonly children: readonly MarkedInline[]
    }
  | {
      readonly type: 'citation'
      readonly id: string
      readonly eventIds: readonly string[]
      readonly provenance: LinkProvenance | null
      readonly children: readonly MarkedInline[]
    }
  | {
      readonly type: 'link'
      readonly href: string
      readonly children: readonly MarkedInline[]
    }
  /** Part of a note's phrase (highlighted while its note is open). */
  | { readonly type: 'phrase'; readonly noteId: string; readonly value: string }
  /** Where a note's margin marker goes. */
  | { readonly type: 'noteMarker'; readonly noteId: string }

/** A note's phrase in the passage's text, `[start, end)` character offsets. */
export type PhraseRange = {
  readonly noteId: string
  readonly start: number
  readonly end: number
}

const markedLength = (inline: MarkedInline): number =>
  inline.type === 'text' || inline.type === 'phrase'
    ? inline.value.length
    : inline.type === 'noteMarker'
      ? 0
      : inline.children.reduce((sum, child) => sum + markedLength(child), 0)

const textLength = (inline: Inline): number =>
  inline.type === 'text'
    ? inline.value.length
    : inline.children.reduce((sum, child) => sum + textLength(child), 0)

/** `inline`, starting at `offset` in the passage's text, with the characters inside `ranges` as phrase pieces. */
function split(
  inline: Inline,
  offset: number,
  ranges: readonly PhraseRange[],
): MarkedInline[] {
  const end = offset + textLength(inline)
  const touching = ranges.filter((r) => r.start < end && r.end > offset)
  if (touching.length === 0) return [inline]
  if (inline.type !== 'text') {
    let at = offset
    const children = inline.children.flatMap((child) => {
      const out = split(child, at, touching)
      at += textLength(child)
      return out
    })
    return [{ ...inline, children }]
  }
  const out: MarkedInline[] = []
  let cut = 0
  for (const range of touching) {
    const from = Math.max(range.start - offset, cut)
    const to = Math.min(range.end - offset, inline.value.length)
    if (from > cut)
      out.push({ type: 'text', value: inline.value.slice(cut, from) })
    out.push({
      type: 'phrase',
      noteId: range.noteId,
      value: inline.value.slice(from, to),
    })
    cut = to
  }
  if (cut < inline.value.length)
    out.push({ type: 'text', value: inline.value.slice(cut) })
  return out
}

/**
 * `inlines` with each range's phrase wrapped and its marker placed. A range that overlaps an earlier one gets
 * its marker but no highlight of its own (one highlight per character keeps the tree simple).
 */
export function markPhrases(
  inlines: readonly Inline[],
  ranges: readonly PhraseRange[],
): MarkedInline[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end)
  const wrapped: PhraseRange[] = []
  for (const range of sorted)
    if (!wrapped.some((w) => range.start < w.end && w.start < range.end))
      wrapped.push(range)
  const out: MarkedInline[] = []
  let offset = 0
  const marked = new Set<string>()
  // Each marker goes right after the piece where its phrase ends: inside plain text that is the phrase's last
  // word; inside a citation, link or emphasis it is after the whole element, so no marker sits in a link.
  for (const inline of inlines) {
    const pieces =
      inline.type === 'text'
        ? cutAtEnds(split(inline, offset, wrapped), offset, sorted)
        : [inline]
    for (const piece of pieces) {
      if (piece !== inline) out.push(piece)
      else out.push(...split(inline, offset, wrapped))
      offset += markedLength(piece)
      for (const range of sorted)
        if (!marked.has(range.noteId) && range.end <= offset) {
          marked.add(range.noteId)
          out.push({ type: 'noteMarker', noteId: range.noteId })
        }
    }
  }
  return out
}

/** Plain-text pieces cut where a range ends inside them, so that its marker can follow its last word. */
function cutAtEnds(
  pieces: readonly MarkedInline[],
  offset: number,
  ranges: readonly PhraseRange[],
): MarkedInline[] {
  const out: MarkedInline[] = []
  let at = offset
  for (const piece of pieces) {
    const length = markedLength(piece)
    if (piece.type === 'text') {
      const cuts = ranges
        .map((r) => r.end - at)
        .filter((cut) => cut > 0 && cut < length)
        .sort((a, b) => a - b)
      let from = 0
      for (const cut of [...new Set(cuts), length]) {
        out.push({ type: 'text', value: piece.value.slice(from, cut) })
        from = cut
      }
    } else out.push(piece)
    at += length
  }
  return out
}
