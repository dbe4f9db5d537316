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
    [
      'brackets',
      `${'['.repeat(33)}x`,
      'nests brackets "[" 33 deep; the limit is 32',
    ],
  ])('essayLimitProblem refuses deep %s on their line', (_, line, message) => {
    expect(essayLimitProblem(`# T\n\nFine.\n\n${line}\n`)).toEqual({
      path: 'essay.md line 5',
      message,
    })
  })

  it.each([
    [
      '[a] '.repeat(501),
      'paragraph has 501 brackets "[" (links); the limit is 500',
    ],
    [
      '*a* '.repeat(151),
      'paragraph has 302 emphasis markers ("*" or "_"); the limit is 300',
    ],
    ['`a` '.repeat(151), 'paragraph has 302 backtick runs; the limit is 300'],
    ['<'.repeat(1001), 'paragraph has 1,001 "<"; the limit is 1,000'],
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
      'has 3,200 brackets "[" (links); the limit is 3,000',
    ],
    [
      paragraphs('*a* '.repeat(100), 26),
      'has 5,200 emphasis markers ("*" or "_"); the limit is 5,000',
    ],
    [paragraphs('&amp; '.repeat(500), 7), 'has 3,500 "&"; the limit is 3,000'],
    [
      paragraphs(('> '.repeat(30) + 'x\n').repeat(10), 11),
      'has 4,950 quote and list markers; the limit is 3,000',
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

  it.each([
    [
      'lines',
      `# T\n${'\n'.repeat(10_000)}`,
      'has 10,002 lines; the limit is 10,000',
    ],
    [
      'blocks',
      paragraphs('a', 1_000),
      'has 1,001 paragraphs, headings and other blocks; the limit is 1,000',
    ],
    [
      'backslashes',
      `# T\n\n${'\\'.repeat(5_001)}`,
      'has 5,001 backslashes and "!"; the limit is 5,000',
    ],
  ])(
    'essayLimitProblem refuses too many %s, naming the count found',
    (_, markdown, message) => {
      expect(essayLimitProblem(markdown)).toEqual({ path: 'essay.md', message })
    },
  )

  it('essayLimitProblem refuses a run of more than 500 lines without a blank line, counting them', () => {
    expect(essayLimitProblem(`# T\n\n${'a\n'.repeat(501)}\nb\n`)).toEqual({
      path: 'essay.md line 3',
      message: 'runs 501 lines without a blank line; the limit is 500',
    })
    expect(essayLimitProblem(`# T\n\n${'a\n'.repeat(500)}`)).toBeNull()
  })
})
