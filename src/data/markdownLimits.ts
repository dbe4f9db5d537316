import { plural } from './problems'
import type { Problem } from './types'

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
}

const zero = (): Counts => ({
  brackets: 0,
  emphasis: 0,
  code: 0,
  angles: 0,
  entities: 0,
  containers: 0,
})

/** The first limit the Markdown breaks, as a problem; null when it is within every limit. */
export function essayLimitProblem(markdown: string): Problem | null {
  const L = ESSAY_LIMITS
  if (markdown.length > L.maxChars)
    return {
      path: 'essay.md',
      message: `is too long (${plural(markdown.length, 'character')}; the limit is ${L.maxChars.toLocaleString('en-US')})`,
    }
  const total = zero()
  let block = zero()
  let blockLine = 0
  let depth = 0
  const lines = markdown.split(/\r\n|\r|\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const at = `essay.md line ${i + 1}`
    if (line.trim() === '') {
      blockLine = 0
      depth = 0
      continue
    }
    if (blockLine === 0) {
      blockLine = i + 1
      block = zero()
    }
    const prefix = measurePrefix(line)
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
    const counts = zero()
    counts.containers = prefix.markers + Math.floor(prefix.columns / 2)
    let previous = ''
    for (const c of line) {
      if (c === '[') {
        counts.brackets++
        if (++depth > L.maxBracketDepth)
          return {
            path: at,
            message: `nests brackets "[" more than ${L.maxBracketDepth} deep`,
          }
      } else if (c === ']') depth = Math.max(0, depth - 1)
      else if ((c === '*' || c === '_') && previous !== c) counts.emphasis++
      else if (c === '`' && previous !== c) counts.code++
      else if (c === '<') counts.angles++
      else if (c === '&') counts.entities++
      previous = c
    }
    for (const key of Object.keys(counts) as Counter[]) {
      block[key] += counts[key]
      total[key] += counts[key]
      const perParagraph: number =
        (L.perParagraph as Partial<Record<Counter, number>>)[key] ?? Infinity
      if (block[key] > perParagraph)
        return {
          path: `essay.md line ${blockLine}`,
          message: `paragraph has more than ${perParagraph} ${WHAT[key]}`,
        }
      if (total[key] > L.total[key])
        return {
          path: 'essay.md',
          message: `has more than ${L.total[key].toLocaleString('en-US')} ${WHAT[key]}`,
        }
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
