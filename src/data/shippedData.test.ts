import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Dataset } from './types'
import { validateContent } from './validateContent'

/**
 * The one test that reads the real content: `public/data` must validate cleanly, and the essay, markup
 * removed, must be the supplied essay word for word (`content/source`, copied in unedited).
 */

// Vitest runs from the repository root (where its config is); under jsdom `import.meta.url` is not a file URL.
const repoRoot = process.cwd()
const read = (...parts: string[]) =>
  readFileSync(join(repoRoot, ...parts), 'utf8')

const result = validateContent(
  read('public', 'data', 'events.json'),
  read('public', 'data', 'essay.md'),
)
const dataset: Dataset | null = result.ok ? result.value : null

/**
 * Dates where `events.json` follows the record rather than the fact sheet, each with why and the source that
 * supports it (also listed in docs/corrections.md). Every other event's dates must equal the fact sheet's.
 * None so far: the review of the record changed labels, texts, tags and sources, but no event's dates.
 */
const CORRECTED_DATES: readonly {
  readonly id: string
  /** The fact sheet's `[start, end]`. */
  readonly factSheet: readonly [string, string | null]
  /** Ours, `[start, end]`. */
  readonly ours: readonly [string, string | null]
  readonly reason: string
  readonly source: string
}[] = []

/** Whitespace runs to one space; the source's line layout is not part of its text. */
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim()

/** The supplied essay with its `[anchor](#)` links reduced to their anchors. */
const source = read('content', 'source', 'essay-source.txt')
const sourceAnchors = [...source.matchAll(/\[([^\]]*)\]\(#\)/g)].map((m) =>
  normalize(m[1] ?? ''),
)

describe('shipped data (public/data)', () => {
  it('validates with no problems and no warnings', () => {
    expect(result.ok ? [] : result.problems).toEqual([])
    expect(result.warnings).toEqual([])
  })

  it('has the 68 events of the fact sheet, with its ids and dates (or a listed correction)', () => {
    const sheet = JSON.parse(
      read('content', 'source', 'events-factsheet.json'),
    ) as {
      id: string
      start: string
      end: string | null
    }[]
    expect(dataset?.events).toHaveLength(68)
    const ours = new Map(
      dataset?.events.map((e) => [e.id, [e.start.iso, e.end?.iso ?? null]]),
    )
    const corrected = new Map(CORRECTED_DATES.map((c) => [c.id, c]))
    expect(sheet.map((e) => [e.id, ours.get(e.id)])).toEqual(
      sheet.map((e) => {
        const c = corrected.get(e.id)
        if (!c) return [e.id, [e.start, e.end]]
        // A correction names the fact sheet's dates, so it goes stale (and fails) if the sheet changes.
        expect([e.start, e.end]).toEqual(c.factSheet)
        return [e.id, c.ours]
      }),
    )
  })

  it('cites every event from at least one passage', () => {
    const uncited = dataset?.events.filter(
      (e) => !dataset.passagesByEvent.has(e.id),
    )
    expect(uncited?.map((e) => e.id)).toEqual([])
  })

  it('turns each of the 49 source links into a citation, in order', () => {
    expect(sourceAnchors).toHaveLength(49)
    const texts = dataset?.essay.citations.map((c) => normalize(c.text)) ?? []
    let next = 0
    const missing = sourceAnchors.filter((anchor) => {
      const found = texts.indexOf(anchor, next)
      if (found === -1) return true
      next = found + 1
      return false
    })
    expect(missing).toEqual([])
  })

  it('has the source essay’s text, word for word, once markup is removed', () => {
    const essay = dataset?.essay
    const passages = new Map(essay?.passages.map((p) => [p.id, p.text]))
    const ours = [
      essay?.title,
      essay?.byline,
      ...(essay?.blocks.map((b) =>
        b.type === 'heading' ? b.text : passages.get(b.passageId),
      ) ?? []),
    ].join(' ')
    const theirs = source.replace(/\[([^\]]*)\]\(#\)/g, '$1')
    expect(normalize(ours)).toBe(normalize(theirs))
  })
})
