/**
 * `npm run complexity`: every parser and importer is linear in its input. Each is timed at n and 4n over the
 * shapes that made one of them quadratic (repeated headings, repeated attributes) and others of the same kind;
 * n is as large as the limits allow at 4n, so the parser does the real work rather than refusing the file.
 * Prints one line per shape (times and ratio) and exits 1 when a ratio passes 8 (linear work gives 4 to 7,
 * quadratic about 16). Run with `--expose-gc` (as `npm run complexity` does) so each timed run starts from a
 * collected heap. A speed check: it prints figures and runs on its own, not among the unit tests.
 */
import {
  compileEssay,
  readCompiledEssay,
} from '../src/data/essay/compiledEssay'
import { essayLimitProblem } from '../src/data/essay/markdownLimits'
import { parseEssay } from '../src/data/essay/parseEssay'
import { parseDataset } from '../src/data/events/parseDataset'
import { parseDatasetFast } from '../src/data/events/parseDatasetFast'
import { htmlLinks, htmlToText } from '../src/data/import/htmlText'
import { importSpreadsheet } from '../src/data/import/importSpreadsheet'
import { importTimelineJs } from '../src/data/import/importTimelineJs'
import { rawEvent } from '../src/test/fixtures'
import { isNearLinear, measuredGrowth, type Growth } from './growth'

type Shape<T> = readonly [name: string, n: number, make: (n: number) => T]

/** One timed case: a parser on one shape of input. */
type Case = {
  readonly name: string
  readonly measure: () => Growth
  /** Why the case's input is not what it claims (outside the limits), or null. */
  readonly problem: (() => string | null) | undefined
}

const cases = <T>(
  parser: string,
  shapes: readonly Shape<T>[],
  run: (input: T) => unknown,
  problem?: (input: T) => string | null,
): Case[] =>
  shapes.map(([shape, n, make]) => ({
    name: `${parser} on ${shape}`,
    measure: () => measuredGrowth(make, run, n),
    problem: problem && (() => problem(make(4 * n))),
  }))

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

const compiledShapes: readonly Shape<{
  markdown: string
  compiled: unknown
}>[] = [
  [
    'many passages',
    200,
    (n) => {
      const markdown = `# T\n\n${'Words [link](https://example.org/).\n\n'.repeat(n)}`
      return {
        markdown,
        compiled: compileEssay(markdown, parseEssay(markdown)),
      }
    },
  ],
]

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

const slide = (headline: string, text: string) => ({
  start_date: { year: 2000 },
  text: { headline, text },
  media: { url: 'https://[' },
})

const timelineJsShapes: readonly Shape<unknown>[] = [
  [
    'one text of repeated attributes',
    5_000,
    (n) => ({ events: [slide('A', `<a ${'href=x '.repeat(n)}`)] }),
  ],
  [
    'many events with the same headline',
    500,
    (n) => ({
      events: Array.from({ length: n }, () =>
        slide('Same &constructor;', '<a href="https://exa%mple">x</a>'),
      ),
    }),
  ],
  [
    'one text of nested lists and emphasis',
    1_000,
    (n) => ({
      events: [slide('A', '<ul><li><em><b>x'.repeat(n))],
    }),
  ],
  [
    'one text of unclosed tags',
    5_000,
    (n) => ({ events: [slide('A', '<p <em <a href='.repeat(n))] }),
  ],
  [
    'many events with media on relative paths, in eras',
    500,
    (n) => ({
      events: Array.from({ length: n }, (_, i) => ({
        start_date: { year: 1900 + (i % 100), month: 1, day: 1, hour: 9 },
        text: { headline: `E ${i}`, text: '<p>a <em>b</em></p>' },
        media: { url: `img/${i}.jpg` },
        group: `G ${i % 7}`,
      })),
      eras: [{ start_date: { year: 1900 }, end_date: { year: 2000 } }],
    }),
  ],
]

const row = (i: number) =>
  `${1900 + (i % 100)},1,2,9:30,"Row ${i}","<p>a, ""b""</p>",img/${i}.jpg,,"US, ZZ","S | https://e.org/${i}"`
