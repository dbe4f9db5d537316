import { describe, expect, it } from 'vitest'
import { parseEssay } from './parseEssay'
import type { Essay, Problem } from '../types'

function essayOf(markdown: string): Essay {
  const result = parseEssay(markdown)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.value
}

function problemsOf(markdown: unknown): Problem[] {
  const result = parseEssay(markdown)
  if (result.ok) throw new Error('expected problems')
  return [...result.problems]
}

const warningsOf = (markdown: string) => parseEssay(markdown).warnings

describe('parseEssay: structure', () => {
  const essay = essayOf(
    [
      '# Trump’s *Path*',
      '',
      'By Alan W.',
      'Dowd',
      '',
      'First paragraph.',
      '',
      '## Lurching',
      '',
      'Second paragraph.',
      '',
      '### Étude à Berlin',
      '',
      '#### Deep',
      '',
      '##### Deeper still',
      '',
      '## Lurching',
      '',
      'By the way, this is a passage.',
    ].join('\n'),
  )

  it('parseEssay takes the first "# " heading as the title, markup removed', () => {
    expect(essay.title).toBe('Trump’s Path')
  })

  it('parseEssay takes the paragraph right after the title as byline when it starts with "By "', () => {
    expect(essay.byline).toBe('By Alan W. Dowd')
  })

  it('parseEssay numbers passages p-1, p-2… in order, byline excluded', () => {
    expect(essay.passages.map((p) => [p.id, p.index, p.text])).toEqual([
      ['p-1', 1, 'First paragraph.'],
      ['p-2', 2, 'Second paragraph.'],
      ['p-3', 3, 'By the way, this is a passage.'],
    ])
  })

  it('parseEssay keeps headings and passages in reading order with slug ids', () => {
    expect(essay.blocks).toEqual([
      { type: 'passage', passageId: 'p-1' },
      { type: 'heading', id: 'h-lurching', depth: 2, text: 'Lurching' },
      { type: 'passage', passageId: 'p-2' },
      {
        type: 'heading',
        id: 'h-etude-a-berlin',
        depth: 3,
        text: 'Étude à Berlin',
      },
      { type: 'heading', id: 'h-deep', depth: 4, text: 'Deep' },
      { type: 'heading', id: 'h-deeper-still', depth: 4, text: 'Deeper still' },
      { type: 'heading', id: 'h-lurching-2', depth: 2, text: 'Lurching' },
      { type: 'passage', passageId: 'p-3' },
    ])
  })

  it('parseEssay has no byline when the paragraph after the title does not start with "By "', () => {
    const other = essayOf('# Title\n\nBy-products matter.\n')
    expect(other.byline).toBeNull()
    expect(other.passages[0]?.text).toBe('By-products matter.')
  })

  it('parseEssay flattens lists and quotes: each of their paragraphs is a passage', () => {
    const flat = essayOf(
      '# T\n\n- one\n- two\n\n> quoted\n>\n> > nested\n\n1. three\n',
    )
    expect(flat.passages.map((p) => p.text)).toEqual([
      'one',
      'two',
      'quoted',
      'nested',
      'three',
    ])
  })

  it('parseEssay reports a missing title', () => {
    expect(problemsOf('Just a paragraph.\n\n## A section\n')).toEqual([
      { path: 'essay.md', message: 'no title (a line starting with "# ")' },
    ])
    expect(problemsOf('')).toEqual([
      { path: 'essay.md', message: 'no title (a line starting with "# ")' },
    ])
  })

  it('parseEssay shows a second title as a section heading, with a warning', () => {
    const result = parseEssay('# One\n\ntext\n\n# Two\n')
    expect(result.ok && result.value.blocks[1]).toEqual({
      type: 'heading',
      id: 'h-two',
      depth: 2,
      text: 'Two',
    })
    expect(result.warnings).toEqual([
      {
        path: 'essay.md line 5',
        message: 'a second title "Two" is shown as a section heading',
      },
    ])
  })
})

