import { describe, expect, it } from 'vitest'
import { escapeMarkdown, slugify, uniqueId } from './markdownText'

describe('escapeMarkdown(text)', () => {
  it('escapes inline markup and line-start block markers', () => {
    expect(escapeMarkdown('[a](javascript:x) *b* _c_ `d` <e> &amp; #f')).toBe(
      '\\[a\\](javascript:x) \\*b\\* \\_c\\_ \\`d\\` \\<e\\> \\&amp; \\#f',
    )
    expect(escapeMarkdown('1953. A year')).toBe('1953\\. A year')
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list')
    expect(escapeMarkdown('  two\nlines  ')).toBe('two lines')
  })
})

describe('slugify(text)', () => {
  it('lower-cases, drops accents and joins words with hyphens', () => {
    expect(slugify('Berlin Airlift (1948)')).toBe('berlin-airlift-1948')
    expect(slugify('Élysée Treaty')).toBe('elysee-treaty')
    expect(slugify('עברית')).toBe('')
    expect(slugify('a'.repeat(80)).length).toBe(60)
  })
})

describe('uniqueId(base, taken)', () => {
  it('suffixes -2, -3 to repeated ids', () => {
    const taken = new Set<string>()
    expect(['x', 'x', 'x'].map((id) => uniqueId(id, taken))).toEqual([
      'x',
      'x-2',
      'x-3',
    ])
  })
})