const sheet = (rows: string[]) =>
  `Year,Month,Day,Time,Headline,Text,Media,Type,Countries,Sources\n${rows.join('\n')}`

const spreadsheetShapes: readonly Shape<string>[] = [
  [
    'rows of every column',
    500,
    (n) => sheet(Array.from({ length: n }, (_, i) => row(i))),
  ],
  [
    'one quoted cell of quotes and commas',
    20_000,
    (n) => sheet([`2000,1,1,,"${'"",'.repeat(n)}",x`]),
  ],
  [
    'blank rows between rows',
    500,
    (n) => sheet(Array.from({ length: n }, (_, i) => `${row(i)}\n,,,,\n`)),
  ],
]

const file = (events: unknown[]) => ({ title: 'T', asOf: '2025-08-31', events })

const datasetShapes: readonly Shape<unknown>[] = [
  [
    'valid events',
    4_000,
    (n) =>
      file(Array.from({ length: n }, (_, i) => rawEvent({ id: `e-${i}` }))),
  ],
  [
    'invalid events (past the 1,000 problems described)',
    2_000,
    (n) => file(Array.from({ length: n }, () => ({ id: 1 }))),
  ],
  [
    'duplicate ids',
    4_000,
    (n) => file(Array.from({ length: n }, () => rawEvent())),
  ],
  [
    'events with times, media, groups and display dates, in eras',
    2_000,
    (n) => ({
      ...file(
        Array.from({ length: n }, (_, i) =>
          rawEvent({
            id: `e-${i}`,
            start: '2025-08-15T11:00:30+02:00',
            displayDate: 'Spring',
            group: `G ${i % 9}`,
            media: { url: '//images.example.org/a.jpg', caption: 'C' },
          }),
        ),
      ),
      eras: Array.from({ length: 100 }, () => ({
        title: 'E',
        start: '1950',
        end: '1960',
      })),
    }),
  ],
  [
    'one long list of bad countries per event',
    200,
    (n) =>
      file(
        Array.from({ length: n }, (_, i) =>
          rawEvent({ id: `e-${i}`, countries: ['x', 'y', 'z'] }),
        ),
      ),
  ],
]

const all: readonly Case[] = [
  ...cases(
    'parseEssay',
    essayShapes,
    parseEssay,
    (markdown) => essayLimitProblem(markdown)?.message ?? null,
  ),
  ...cases(
    'readCompiledEssay',
    compiledShapes,
    ({ markdown, compiled }) => readCompiledEssay(compiled, markdown),
    // Timing a refusal would say nothing about reading a real compiled essay.
    ({ markdown, compiled }) =>
      readCompiledEssay(compiled, markdown) === null
        ? 'the compiled essay is refused'
        : null,
  ),
  ...cases('htmlToText and htmlLinks', htmlShapes, (html) => [
    htmlToText(html),
    htmlLinks(html),
  ]),
  ...cases('importTimelineJs', timelineJsShapes, (json) =>
    importTimelineJs(json, '2025-08-31'),
  ),
  ...cases('importSpreadsheet', spreadsheetShapes, (text) =>
    importSpreadsheet(text, 'shape.csv', '2025-08-31'),
  ),
  ...cases('parseDataset and parseDatasetFast', datasetShapes, (json) => [
    parseDataset(json),
    parseDatasetFast(json),
  ]),
]

let failed = 0
for (const { name, measure, problem } of all) {
  const outside = problem?.()
  if (outside) {
    failed++
    console.log(`FAIL  ${name}: the 4n input breaks a limit (${outside})`)
    continue
  }
  const growth = measure()
  const ok = isNearLinear(growth)
  if (!ok) failed++
  const ratio = growth.fourNMs / Math.max(growth.nMs, 0.001)
  console.log(
    `${ok ? 'ok  ' : 'FAIL'}  ${name}: n ${growth.nMs.toFixed(1)} ms, 4n ${growth.fourNMs.toFixed(1)} ms, ratio ${ratio.toFixed(1)}`,
  )
}
console.log(
  `Complexity: ${all.length - failed} of ${all.length} shapes grow linearly`,
)
if (failed > 0) process.exitCode = 1
