import { describe, expect, it } from 'vitest'
import type { Inline, Passage } from '../data/types'
import { citationExcerpt } from './quote'

function passage(inlines: Inline[]): Passage {
  const text = (nodes: readonly Inline[]): string =>
    nodes.map((n) => (n.type === 'text' ? n.value : text(n.children))).join('')
  return { id: 'p-1', index: 1, inlines, text: text(inlines), citations: [] }
}

const cite = (id: string, value: string): Inline => ({
  type: 'citation',
  id,
  eventIds: ['e'],
  provenance: null,
  children: [{ type: 'text', value }],
})

describe('citationExcerpt', () => {
  it('citationExcerpt(passage, id) quotes the sentence holding the citation', () => {
    const p = passage([
      { type: 'text', value: 'First sentence here. Then the ' },
      cite('c-1', 'airlift'),
      { type: 'text', value: ' began. A third one follows.' },
    ])
    expect(citationExcerpt(p, 'c-1')).toEqual({
      before: 'Then the ',
      anchor: 'airlift',
      after: ' began.',
    })
  })

  it('citationExcerpt(passage, id) finds the right one of two identical anchors', () => {
    const p = passage([
      cite('c-1', 'support'),
      { type: 'text', value: ' came first. Later, more ' },
      cite('c-2', 'support'),
      { type: 'text', value: ' came.' },
    ])
    expect(citationExcerpt(p, 'c-2')).toEqual({
      before: 'Later, more ',
      anchor: 'support',
      after: ' came.',
    })
  })

  it('citationExcerpt(passage, id) keeps closing quotes with their sentence and ignores "U.S. troops"', () => {
    const p = passage([
      { type: 'text', value: 'He said “no.” The U.S. troops ' },
      cite('c-1', 'stayed'),
      { type: 'text', value: ' on. End.' },
    ])
    expect(citationExcerpt(p, 'c-1')).toEqual({
      before: 'The U.S. troops ',
      anchor: 'stayed',
      after: ' on.',
    })
  })

  it('citationExcerpt(passage, id, max) trims a long sentence around the anchor at word boundaries', () => {
    const words = (n: number, w: string) => Array(n).fill(w).join(' ')
    const p = passage([
      { type: 'text', value: `${words(40, 'left')} ` },
      cite('c-1', 'anchor'),
      { type: 'text', value: ` ${words(40, 'right')}.` },
    ])
    const { before, anchor, after } = citationExcerpt(p, 'c-1', 60)
    expect(anchor).toBe('anchor')
    expect(before).toMatch(/^…left( left)* $/)
    expect(after).toMatch(/^ right( right)*…$/)
    expect((before + anchor + after).length).toBeLessThanOrEqual(62)
    expect(before.length).toBeGreaterThan(20)
    expect(after.length).toBeGreaterThan(20)
  })

  it('citationExcerpt(passage, id, max) gives unused room on one side to the other', () => {
    const p = passage([
      cite('c-1', 'Anchor'),
      { type: 'text', value: ` ${Array(40).fill('right').join(' ')}.` },
    ])
    const { before, after } = citationExcerpt(p, 'c-1', 100)
    expect(before).toBe('')
    expect(after.length).toBeGreaterThan(80)
  })

  it('citationExcerpt(passage, unknown id) falls back to the opening of the passage', () => {
    const p = passage([{ type: 'text', value: 'Just text.' }])
    expect(citationExcerpt(p, 'c-9')).toEqual({
      before: 'Just text.',
      anchor: '',
      after: '',
    })
  })
})
