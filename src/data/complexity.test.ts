import { describe, expect, it } from 'vitest'
import { rawEvent } from '../test/fixtures'
import { isNearLinear, measuredGrowth } from '../test/complexity'
import { readCompiledEssay, compileEssay } from './essay/compiledEssay'
import { htmlLinks, htmlToText } from './import/htmlText'
import { importTimelineJs } from './import/importTimelineJs'
import { essayLimitProblem } from './essay/markdownLimits'
import { parseDataset } from './events/parseDataset'
import { parseDatasetFast } from './events/parseDatasetFast'
import { parseEssay } from './essay/parseEssay'

/**
 * Every parser and importer is linear in its input: each is timed at n and 4n over the shapes that made one of
 * them quadratic (repeated headings, repeated attributes) and others of the same kind. n is as large as the
 * limits allow at 4n, so the parser does the real work rather than refusing the file.
 */

type Shape<T> = readonly [name: string, n: number, make: (n: number) => T]

const essayShapes: readonly Shape<string>[] = [
  // n as large as the limits allow at 4n: 1,000 blocks, 10,000 lines, 500 lines without a blank one.
  ['repeated headings', 240, (n) => `# T\n\n${'## h\n\n'.repeat(n)}`],
  ['tiny paragraphs', 240, (n) => `# T\n\n${'a\n\n'.repeat(n)}`],
  [
    'one-letter lines, 240 to a paragraph',
    10,
    (n) => `# T\n\n${`${'a\n'.repeat(240)}\n`.repeat(n)}`,
  ],
  ['a long run of one letter', 45_000, (n) => `# T\n\n${'a'.repeat(n)}`],
  ['a long run of "*"', 45_000, (n) => `# T\n\n${'*'.repeat(n)}`],
  ['a long run of "`"', 45_000, (n) => `# T\n\n${'`'.repeat(n)}`],
  ['a long run of "#"', 45_000, (n) => `# T\n\n${'#'.repeat(n)}`],
  ['a long run of "-"', 45_000, (n) => `# T\n\n${'-'.repeat(n)}`],
  [
    'unclosed brackets, 10 to a paragraph',
    70,
    (n) => `# T\n\n${`${'[x '.repeat(10)}\n\n`.repeat(n)}`,
  ],
  [
    'citations',
    120,
    (n) => `# T\n\n${`${'[a](event:a) '.repeat(4)}\n\n`.repeat(n)}`,
  ],
]

describe.each(essayShapes)('parseEssay on %s', (_, n, make) => {
  it('grows linearly from n to 4n, and the input is within the limits', () => {
    expect(essayLimitProblem(make(4 * n))).toBeNull()
    const timing = measuredGrowth(make, parseEssay, n)
    expect(timing).toSatisfy(isNearLinear)
  })
})

describe('readCompiledEssay on many passages', () => {
  it('grows linearly from n to 4n', () => {
    const make = (n: number) => {
      const markdown = `# T\n\n${'Words [link](https://example.org/).\n\n'.repeat(n)}`
      return {
        markdown,
        compiled: compileEssay(markdown, parseEssay(markdown)),
      }
    }
    const timing = measuredGrowth(
      make,
      ({ markdown, compiled }) => readCompiledEssay(compiled, markdown),
      400,
    )
    expect(timing).toSatisfy(isNearLinear)
  })
})

// Up to ~200 KB at 4n: past that V8 itself slows down per character on any string work (a plain replace over
// 960 KB of "abc " took 20× as long as over 240 KB), which would hide what the parsers do.
const htmlShapes: readonly Shape<string>[] = [
  ['one tag of repeated attributes', 7_000, (n) => `<a ${'href=x '.repeat(n)}`],
  [
    'unclosed anchors',
    1_600,
    (n) => '<a href="https://x.example/a">'.repeat(n),
  ],
  [
    'distinct unclosed anchors',
    2_000,
    (n) =>
      Array.from(
        { length: n },
        (_, i) => `<a href="https://x.example/${i}">t`,
      ).join(''),
  ],
  ['unclosed tags', 25_000, (n) => '<b'.repeat(n)],
  ['angle brackets', 50_000, (n) => '<'.repeat(n)],
  ['unclosed comments', 12_000, (n) => '<!--'.repeat(n)],
  ['unclosed scripts', 7_000, (n) => '<script'.repeat(n)],
  ['entities', 2_000, (n) => '&amp;&constructor;&#x41;'.repeat(n)],
  ['a long run of "&"', 50_000, (n) => '&'.repeat(n)],
]

describe.each(htmlShapes)('htmlToText and htmlLinks on %s', (_, n, make) => {
  it('grow linearly from n to 4n', () => {
    const timing = measuredGrowth(
      make,
      (html) => [htmlToText(html), htmlLinks(html)],
      n,
    )
    expect(timing).toSatisfy(isNearLinear)
  })
})

describe('importTimelineJs', () => {
  const slide = (headline: string, text: string) => ({
    start_date: { year: 2000 },
    text: { headline, text },
    media: { url: 'https://[' },
  })
  it.each([
    [
      'one text of repeated attributes',
      5_000,
      (n: number) => ({ events: [slide('A', `<a ${'href=x '.repeat(n)}`)] }),
    ],
    [
      'many events with the same headline',
      500,
      (n: number) => ({
        events: Array.from({ length: n }, () =>
          slide('Same &constructor;', '<a href="https://exa%mple">x</a>'),
        ),
      }),
    ],
  ])('grows linearly from n to 4n on %s', (_, n, make) => {
    const timing = measuredGrowth(
      make,
      (json) => importTimelineJs(json, '2025-08-31'),
      n,
    )
    expect(timing).toSatisfy(isNearLinear)
  })
})

describe('parseDataset and parseDatasetFast', () => {
  const file = (events: unknown[]) => ({
    title: 'T',
    asOf: '2025-08-31',
    events,
  })
  it.each([
    [
      'valid events',
      4_000,
      (n: number) =>
        file(Array.from({ length: n }, (_, i) => rawEvent({ id: `e-${i}` }))),
    ],
    [
      'invalid events (past the 1,000 problems described)',
      2_000,
      (n: number) => file(Array.from({ length: n }, () => ({ id: 1 }))),
    ],
    [
      'duplicate ids',
      4_000,
      (n: number) => file(Array.from({ length: n }, () => rawEvent())),
    ],
    [
      'one long list of bad countries per event',
      200,
      (n: number) =>
        file(
          Array.from({ length: n }, (_, i) =>
            rawEvent({ id: `e-${i}`, countries: ['x', 'y', 'z'] }),
          ),
        ),
    ],
  ])('grow linearly from n to 4n on %s', (_, n, make) => {
    const timing = measuredGrowth(
      make,
      (json) => [parseDataset(json), parseDatasetFast(json)],
      n,
    )
    expect(timing).toSatisfy(isNearLinear)
  })
})
