import type { Nodes, PhrasingContent } from 'mdast'
import { EVENT_ID_PATTERN } from '../events/datasetRules'
import { checkHttpsUrl } from '../httpsUrl'
import { quote } from '../problems'
import {
  LINK_PROVENANCES,
  type Citation,
  type EventId,
  type Inline,
  type LinkProvenance,
  type Problem,
} from '../types'

/**
 * Markdown inline nodes -> our `Inline` tree. Nothing becomes HTML: raw HTML, code and images turn into plain
 * text; `event:` links become citations; only https links stay links. Pure.
 */

/** Where a link points, and its Markdown title (`[a](url "title")`), null when it has none. */
export type LinkTarget = { readonly url: string; readonly title: string | null }

/** Deepest nesting of Markdown nodes we follow; deeper content is refused with a problem. */
export const MAX_MARKDOWN_DEPTH = 100

/** What converting one paragraph needs and collects. */
export type InlineContext = {
  /** `essay.md paragraph 7`, for messages. */
  readonly where: string
  readonly passageId: string
  /** Link reference definitions: normalised label -> URL and title. */
  readonly definitions: ReadonlyMap<string, LinkTarget>
  /** Every citation of the essay so far, in reading order (numbered from it). */
  readonly citations: Citation[]
  readonly problems: Problem[]
  readonly warnings: Problem[]
}

/** The text of any node, markup removed; iterative, so depth cannot overflow the stack. */
export function plainText(node: Nodes): string {
  let out = ''
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop() as Nodes
    if ('value' in current && typeof current.value === 'string')
      out += current.type === 'text' ? softBreaks(current.value) : current.value
    else if (current.type === 'image' || current.type === 'imageReference')
      out += current.alt ?? ''
    else if (current.type === 'break') out += ' '
    else if ('children' in current)
      for (let i = current.children.length - 1; i >= 0; i--)
        stack.push(current.children[i] as Nodes)
  }
  return out
}

/** Soft line breaks inside a paragraph read as spaces. */
const softBreaks = (value: string) => value.replace(/[ \t]*\r?\n[ \t]*/g, ' ')

/** The plain text of converted inlines. */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) =>
      inline.type === 'text' ? inline.value : inlineText(inline.children),
    )
    .join('')
}

/** Convert a paragraph's children; adjacent text runs are merged. */
export function convertInlines(
  nodes: readonly PhrasingContent[],
  ctx: InlineContext,
  depth = 0,
): Inline[] {
  const out: Inline[] = []
  const push = (inline: Inline) => {
    const last = out[out.length - 1]
    if (inline.type === 'text' && last?.type === 'text')
      out[out.length - 1] = { type: 'text', value: last.value + inline.value }
    else if (inline.type !== 'text' || inline.value !== '') out.push(inline)
  }
  if (depth > MAX_MARKDOWN_DEPTH) {
    ctx.problems.push({
      path: ctx.where,
      message: `nests markup more than ${MAX_MARKDOWN_DEPTH} levels deep`,
    })
    return out
  }
  for (const node of nodes) {
    switch (node.type) {
      case 'emphasis':
      case 'strong':
        push({
          type: node.type,
          children: convertInlines(node.children, ctx, depth + 1),
        })
        break
      case 'link':
        convertLink(
          { url: node.url, title: node.title ?? null },
          node.children,
          ctx,
          depth,
        ).forEach(push)
        break
      case 'linkReference': {
        const target = ctx.definitions.get(node.identifier)
        if (target === undefined)
          convertInlines(node.children, ctx, depth + 1).forEach(push)
        else convertLink(target, node.children, ctx, depth).forEach(push)
        break
      }
      default:
        push({ type: 'text', value: plainText(node) })
    }
  }
  return out
}

/**
 * A link: `event:` -> citation, https -> link, anything else -> its text plus a warning. Only a citation's
 * title means something (its provenance); an https link's title is ignored, as the page does not show it.
 */
function convertLink(
  { url, title }: LinkTarget,
  children: readonly PhrasingContent[],
  ctx: InlineContext,
  depth: number,
): Inline[] {
  const inner = convertInlines(children, ctx, depth + 1)
  const anchor = inlineText(inner)
  if (/^event:/i.test(url)) {
    const eventIds = citedIds(url, anchor, ctx)
    const provenance = linkProvenance(title, anchor, ctx)
    if (anchor.trim() === '')
      ctx.problems.push({
        path: ctx.where,
        message: `link to ${quote(url)} has no text`,
      })
    if (eventIds.length === 0) return inner
    const citation: Citation = {
      id: `c-${ctx.citations.length + 1}`,
      passageId: ctx.passageId,
      eventIds,
      text: anchor,
      provenance,
    }
    ctx.citations.push(citation)
    return [
      {
        type: 'citation',
        id: citation.id,
        eventIds,
        provenance,
        children: inner,
      },
    ]
  }
  const check = checkHttpsUrl(url)
  if (check.ok) return [{ type: 'link', href: check.href, children: inner }]
  ctx.warnings.push({
    path: ctx.where,
    message: `link ${quote(anchor)} to ${quote(url)} is not https and is shown as text`,
  })
  return inner
}

/** A citation's title as its provenance: none is null (unmarked); anything but the known words is a problem. */
function linkProvenance(
  title: string | null,
  anchor: string,
  ctx: InlineContext,
): LinkProvenance | null {
  if (title === null) return null
  const known = LINK_PROVENANCES.find((word) => word === title)
  if (known) return known
  ctx.problems.push({
    path: ctx.where,
    message: `link ${quote(anchor)} has the title ${quote(title)}; a citation's title says whose link it is: ${LINK_PROVENANCES.map((word) => `"${word}"`).join(' or ')} (or no title)`,
  })
  return null
}

/** Most events one link may cite. */
export const MAX_IDS_PER_CITATION = 50

/** The ids of `event:a,b`: trimmed, each once, each slug-shaped; problems for the rest. */
function citedIds(url: string, anchor: string, ctx: InlineContext): EventId[] {
  const ids = new Set<EventId>()
  const problem = (message: string) =>
    ctx.problems.push({
      path: ctx.where,
      message: `link ${quote(anchor)} ${message}`,
    })
  const parts = url.slice('event:'.length).split(',')
  if (parts.length > MAX_IDS_PER_CITATION) {
    problem(
      `cites ${parts.length} events; the limit is ${MAX_IDS_PER_CITATION}`,
    )
    return []
  }
  for (const raw of parts) {
    const id = raw.trim()
    if (id === '') problem(`has an empty event id in ${quote(url)}`)
    else if (!EVENT_ID_PATTERN.test(id) || id.length > 100)
      problem(
        `cites ${quote(id)}, which is not an event id (lower-case letters, digits and hyphens)`,
      )
    else ids.add(id)
  }
  return [...ids]
}
