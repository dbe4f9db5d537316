import { plural } from '../problems'
import type { Problem } from '../types'

/**
 * Limits checked on the raw Markdown before it reaches the parser. micromark reads plain prose fast (~1 MB/s
 * on a slow machine) but markup slowly: every link, emphasis marker, entity or quote/list marker costs tens to
 * hundreds of microseconds, nested lists cost more per level, and some shapes are super-linear within a
 * paragraph (4,000 nested list markers take ~10 s). These limits keep any accepted essay to about a second;
 * the featured essay uses a few percent of them. Hostile input is refused at once, with the line and limit.
 */
export const ESSAY_LIMITS = {
  /** Whole file, in characters (the featured essay has ~10,000). */
  maxChars: 200_000,
  /** Whole file, in lines, blank ones included: each costs the parser a few microseconds even when empty. */
  maxLines: 10_000,
  /** Paragraphs, headings, lists and quotes (runs of lines between blank lines; the featured essay has 24, the
   * benchmark's 10,000-event essay about 170): each costs the parser ~0.1 ms, so 1,000 stay near 100 ms. */
  maxBlocks: 1_000,
  /** Lines in one run without a blank line: the parser's cost grows faster than their count (a paragraph,
   * heading run or tight list of 10,000 lines took 7× as long as one of 2,500). */
  maxRunLines: 500,
  /** Container markers (`>`, `-`, `1.`) opening one line. */
  maxNesting: 32,
  /** Whitespace columns in the prefix of one line (nesting by indentation). */
  maxIndent: 64,
  /** `[` open at once within one paragraph (nested links and images). */
  maxBracketDepth: 32,
  /** Per paragraph, where the parser's cost grows with the square of the count. */
  perParagraph: { brackets: 500, emphasis: 300, code: 300, angles: 1000 },
  /** Whole file. `containers` weighs each line's markers plus half its indentation. */
  total: {
    brackets: 3000,
    emphasis: 5000,
    code: 5000,
    angles: 10_000,
    entities: 3000,
    containers: 3000,
    escapes: 5000,
  },
} as const

type Counter = keyof typeof ESSAY_LIMITS.total
type Counts = Record<Counter, number>

const WHAT: Readonly<Record<Counter, string>> = {
  brackets: 'brackets "[" (links)',
  emphasis: 'emphasis markers ("*" or "_")',
  code: 'backtick runs',
  angles: '"<"',
  entities: '"&"',
  containers: 'quote and list markers',
  escapes: 'backslashes and "!"',
}

const zero = (): Counts => ({
  brackets: 0,
  emphasis: 0,
  code: 0,
  angles: 0,
  entities: 0,
  containers: 0,
  escapes: 0,
})

/** The first limit the Markdown breaks, as a problem naming the limit and the size found; null when within. */
export function essayLimitProblem(markdown: string): Problem | null {
  const L = ESSAY_LIMITS
  if (markdown.length > L.maxChars)
    return {
      path: 'essay.md',
      message: `is too long (${plural(markdown.length, 'character')}; the limit is ${L.maxChars.toLocaleString('en-US')})`,
    }
  const lines = markdown.split(/\r\n|\r|\n/)
  if (lines.length > L.maxLines)
    return {
      path: 'essay.md',
      message: `has ${count(lines.length)} lines; the limit is ${count(L.maxLines)}`,
    }
  const total = zero()
  let blocks = 0
  let paragraph: Paragraph | null = null
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (line.trim() === '') {
      const problem = paragraph && paragraphProblem(paragraph)
      if (problem) return problem
      paragraph = null
      continue
    }
    if (!paragraph) {
      blocks++
      paragraph = {
        line: i + 1,
        counts: zero(),
        depth: 0,
        maxDepth: 0,
        lines: 0,
      }
    }
    if (++paragraph.lines > L.maxRunLines) {
      let end = i
      while (end + 1 < lines.length && (lines[end + 1] ?? '').trim() !== '')
        end++
      return {
        path: `essay.md line ${paragraph.line}`,
        message: `runs ${count(end + 2 - paragraph.line)} lines without a blank line; the limit is ${count(L.maxRunLines)}`,
      }
    }
    const prefix = measurePrefix(line)
    const at = `essay.md line ${i + 1}`
    if (prefix.markers > L.maxNesting)
      return {
        path: at,
        message: `nests ${prefix.markers} levels deep; the limit is ${L.maxNesting}`,
      }
    if (prefix.columns > L.maxIndent)
      return {
        path: at,
        message: `is indented ${prefix.columns} columns; the limit is ${L.maxIndent}`,
      }
    paragraph.counts.containers +=
      prefix.markers + Math.floor(prefix.columns / 2)
    countMarkup(line, paragraph)
  }
  const problem = paragraph && paragraphProblem(paragraph)
  if (problem) return problem
  if (blocks > L.maxBlocks)
    return {
      path: 'essay.md',
      message: `has ${count(blocks)} paragraphs, headings and other blocks; the limit is ${count(L.maxBlocks)}`,
    }
  for (const line of lines) countMarkup(line, null, total)
  for (const key of COUNTERS)
    if (total[key] > L.total[key])
      return {
        path: 'essay.md',
        message: `has ${count(total[key])} ${WHAT[key]}; the limit is ${count(L.total[key])}`,
      }
  return null
}

