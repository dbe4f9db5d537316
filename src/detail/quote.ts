import type { CitationId, Inline, Passage } from '../data/types'

/** A short quote around a citation: `before` + `anchor` + `after`, with "…" where text was cut. */
export type Excerpt = {
  readonly before: string
  readonly anchor: string
  readonly after: string
}

/** The passage's text as the reader sees it, and where the citation's anchor sits in it (char offsets). */
function flatten(
  inlines: readonly Inline[],
  citationId: CitationId,
): { text: string; start: number; end: number } {
  let text = ''
  let start = -1
  let end = -1
  const walk = (nodes: readonly Inline[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        text += node.value
        continue
      }
      const isTarget = node.type === 'citation' && node.id === citationId
      if (isTarget && start === -1) start = text.length
      walk(node.children)
      if (isTarget && end === -1) end = text.length
    }
  }
  walk(inlines)
  return { text, start, end }
}

// A sentence ends at . ! ? or … (and any closing quotes/brackets) followed by space and a capital, digit or
// opening quote. Lower-case after a full stop ("U.S. troops") does not end one.
const BOUNDARY = /[.!?…]["'”’)\]]*\s+(?=["'“‘([]?[A-Z0-9])/g

function sentenceBounds(text: string, start: number, end: number) {
  let from = 0
  let to = text.length
  for (const match of text.matchAll(BOUNDARY)) {
    const boundaryEnd = match.index + match[0].length
    if (boundaryEnd <= start) from = boundaryEnd
    else if (match.index >= end) {
      to = match.index + match[0].trimEnd().length
      break
    }
  }
  return { from, to }
}

/** The last `budget` characters of `text`, starting at a word, with "…" when cut. */
function tail(text: string, budget: number): string {
  if (text.length <= budget) return text
  const cut = text.slice(text.length - budget)
  const space = cut.search(/\s/)
  return `…${space === -1 ? cut : cut.slice(space + 1)}`
}

/** The first `budget` characters of `text`, ending at a word, with "…" when cut. */
function head(text: string, budget: number): string {
  if (text.length <= budget) return text
  const cut = text.slice(0, budget)
  const space = cut.search(/\s\S*$/)
  return `${space === -1 ? cut : cut.slice(0, space)}…`
}

/**
 * A quote of about `maxChars` characters showing citation `citationId` in context: its whole sentence when
 * that fits, else the sentence trimmed around the anchor at word boundaries. When the citation is not in the
 * passage, the passage's opening.
 */
export function citationExcerpt(
  passage: Passage,
  citationId: CitationId,
  maxChars = 200,
): Excerpt {
  const { text, start, end } = flatten(passage.inlines, citationId)
  if (start === -1)
    return { before: head(passage.text, maxChars), anchor: '', after: '' }
  const { from, to } = sentenceBounds(text, start, end)
  const anchor = text.slice(start, end)
  const left = text.slice(from, start)
  const right = text.slice(end, to)
  const budget = Math.max(maxChars - anchor.length, 0)
  // Split the room evenly, giving what one side does not need to the other.
  const leftBudget = Math.max(Math.floor(budget / 2), budget - right.length)
  const rightBudget = Math.max(budget - left.length, budget - leftBudget)
  return {
    before: tail(left, leftBudget),
    anchor,
    after: head(right, rightBudget),
  }
}
