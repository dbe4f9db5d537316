import { describe, expect, it } from 'vitest'
import { essayLimitProblem } from './markdownLimits'

const paragraphs = (block: string, count: number) =>
  `# T\n\n${`${block}\n\n`.repeat(count)}`

describe('essayLimitProblem', () => {
  it('essayLimitProblem(an ordinary essay) is null', () => {
    const essay = paragraphs(
      '> A *quoted* [claim](event:a) with `code`, <https://example.org> & more.\n\n- a list\n  - nested',
      100,
    )
    expect(essayLimitProblem(essay)).toBeNull()
  })

  it.each([
    [
      'blockquotes',
      `${'> '.repeat(33)}x`,
      'nests 33 levels deep; the limit is 32',
    ],
    [
      'blockquotes without spaces',
      `${'>'.repeat(40)}x`,
      'nests 40 levels deep; the limit is 32',
    ],
    [
      'list items',
      `${'- '.repeat(33)}x`,
      'nests 33 levels deep; the limit is 32',
    ],
    [
      'ordered items',
      `${'1) '.repeat(33)}x`,
      'nests 33 levels deep; the limit is 32',
    ],
    [
      'indentation',
      `${' '.repeat(65)}x`,
      'is indented 65 columns; the limit is 64',
    ],
    ['tabs', `${'\t'.repeat(17)}x`, 'is indented 68 columns; the limit is 64'],
    ['brackets', `${'['.repeat(33)}x`, 'nests brackets "[" more than 32 deep'],
  ])('essayLimitProblem refuses deep %s on their line', (_, line, message) => {
    expect(essayLimitProblem(`# T\n\nFine.\n\n${line}\n`)).toEqual({
      path: 'essay.md line 5',
      message,
    })
  })

  it.each([
    ['[a] '.repeat(501), 'paragraph has more than 500 brackets "[" (links)'],
    [
      '*a* '.repeat(151),
      'paragraph has more than 300 emphasis markers ("*" or "_")',
    ],
    ['`a` '.repeat(151), 'paragraph has more than 300 backtick runs'],
    ['<'.repeat(1001), 'paragraph has more than 1000 "<"'],
  ])(
    'essayLimitProblem refuses a busy paragraph, naming its first line',
    (text, message) => {
      const lines = text.match(/.{1,80}/g)?.join('\n') ?? ''
      expect(essayLimitProblem(`# T\n\n${lines}\n`)).toEqual({
        path: 'essay.md line 3',
        message,
      })
    },
  )

  it('essayLimitProblem counts per paragraph: a blank line starts a new count', () => {
    expect(essayLimitProblem(paragraphs('[a] '.repeat(400), 2))).toBeNull()
  })

  it.each([
    [
      paragraphs('[a](event:b) '.repeat(400), 8),
      'has more than 3,000 brackets "[" (links)',
    ],
    [
      paragraphs('*a* '.repeat(100), 26),
      'has more than 5,000 emphasis markers ("*" or "_")',
    ],
    [paragraphs('&amp; '.repeat(500), 7), 'has more than 3,000 "&"'],
    [
      paragraphs(('> '.repeat(30) + 'x\n').repeat(10), 11),
      'has more than 3,000 quote and list markers',
    ],
  ])(
    'essayLimitProblem refuses too much markup in the whole file (%#)',
    (markdown, message) => {
      expect(essayLimitProblem(markdown)).toEqual({ path: 'essay.md', message })
    },
  )

  it('essayLimitProblem refuses more than 200,000 characters', () => {
    expect(essayLimitProblem('x'.repeat(200_001))).toEqual({
      path: 'essay.md',
      message: 'is too long (200,001 characters; the limit is 200,000)',
    })
    expect(essayLimitProblem('x'.repeat(200_000))).toBeNull()
  })
})
