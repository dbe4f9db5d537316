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

  it('has the 68 events of the fact sheet, with its ids and dates', () => {
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
    expect(sheet.map((e) => [e.id, ours.get(e.id)])).toEqual(
      sheet.map((e) => [e.id, [e.start, e.end]]),
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

  it('marks exactly the 49 source links as the author’s ("inferred"), in order, and the rest as "added"', () => {
    const citations = dataset?.essay.citations ?? []
    const byProvenance = (p: string | null) =>
      citations.filter((c) => c.provenance === p).map((c) => normalize(c.text))
    expect(byProvenance('inferred')).toEqual(sourceAnchors)
    expect(byProvenance('added')).toHaveLength(citations.length - 49)
    expect(byProvenance(null)).toEqual([])
  })

  it('notes the six claims the review qualified, each on its passage, with sources', () => {
    const notes = dataset?.claimNotes ?? []
    expect(notes.map((n) => [n.passageId, n.phrase])).toEqual(
      expect.arrayContaining([
        ['p-1', 'Churchill is credited with saying'],
        [
          'p-6',
          'he ordered Chairman of the Joint Chiefs of Staff General Dan Caine',
        ],
        ['p-11', 'Slobodan Milosevic’s genocidal rule'],
        ['p-15', 'Tokyo does not recognize Russian control over those islands'],
        [
          'p-17',
          'In none of these examples did the US or its allies agree to the permanent ceding of territory',
        ],
        ['p-18', 'is firing off intermediate-range missiles'],
      ]),
    )
    for (const note of notes) expect(note.sources.length).toBeGreaterThan(0)
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
