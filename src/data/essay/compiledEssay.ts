import { checkHttpsUrl } from '../httpsUrl'
import { isRecord } from '../problems'
import {
  LINK_PROVENANCES,
  type Essay,
  type Inline,
  type Problem,
  type ValidationResult,
} from '../types'

/**
 * `essay.md` parsed ahead of time. `npm run build` writes `essay.compiled.json` beside every `essay.md` it
 * publishes, so readers' browsers skip the Markdown parser (about 16 KB gzip of script, and 100–150 ms of
 * parsing at the benchmark's largest essay) unless the Markdown has changed since: the file records a
 * fingerprint of the text it was compiled from, and a mismatch, a missing file or a malformed one all fall
 * back to parsing `essay.md` as before. `essay.md` stays the only file people edit.
 */

export { COMPILED_ESSAY_FILE } from './compiledEssayFile'

/** Bumped when `Essay` or this format changes, so old compiled files are ignored, not misread. */
export const COMPILED_ESSAY_FORMAT = 2

export type CompiledEssay = {
  readonly format: typeof COMPILED_ESSAY_FORMAT
  /** `essayFingerprint` of the Markdown it was compiled from. */
  readonly source: string
  readonly essay: Essay
  readonly warnings: readonly Problem[]
}

/**
 * Length and 32-bit FNV-1a hash of the text (a leading byte-order mark ignored, as `fetch().text()` drops
 * it): enough to notice an edited essay. Not a security check — whoever can replace the compiled file can
 * replace the page's scripts too.
 */
export function essayFingerprint(markdown: string): string {
  const text = markdown.startsWith('\uFEFF') ? markdown.slice(1) : markdown
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return `${text.length}:${(hash >>> 0).toString(16).padStart(8, '0')}`
}

/** The compiled file for a successfully parsed essay. */
export function compileEssay(
  markdown: string,
  parsed: ValidationResult<Essay>,
): CompiledEssay | null {
  if (!parsed.ok) return null
  return {
    format: COMPILED_ESSAY_FORMAT,
    source: essayFingerprint(markdown),
    essay: parsed.value,
    warnings: parsed.warnings,
  }
}

/** Deepest inline nesting a compiled file may hold: the parser refuses deeper Markdown (`MAX_MARKDOWN_DEPTH`,
 * not imported so that this module stays free of the parser's code). */
const MAX_INLINE_DEPTH = 100

/**
 * The parse result stored in a compiled file, when the file is well formed, was compiled from exactly
 * `markdown`, nests no deeper than the parser allows and links only to https URLs `checkHttpsUrl` accepts;
 * otherwise null, and the caller parses `essay.md` itself (which names any unsafe link). Never throws.
 */
export function readCompiledEssay(
  compiled: unknown,
  markdown: string,
): ValidationResult<Essay> | null {
  if (!isRecord(compiled) || compiled.format !== COMPILED_ESSAY_FORMAT)
    return null
  if (compiled.source !== essayFingerprint(markdown)) return null
  const { essay, warnings } = compiled
  if (!isEssay(essay) || !isList(warnings, isProblem)) return null
  return { ok: true, value: essay, warnings }
}

// A shape check, so that a hand-edited or truncated file falls back instead of breaking a panel.

const isString = (value: unknown): value is string => typeof value === 'string'

function isList<T>(
  value: unknown,
  item: (value: unknown) => value is T,
): value is readonly T[] {
  return Array.isArray(value) && value.every(item)
}

const isStrings = (value: unknown): value is readonly string[] =>
  isList(value, isString)

function isProblem(value: unknown): value is Problem {
  return isRecord(value) && isString(value.path) && isString(value.message)
}

function isInline(value: unknown, depth = 0): value is Inline {
  if (!isRecord(value) || depth > MAX_INLINE_DEPTH) return false
  if (value.type === 'text') return isString(value.value)
  const children = value.children
  if (
    !Array.isArray(children) ||
    !children.every((child) => isInline(child, depth + 1))
  )
    return false
  switch (value.type) {
    case 'emphasis':
    case 'strong':
      return true
    case 'citation':
      return (
        isString(value.id) &&
        isStrings(value.eventIds) &&
        isProvenance(value.provenance)
      )
    case 'link':
      return isString(value.href) && checkHttpsUrl(value.href).ok
    default:
      return false
  }
}

const isProvenance = (value: unknown): boolean =>
  value === null || LINK_PROVENANCES.some((word) => word === value)

function isCitation(value: unknown): boolean {
  return (
    isRecord(value) &&
    isString(value.id) &&
    isString(value.passageId) &&
    isStrings(value.eventIds) &&
    isString(value.text) &&
    isProvenance(value.provenance)
  )
}

function isPassage(value: unknown): boolean {
  return (
    isRecord(value) &&
    isString(value.id) &&
    typeof value.index === 'number' &&
    Array.isArray(value.inlines) &&
    value.inlines.every((inline) => isInline(inline)) &&
    isString(value.text) &&
    Array.isArray(value.citations) &&
    value.citations.every(isCitation)
  )
}

function isBlock(value: unknown): boolean {
  if (!isRecord(value)) return false
  if (value.type === 'passage') return isString(value.passageId)
  return (
    value.type === 'heading' &&
    isString(value.id) &&
    isString(value.text) &&
    (value.depth === 2 || value.depth === 3 || value.depth === 4)
  )
}

function isEssay(value: unknown): value is Essay {
  return (
    isRecord(value) &&
    isString(value.title) &&
    (value.byline === null || isString(value.byline)) &&
    Array.isArray(value.blocks) &&
    value.blocks.every(isBlock) &&
    Array.isArray(value.passages) &&
    value.passages.every(isPassage) &&
    Array.isArray(value.citations) &&
    value.citations.every(isCitation)
  )
}
