import type { Nodes, PhrasingContent, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import {
  convertInlines,
  inlineText,
  MAX_MARKDOWN_DEPTH,
  plainText,
  type InlineContext,
  type LinkTarget,
} from './essayInlines'
import { essayLimitProblem } from './markdownLimits'
import { quote, toText } from '../problems'
import type {
  Citation,
  Essay,
  EssayBlock,
  Passage,
  Problem,
  ValidationResult,
} from '../types'

/**
 * `essay.md` -> `Essay`. The first `# ` heading is the title; a paragraph right after it that starts with
 * "By " is the byline; `##`–`####` headings are section headings; every other paragraph, wherever it sits
 * (lists and quotes are flattened), is a passage `p-1`, `p-2`… whose `[text](event:id,id)` links are its
 * citations `c-1`, `c-2`… in reading order; a citation's link title says whose link it is
 * (`"inferred"`, `"added"`, or none: see `LinkProvenance`). Never throws and never produces HTML.
 */
export function parseEssay(markdown: unknown): ValidationResult<Essay> {
  if (typeof markdown !== 'string')
    return fail([{ path: 'essay.md', message: 'is not text' }])
  const tooBig = essayLimitProblem(markdown)
  if (tooBig) return fail([tooBig])
  try {
    return new EssayBuilder(fromMarkdown(markdown)).build()
  } catch (error) {
    // A bug of ours or of the parser, not of the file; still report it rather than crash the page.
    return fail([
      { path: 'essay.md', message: `could not be read: ${toText(error)}` },
    ])
  }
}

const fail = (problems: Problem[]): ValidationResult<Essay> => ({
  ok: false,
  problems,
  warnings: [],
})

class EssayBuilder {
  private title: string | null = null
  private byline: string | null = null
  private readonly blocks: EssayBlock[] = []
  private readonly passages: Passage[] = []
  private readonly citations: Citation[] = []
  private readonly problems: Problem[] = []
  private readonly warnings: Problem[] = []
  private readonly headingIds = new Set<string>()
  /** The next suffix to try per slug, so that n repeats of a heading cost n steps, not n²/2. */
  private readonly nextSuffix = new Map<string, number>()
  private readonly definitions = new Map<string, LinkTarget>()
  /** True for the block right after the title, the only place a byline can be. */
  private afterTitle = false

  constructor(private readonly root: Root) {}

  build(): ValidationResult<Essay> {
    collectDefinitions(this.root, this.definitions)
    for (const child of this.root.children) this.visit(child, 0)
    if (this.title === null)
      this.problems.unshift({
        path: 'essay.md',
        message: 'no title (a line starting with "# ")',
      })
    if (this.problems.length > 0 || this.title === null)
      return { ok: false, problems: this.problems, warnings: this.warnings }
    return {
      ok: true,
      value: {
        title: this.title,
        byline: this.byline,
        blocks: this.blocks,
        passages: this.passages,
        citations: this.citations,
      },
      warnings: this.warnings,
    }
  }

  private visit(node: Nodes, depth: number): void {
    const afterTitle = this.afterTitle
    this.afterTitle = false
    if (depth > MAX_MARKDOWN_DEPTH) {
      this.problems.push({
        path: `essay.md line ${node.position?.start.line ?? '?'}`,
        message: `nests more than ${MAX_MARKDOWN_DEPTH} levels deep`,
      })
      return
    }
    switch (node.type) {
      case 'heading':
        this.warnIfCiting(node, 'a heading')
        return this.heading(node.depth, plainText(node), node)
      case 'paragraph': {
        const text = collapse(plainText(node))
        if (afterTitle && text.startsWith('By ')) {
          this.warnIfCiting(node, 'the byline')
          this.byline = text
        } else this.passage(node.children)
        return
      }
      case 'code':
      case 'html':
        return this.passage([{ type: 'text', value: node.value }])
      case 'definition':
      case 'thematicBreak':
        return
      default:
        if ('children' in node)
          for (const child of node.children) this.visit(child, depth + 1)
    }
  }

  private heading(level: number, raw: string, node: Nodes): void {
    const text = collapse(raw)
    if (text === '') return
    if (level === 1 && this.title === null) {
      this.title = text
      this.afterTitle = true
      return
    }
    if (level === 1)
      this.warnings.push({
        path: `essay.md line ${node.position?.start.line ?? '?'}`,
        message: `a second title ${quote(text)} is shown as a section heading`,
      })
    this.blocks.push({
      type: 'heading',
      id: this.headingId(text),
      depth: Math.min(Math.max(level, 2), 4) as 2 | 3 | 4,
      text,
    })
  }

  private passage(children: readonly PhrasingContent[]): void {
    const index = this.passages.length + 1
    const id = `p-${index}`
    const ctx: InlineContext = {
      where: `essay.md paragraph ${index}`,
      passageId: id,
      definitions: this.definitions,
      citations: this.citations,
      problems: this.problems,
      warnings: this.warnings,
    }
    const before = this.citations.length
    const inlines = convertInlines(children, ctx)
    const text = inlineText(inlines)
    if (text.trim() === '') {
      this.citations.length = before // an empty paragraph is no passage, so it cites nothing
      return
    }
    this.passages.push({
      id,
      index,
      inlines,
      text,
      citations: this.citations.slice(before),
    })
    this.blocks.push({ type: 'passage', passageId: id })
  }

  /** Only passages cite: an `event:` link in a heading or the byline is shown as its text, with a warning. */
  private warnIfCiting(node: Nodes, what: string): void {
    const stack: Nodes[] = [node]
    while (stack.length > 0) {
      const current = stack.pop() as Nodes
      const url =
        current.type === 'link'
          ? current.url
          : current.type === 'linkReference'
            ? this.definitions.get(current.identifier)?.url
            : undefined
      if (url !== undefined && /^event:/i.test(url)) {
        this.warnings.push({
          path: `essay.md line ${node.position?.start.line ?? '?'}`,
          message: `${what} cannot cite events: ${quote(url)} is shown as text`,
        })
        return
      }
      if ('children' in current) stack.push(...current.children)
    }
  }

  /** `h-lurching`; accents dropped; `-2`, `-3`… for repeats; `h-section` when nothing is left. */
  private headingId(text: string): string {
    const slug =
      text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .slice(0, 60)
        .replace(/^-+|-+$/g, '') || 'section'
    let id = `h-${slug}`
    let n = this.nextSuffix.get(slug) ?? 2
    while (this.headingIds.has(id)) id = `h-${slug}-${n++}`
    this.nextSuffix.set(slug, n)
    this.headingIds.add(id)
    return id
  }
}

/** Whitespace runs to one space, trimmed: titles, bylines and headings are one line. */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Link reference definitions anywhere in the tree; the first definition of a label wins (CommonMark). */
function collectDefinitions(root: Root, into: Map<string, LinkTarget>): void {
  const stack: Nodes[] = [root]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (node.type === 'definition') {
      if (!into.has(node.identifier))
        into.set(node.identifier, { url: node.url, title: node.title ?? null })
    } else if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i--)
        stack.push(node.children[i] as Nodes)
  }
}
