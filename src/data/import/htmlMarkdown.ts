import { checkHttpsUrl } from '../httpsUrl'
import { decodeEntities } from './htmlText'

/**
 * HTML to safe Markdown, for imported text (TimelineJS bodies are HTML written for a browser): paragraphs,
 * list items, https links, emphasis and strong emphasis survive; every other tag is dropped, scripts, styles
 * and frames with their content. The result is Markdown *text*: every character of the source text is escaped,
 * so nothing the source wrote can become markup, and the essay renders Markdown without ever rendering HTML.
 * Pure, no DOM, linear in the input length.
 */

/** Elements whose content is not text a reader should see. */
const HIDDEN =
  /<(script|style|template|iframe|noscript|object|embed|svg|math|select|textarea)\b[^<>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g
/** One tag (`[^<>]*` stops at the next bracket, so a tag never costs more than its own length). */
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9]*)\b([^<>]*)>/g
const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>]+))/i

const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'section',
  'article',
  'header',
  'footer',
  'tr',
  'table',
  'figure',
  'figcaption',
  'hr',
  'pre',
])
const EMPHASIS = new Set(['em', 'i', 'cite'])
const STRONG = new Set(['strong', 'b'])

/** A run of text with one formatting. */
type Run = { text: string; em: boolean; strong: boolean; href: string | null }

/** A block: a paragraph or a list item (`-` or `1.`). */
type Block = { marker: string; runs: Run[] }

/** Characters that start inline markup anywhere in a line. */
const INLINE_SPECIALS = /[\\`*_[\]<>&!#|~]/g

const escapeRun = (text: string) => text.replace(INLINE_SPECIALS, '\\$&')

/** Block markers a paragraph must not start with (a list, a quote, a heading, a rule). */
function escapeBlockStart(text: string): string {
  return text.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+=])/, '\\$1')
}

class Builder {
  readonly blocks: Block[] = []
  private block: Block | null = null
  private em = 0
  private strong = 0
  private href: string | null = null
  private readonly lists: { ordered: boolean; n: number }[] = []

  text(raw: string): void {
    const text = decodeEntities(raw).replace(/\s+/g, ' ')
    if (text === '' || (text === ' ' && !this.block)) return
    this.block ??= { marker: '', runs: [] }
    const run: Run = {
      text,
      em: this.em > 0,
      strong: this.strong > 0,
      href: this.href,
    }
    const last = this.block.runs.at(-1)
    if (
      last &&
      last.em === run.em &&
      last.strong === run.strong &&
      last.href === run.href
    )
      last.text += text
    else this.block.runs.push(run)
  }

  tag(closing: boolean, name: string, attributes: string): void {
    if (EMPHASIS.has(name)) this.em = Math.max(0, this.em + (closing ? -1 : 1))
    else if (STRONG.has(name))
      this.strong = Math.max(0, this.strong + (closing ? -1 : 1))
    else if (name === 'a') this.href = closing ? null : linkTarget(attributes)
    else if (name === 'ul' || name === 'ol') {
      this.end()
      if (closing) this.lists.pop()
      else this.lists.push({ ordered: name === 'ol', n: 0 })
    } else if (name === 'li') {
      this.end()
      const list = this.lists.at(-1)
      if (!closing) {
        const marker = list?.ordered ? `${++list.n}.` : '-'
        this.block = { marker, runs: [] }
      }
    } else if (BLOCKS.has(name)) this.end()
  }

  end(): void {
    if (this.block && this.block.runs.some((r) => r.text.trim() !== ''))
      this.blocks.push(this.block)
    this.block = null
  }
}

/** An anchor's https target, or null: any other scheme leaves the link's words as plain text. */
function linkTarget(attributes: string): string | null {
  const match = HREF.exec(attributes)
  if (!match) return null
  const raw = decodeEntities(match[1] ?? match[2] ?? match[3] ?? '').trim()
  const check = checkHttpsUrl(raw, { protocolRelative: true })
  return check.ok ? check.href : null
}

/** One run as Markdown: whitespace kept outside the delimiters, which CommonMark needs to see them. */
function runMarkdown(run: Run): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text)
  const [, before = '', core = '', after = ''] = match ?? []
  if (core === '') return run.text
  let inner = escapeRun(core)
  if (run.strong) inner = `**${inner}**`
  if (run.em) inner = `_${inner}_`
  // `<…>` keeps parentheses and spaces of the address inside the link; the URL parser encodes `<` and `>`.
  if (run.href) inner = `[${inner}](<${run.href}>)`
  return `${before}${inner}${after}`
}

/** The blocks of an HTML fragment, each as one line of Markdown (`- item`, `1. item` or a paragraph). */
export function htmlToMarkdownBlocks(html: string): string[] {
  const source = html.replace(COMMENT, ' ').replace(HIDDEN, ' ')
  const builder = new Builder()
  let at = 0
  for (const match of source.matchAll(TAG)) {
    // A stray `<` that starts no tag is text, escaped like any other character.
    builder.text(source.slice(at, match.index))
    builder.tag(
      match[1] === '/',
      (match[2] ?? '').toLowerCase(),
      match[3] ?? '',
    )
    at = match.index + match[0].length
  }
  builder.text(source.slice(at))
  builder.end()
  return builder.blocks.map(({ marker, runs }) => {
    const line = escapeBlockStart(runs.map(runMarkdown).join('').trim())
    return marker === '' ? line : `${marker} ${line}`
  })
}

/** An HTML fragment as Markdown paragraphs, separated by blank lines; '' when it has no text. */
export function htmlToMarkdown(html: string): string {
  return htmlToMarkdownBlocks(html).join('\n\n')
}
