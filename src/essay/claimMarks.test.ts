import { describe, expect, it } from 'vitest'
import type { Inline } from '../data/types'
import { markPhrases, type MarkedInline } from './claimMarks'

const text = (value: string): Inline => ({ type: 'text', value })
const cite = (value: string): Inline => ({
  type: 'citation',
  id: 'c-1',
  eventIds: ['e'],
  provenance: 'inferred',
  children: [text(value)],
})

/** The words of marked inlines, markers shown as "|". */
const read = (inlines: readonly MarkedInline[]): string =>
  inlines
    .map((i) =>
      i.type === 'noteMarker'
        ? '|'
        : i.type === 'phrase'
          ? `[${i.value}]`
          : i.type === 'text'
            ? i.value
            : read(i.children),
    )
    .join('')

describe('markPhrases', () => {
  it('markPhrases(inlines, ranges) wraps the phrase and puts the marker after it', () => {
    const marked = markPhrases(
      [text('Alpha beta gamma.')],
      [{ noteId: 'n', start: 6, end: 10 }],
    )
    expect(read(marked)).toBe('Alpha [beta]| gamma.')
  })

  it('markPhrases splits a phrase that crosses a citation, and places the marker outside the link', () => {
    const inlines = [
      text('The '),
      cite('Oval Office meeting'),
      text(' went badly.'),
    ]
    const marked = markPhrases(inlines, [{ noteId: 'n', start: 4, end: 16 }])
    expect(read(marked)).toBe('The [Oval Office ]meeting| went badly.')
    expect(marked[1]).toMatchObject({
      type: 'citation',
      children: [
        { type: 'phrase', value: 'Oval Office ' },
        { type: 'text', value: 'meeting' },
      ],
    })
    expect(marked[2]).toEqual({ type: 'noteMarker', noteId: 'n' })
  })

  it('markPhrases keeps the text, and marks overlapping notes without a second highlight', () => {
    const inlines = [text('One two three four.')]
    const marked = markPhrases(inlines, [
      { noteId: 'b', start: 4, end: 13 },
      { noteId: 'a', start: 0, end: 7 },
    ])
    expect(read(marked)).toBe('[One two]| three| four.')
    expect(marked.filter((m) => m.type === 'noteMarker')).toEqual([
      { type: 'noteMarker', noteId: 'a' },
      { type: 'noteMarker', noteId: 'b' },
    ])
  })

  it('markPhrases with no ranges returns the inlines as they are', () => {
    const inlines = [text('Plain.')]
    expect(markPhrases(inlines, [])).toEqual(inlines)
  })
})