describe('parseEssay: citations', () => {
  it('parseEssay warns that headings and the byline cannot cite', () => {
    const result = parseEssay(
      '# T\n\nBy [A. Writer](event:writer)\n\n## The [airlift](event:berlin-airlift)\n\nText.\n',
    )
    expect(result.ok && result.value.blocks[0]).toEqual({
      type: 'heading',
      id: 'h-the-airlift',
      depth: 2,
      text: 'The airlift',
    })
    expect(result.ok && result.value.citations).toEqual([])
    expect(result.warnings).toEqual([
      {
        path: 'essay.md line 3',
        message:
          'the byline cannot cite events: "event:writer" is shown as text',
      },
      {
        path: 'essay.md line 5',
        message:
          'a heading cannot cite events: "event:berlin-airlift" is shown as text',
      },
    ])
  })

  const essay = essayOf(
    [
      '# T',
      '',
      'The [Berlin Airlift](event:berlin-airlift) and *[both watches](<event:northern-watch, southern-watch ,northern-watch>)*.',
      '',
      'Later, [again](event:berlin-airlift) and [by reference][ref].',
      '',
      '[ref]: event:korean-armistice',
    ].join('\n'),
  )

  it('parseEssay numbers citations c-1, c-2… in reading order across passages', () => {
    expect(essay.citations).toEqual([
      {
        id: 'c-1',
        passageId: 'p-1',
        eventIds: ['berlin-airlift'],
        text: 'Berlin Airlift',
        provenance: null,
      },
      {
        id: 'c-2',
        passageId: 'p-1',
        eventIds: ['northern-watch', 'southern-watch'],
        text: 'both watches',
        provenance: null,
      },
      {
        id: 'c-3',
        passageId: 'p-2',
        eventIds: ['berlin-airlift'],
        text: 'again',
        provenance: null,
      },
      {
        id: 'c-4',
        passageId: 'p-2',
        eventIds: ['korean-armistice'],
        text: 'by reference',
        provenance: null,
      },
    ])
    expect(essay.passages[1]?.citations.map((c) => c.id)).toEqual([
      'c-3',
      'c-4',
    ])
  })

  it('parseEssay builds the inline tree of a passage', () => {
    expect(essay.passages[0]?.inlines).toEqual([
      { type: 'text', value: 'The ' },
      {
        type: 'citation',
        id: 'c-1',
        eventIds: ['berlin-airlift'],
        provenance: null,
        children: [{ type: 'text', value: 'Berlin Airlift' }],
      },
      { type: 'text', value: ' and ' },
      {
        type: 'emphasis',
        children: [
          {
            type: 'citation',
            id: 'c-2',
            eventIds: ['northern-watch', 'southern-watch'],
            provenance: null,
            children: [{ type: 'text', value: 'both watches' }],
          },
        ],
      },
      { type: 'text', value: '.' },
    ])
    expect(essay.passages[0]?.text).toBe('The Berlin Airlift and both watches.')
  })

  it.each([
    ['[x](event:)', 'link "x" has an empty event id in "event:"'],
    ['[x](event:a,,b)', 'link "x" has an empty event id in "event:a,,b"'],
    [
      '[x](event:Berlin_Airlift)',
      'link "x" cites "Berlin_Airlift", which is not an event id (lower-case letters, digits and hyphens)',
    ],
    ['[](event:a)', 'link to "event:a" has no text'],
    [
      `[x](event:${Array.from({ length: 51 }, (_, i) => `e${i}`).join(',')})`,
      'link "x" cites 51 events; the limit is 50',
    ],
  ])('parseEssay refuses the citation %s', (link, message) => {
    expect(problemsOf(`# T\n\nFirst.\n\nSee ${link}.\n`)).toEqual([
      { path: 'essay.md paragraph 2', message },
    ])
  })
})

describe('parseEssay: whose link a citation is', () => {
  it('parseEssay reads a citation’s title as its provenance, inline or by reference', () => {
    const essay = essayOf(
      [
        '# T',
        '',
        'The [airlift](event:a "inferred"), the [watch](event:b "added"),',
        'the [treaty](event:c) and [by reference][ref].',
        '',
        "[ref]: event:d 'added'",
      ].join('\n'),
    )
    expect(essay.citations.map((c) => [c.text, c.provenance])).toEqual([
      ['airlift', 'inferred'],
      ['watch', 'added'],
      ['treaty', null],
      ['by reference', 'added'],
    ])
    expect(essay.passages[0]?.inlines[1]).toMatchObject({
      type: 'citation',
      provenance: 'inferred',
    })
    // The title is markup: the passage's words are unchanged.
    expect(essay.passages[0]?.text).toBe(
      'The airlift, the watch, the treaty and by reference.',
    )
  })

  it.each([
    ['[x](event:a "Inferred")', '"Inferred"'],
    ['[x](event:a "author")', '"author"'],
    ['[x](event:a "added ")', '"added "'],
  ])(
    'parseEssay refuses the citation %s: an unknown provenance',
    (link, title) => {
      expect(problemsOf(`# T\n\nSee ${link}.\n`)).toEqual([
        {
          path: 'essay.md paragraph 1',
          message: `link "x" has the title ${title}; a citation's title says whose link it is: "inferred" or "added" (or no title)`,
        },
      ])
    },
  )

  it('parseEssay ignores the title of an ordinary https link', () => {
    const essay = essayOf(
      '# T\n\nRead [it](https://example.org/ "anything").\n',
    )
    expect(essay.passages[0]?.inlines[1]).toEqual({
      type: 'link',
      href: 'https://example.org/',
      children: [{ type: 'text', value: 'it' }],
    })
  })
})

