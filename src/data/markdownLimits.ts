import { plural } from './problems'
import type { Problem } from './types'

/**
 * Limits checked on the raw Markdown before it reaches the parser. micromark is fast on prose but slows down
 * super-linearly on some shapes: deeply nested lists (4,000 levels take ~10 s), thousands of emphasis markers
 * or brackets in one paragraph, nested images. Real essays are nowhere near these limits; hostile ones are
 * refused at once with a message saying which line breaks which limit.
 */
export const ESSAY_LIMITS = {
  /** Whole file, in characters (the featured essay is ~10,000). */
  maxChars: 500_000,
  /** Container markers (`>`, `-`, `1.`) opening one line. */
  maxNesting: 32,
  /** Whitespace columns in the prefix of one line (nesting by indentation). */
  maxIndent: 64,
  /** `[` open at once within one paragraph (nested links and images). */
  maxBracketDepth: 32,
  /** Per paragraph: `[`, runs of `*`/`_`, runs of backticks, `<`. */
  maxBracketsPerBlock: 500,
  maxEmphasisPerBlock: 300,
  maxCodePerBlock: 300,
  maxAnglesPerBlock: 1000,
  /** Whole file: `[` (every link starts with one). */
  maxBrackets: 5000,
} as const

type BlockCounts = {
  line: number
  brackets: number
  emphasis: number
  code: number
  angles: number
}

/** The first limit the Markdown breaks, as a problem; null when it is within every limit. */
export function essayLimitProblem(markdown: string): Problem | null {
  const L = ESSAY_LIMITS
  if (markdown.length > L.maxChars)
    return {
      path: 'essay.md',
      message: `is too long (${plural(markdown.length, 'character')}; the limit is ${L.maxChars.toLocaleString('en-US')})`,
    }
  let totalBrackets = 0
  let block: BlockCounts | null = null
  let depth = 0
  const lines = markdown.split(/\r\n|\r|\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const at = `essay.md line ${i + 1}`
    if (line.trim() === '') {
      block = null
      depth = 0
      continue
    }
    block ??= { line: i + 1, brackets: 0, emphasis: 0, code: 0, angles: 0 }
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
    let previous = ''
    for (const c of line) {
      if (c === '[') {
        block.brackets++
        totalBrackets++
        depth++
        if (depth > L.maxBracketDepth)
          return {
            path: at,
            message: `nests brackets "[" more than ${L.maxBracketDepth} deep`,
          }
      } else if (c === ']') depth = Math.max(0, depth - 1)
      else if ((c === '*' || c === '_') && previous !== c) block.emphasis++
      else if (c === '`' && previous !== c) block.code++
      else if (c === '<') block.angles++
      previous = c
    }
    const busy = tooBusy(block)
    if (busy)
      return {
        path: `essay.md line ${block.line}`,
        message: `paragraph has ${busy}`,
      }
    if (totalBrackets > L.maxBrackets)
      return {
        path: 'essay.md',
        message: `has more than ${L.maxBrackets.toLocaleString('en-US')} links or brackets "["`,
      }
  }
  return null
}

function tooBusy(block: BlockCounts): string | null {
  const L = ESSAY_LIMITS
  if (block.brackets > L.maxBracketsPerBlock)
    return `more than ${L.maxBracketsPerBlock} brackets "["`
  if (block.emphasis > L.maxEmphasisPerBlock)
    return `more than ${L.maxEmphasisPerBlock} emphasis markers ("*" or "_")`
  if (block.code > L.maxCodePerBlock)
    return `more than ${L.maxCodePerBlock} backtick runs`
  if (block.angles > L.maxAnglesPerBlock)
    return `more than ${L.maxAnglesPerBlock} "<"`
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
