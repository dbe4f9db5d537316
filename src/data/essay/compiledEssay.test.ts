import { describe, expect, it } from 'vitest'
import {
  compileEssay,
  essayFingerprint,
  readCompiledEssay,
} from './compiledEssay'
import { parseEssay } from './parseEssay'

const markdown =
  '# Title\n\nBy Someone\n\n## Part\n\nThe [airlift](event:airlift "inferred"), the [treaty](event:treaty) and *a* [link](https://example.org/).\n'

function compiled() {
  const result = compileEssay(markdown, parseEssay(markdown))
  if (!result) throw new Error('fixture essay does not parse')
  // Through JSON, as the browser reads it.
  return JSON.parse(JSON.stringify(result)) as Record<string, unknown>
}

describe('essayFingerprint(markdown)', () => {
  it('changes with any edit, and ignores a leading byte-order mark', () => {
    expect(essayFingerprint(markdown)).toBe(
      essayFingerprint(`\uFEFF${markdown}`),
    )
    expect(essayFingerprint(markdown)).not.toBe(
      essayFingerprint(markdown.replace('airlift]', 'airlift ]')),
    )
    expect(essayFingerprint('')).toMatch(/^0:[0-9a-f]{8}$/)
  })
})

describe('compileEssay / readCompiledEssay', () => {
  it('gives back the parse result for the Markdown it was compiled from', () => {
    expect(readCompiledEssay(compiled(), markdown)).toEqual(
      parseEssay(markdown),
    )
  })

  it('compiles nothing for an essay with problems', () => {
    expect(compileEssay('no title', parseEssay('no title'))).toBeNull()
  })

  it('refuses a file compiled from other Markdown, of another format, or malformed', () => {
    expect(readCompiledEssay(compiled(), `${markdown}\nMore.\n`)).toBeNull()
    expect(readCompiledEssay({ ...compiled(), format: 1 }, markdown)).toBeNull()
    expect(readCompiledEssay(null, markdown)).toBeNull()
    const essay = compiled().essay as Record<string, unknown>
    const broken = (change: Record<string, unknown>) =>
      readCompiledEssay(
        { ...compiled(), essay: { ...essay, ...change } },
        markdown,
      )
    expect(broken({ passages: 'none' })).toBeNull()
    expect(broken({ title: 7 })).toBeNull()
    expect(
      broken({
        passages: [
          {
            id: 'p-1',
            index: 1,
            text: 'x',
            citations: [],
            inlines: [{ type: 'script', children: [] }],
          },
        ],
      }),
    ).toBeNull()
    expect(
      broken({ blocks: [{ type: 'heading', id: 'h', text: 'H', depth: 1 }] }),
    ).toBeNull()
    expect(
      readCompiledEssay({ ...compiled(), warnings: [{ path: 1 }] }, markdown),
    ).toBeNull()
  })

  it('refuses a citation whose provenance is not one the format knows', () => {
    const good = compiled()
    const essay = good.essay as { citations: Record<string, unknown>[] }
    expect(readCompiledEssay(good, markdown)).not.toBeNull()
    const citations = essay.citations.map((c) => ({ ...c, provenance: 'x' }))
    expect(
      readCompiledEssay({ ...good, essay: { ...essay, citations } }, markdown),
    ).toBeNull()
  })

  it('refuses, so that essay.md is parsed instead, a file nesting 3,000 deep or linking unsafely', () => {
    const essay = compiled().essay as Record<string, unknown>
    const withInlines = (inlines: unknown[]) =>
      readCompiledEssay(
        {
          ...compiled(),
          essay: {
            ...essay,
            passages: [
              { id: 'p-1', index: 1, text: 'x', citations: [], inlines },
            ],
          },
        },
        markdown,
      )
    let deep: unknown = { type: 'text', value: 'x' }
    for (let i = 0; i < 3000; i++) deep = { type: 'emphasis', children: [deep] }
    expect(withInlines([deep])).toBeNull()
    const link = (href: string) => ({
      type: 'link',
      href,
      children: [{ type: 'text', value: 'x' }],
    })
    expect(withInlines([link('https://user:pass@example.org/')])).toBeNull()
    expect(withInlines([link('javascript:alert(1)')])).toBeNull()
    expect(withInlines([link('https://example.org/')])).not.toBeNull()
  })
})