describe('parseEssay: other links and markup are never HTML', () => {
  it('parseEssay keeps https links as links', () => {
    const essay = essayOf(
      '# T\n\nRead [the text](https://example.org/a?b=1#c) and <https://example.org>.\n',
    )
    expect(essay.passages[0]?.inlines).toEqual([
      { type: 'text', value: 'Read ' },
      {
        type: 'link',
        href: 'https://example.org/a?b=1#c',
        children: [{ type: 'text', value: 'the text' }],
      },
      { type: 'text', value: ' and ' },
      {
        type: 'link',
        href: 'https://example.org/',
        children: [{ type: 'text', value: 'https://example.org' }],
      },
      { type: 'text', value: '.' },
    ])
    expect(essay.citations).toEqual([])
  })

  it.each([
    ['javascript:alert(1)'],
    ['data:text/html,hi'],
    ['http://example.org'],
    ['#'],
    ['/relative'],
    ['mailto:a@example.org'],
  ])('parseEssay shows a link to %s as text, with a warning', (url) => {
    const markdown = `# T\n\nOne.\n\nTwo [click *me*](${url}) now.\n`
    const result = parseEssay(markdown)
    expect(result.ok && result.value.passages[1]?.inlines).toEqual([
      { type: 'text', value: 'Two click ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'me' }] },
      { type: 'text', value: ' now.' },
    ])
    expect(result.warnings).toEqual([
      {
        path: 'essay.md paragraph 2',
        message: `link "click me" to "${url}" is not https and is shown as text`,
      },
    ])
  })

  it('parseEssay turns inline and block HTML into plain text', () => {
    const essay = essayOf(
      '# T\n\nA <b onclick="x()">bold</b> move.\n\n<script>alert(1)</script>\n',
    )
    expect(essay.passages.map((p) => p.inlines)).toEqual([
      [{ type: 'text', value: 'A <b onclick="x()">bold</b> move.' }],
      [{ type: 'text', value: '<script>alert(1)</script>' }],
    ])
  })

  it('parseEssay turns images into their alt text and code into text', () => {
    const essay = essayOf(
      '# T\n\nSee ![a map](javascript:x) and `code` here.\n\n    indented code\n',
    )
    expect(essay.passages.map((p) => p.text)).toEqual([
      'See a map and code here.',
      'indented code',
    ])
    expect(warningsOf('# T\n\n![a map](javascript:x)\n')).toEqual([])
  })

  it('parseEssay keeps strong and emphasis, and reads soft line breaks as spaces', () => {
    const essay = essayOf('# T\n\nOne **strong\nclaim** and _more_.\n')
    expect(essay.passages[0]?.inlines).toEqual([
      { type: 'text', value: 'One ' },
      { type: 'strong', children: [{ type: 'text', value: 'strong claim' }] },
      { type: 'text', value: ' and ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'more' }] },
      { type: 'text', value: '.' },
    ])
  })

  it('parseEssay keeps right-to-left and combining text as it is', () => {
    const essay = essayOf('# سلام\n\nCafe\u0301 \u202eevil\n')
    expect(essay.title).toBe('سلام')
    expect(essay.passages[0]?.text).toBe('Cafe\u0301 \u202eevil')
  })
})

describe('parseEssay: hostile input', () => {
  it('parseEssay refuses markup nested more than 100 levels deep', () => {
    const deep = `# T\n\n${'*a '.repeat(120)}x${' a*'.repeat(120)}\n`
    expect(problemsOf(deep)).toEqual([
      {
        path: 'essay.md paragraph 1',
        message: 'nests markup more than 100 levels deep',
      },
    ])
  })

  it('parseEssay refuses deeply nested quotes and lists with the limit', () => {
    expect(problemsOf(`# T\n\n${'> '.repeat(5000)}x\n`)).toEqual([
      {
        path: 'essay.md line 3',
        message: 'nests 5000 levels deep; the limit is 32',
      },
    ])
    expect(problemsOf(`# T\n\n${'- '.repeat(5000)}x\n`)[0]?.message).toBe(
      'nests 5000 levels deep; the limit is 32',
    )
  })

  it('parseEssay refuses a 5 MB essay at once', () => {
    const markdown = `# T\n\n${'word '.repeat(1_000_000)}`
    expect(problemsOf(markdown)).toEqual([
      {
        path: 'essay.md',
        message: 'is too long (5,000,005 characters; the limit is 200,000)',
      },
    ])
  })

  it('parseEssay accepts a long but reasonable essay', () => {
    const paragraph =
      'Some *text* with a [citation](event:e) and more words in it. '.repeat(10)
    const markdown = `# T\n\n${`${paragraph}\n\n`.repeat(100)}`
    const result = parseEssay(markdown)
    expect(result.ok && result.value.passages.length).toBe(100)
    expect(result.ok && result.value.citations.length).toBe(1000)
  })

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['an object', { title: 'x' }],
  ])('parseEssay(%s) returns a problem instead of throwing', (_, input) => {
    expect(problemsOf(input)).toEqual([
      { path: 'essay.md', message: 'is not text' },
    ])
  })
})