const COUNTERS = Object.keys(zero()) as Counter[]
const count = (n: number) => n.toLocaleString('en-US')

/** One paragraph (lines up to a blank one) being counted. */
type Paragraph = {
  readonly line: number
  readonly counts: Counts
  depth: number
  maxDepth: number
  lines: number
}

/** Count one line's markup into a paragraph (bracket depth carries across its lines) or into `into`. */
function countMarkup(
  line: string,
  paragraph: Paragraph | null,
  into: Counts = paragraph?.counts ?? zero(),
): void {
  let previous = ''
  for (const c of line) {
    if (c === '[') {
      into.brackets++
      if (paragraph)
        paragraph.maxDepth = Math.max(paragraph.maxDepth, ++paragraph.depth)
    } else if (c === ']') {
      if (paragraph) paragraph.depth = Math.max(0, paragraph.depth - 1)
    } else if ((c === '*' || c === '_') && previous !== c) into.emphasis++
    else if (c === '`' && previous !== c) into.code++
    else if (c === '<') into.angles++
    else if (c === '&') into.entities++
    else if (c === '\\' || c === '!') into.escapes++
    previous = c
  }
  if (!paragraph) into.containers += containerWeight(line)
}

const containerWeight = (line: string) => {
  const prefix = measurePrefix(line)
  return prefix.markers + Math.floor(prefix.columns / 2)
}

/** The first per-paragraph limit a finished paragraph breaks, naming its first line and the count. */
function paragraphProblem(paragraph: Paragraph): Problem | null {
  const L = ESSAY_LIMITS
  const path = `essay.md line ${paragraph.line}`
  if (paragraph.maxDepth > L.maxBracketDepth)
    return {
      path,
      message: `nests brackets "[" ${count(paragraph.maxDepth)} deep; the limit is ${L.maxBracketDepth}`,
    }
  for (const key of COUNTERS) {
    const limit: number =
      (L.perParagraph as Partial<Record<Counter, number>>)[key] ?? Infinity
    if (paragraph.counts[key] > limit)
      return {
        path,
        message: `paragraph has ${count(paragraph.counts[key])} ${WHAT[key]}; the limit is ${count(limit)}`,
      }
  }
  return null
}

/** Count the container markers and whitespace columns (tab = 4) that open a line. */
function measurePrefix(line: string): { markers: number; columns: number } {
  let markers = 0
  let columns = 0
  let i = 0
  for (;;) {
    const c = line[i]
    if (c === ' ') columns++
    else if (c === '\t') columns += 4
    else if (c === '>') markers++
    else {
      const item = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/.exec(
        line.slice(i, i + 11),
      )
      if (!item) break
      markers++
      i += item[0].length
      continue
    }
    i++
  }
  return { markers, columns }
}
