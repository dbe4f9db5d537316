// The browser's zod setting (no eval), so that timings match the app's.
import './zodConfig'
import { describe, expect, it } from 'vitest'
import { makeBundle, validateBundle } from './import/bundle'
import { importSpreadsheet } from './import/importSpreadsheet'
import { importTimelineJs } from './import/importTimelineJs'
import { parseEssay } from './essay/parseEssay'
import type { Problem, ValidationResult } from './types'
import { validateContent } from './validateContent'

/**
 * Hostile input: each case gets a clear, specific message or is kept as inert text; none crashes,
 * runs code or takes over a second. Sizes are chosen so that the whole file runs in a few seconds.
 */

const source = {
  title: 'T',
  publisher: 'P',
  url: 'https://example.org/',
  type: 'primary',
}
const event = (over: Record<string, unknown> = {}) => ({
  id: 'a',
  title: 'A',
  kind: 'treaty',
  start: '1953',
  countries: ['US'],
  summary: 'S.',
  sources: [source],
  ...over,
})
const eventsJson = (events: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ title: 'T', asOf: '2025-08-31', events, ...extra })
const ESSAY = '# T\n\nThe [treaty](event:a).\n'

/** Problems as `path: message` lines. */
function lines(result: ValidationResult<unknown>): string[] {
  const format = (p: Problem) =>
    p.path ? `${p.path}: ${p.message}` : p.message
  return result.ok ? [] : result.problems.map(format)
}

describe('hostile events.json', () => {
  it('malformed JSON: says so, quoting where it broke', () => {
    expect(
      lines(validateContent('{\n  "title": "T",\n  "events": [,]\n}', ESSAY)),
    ).toEqual([
      expect.stringMatching(
        /^events\.json: not valid JSON: Unexpected token ','/,
      ),
    ])
    expect(lines(validateContent('', ESSAY))).toEqual([
      expect.stringMatching(
        /^events\.json: not valid JSON: Unexpected end of JSON input/,
      ),
    ])
  })

  it('valid JSON of the wrong shape: names what was expected', () => {
    expect(lines(validateContent('[]', ESSAY))).toEqual([
      'events.json: expected an object, got a list',
    ])
    expect(lines(validateContent('"events"', ESSAY))).toEqual([
      'events.json: expected an object, got text "events"',
    ])
    expect(lines(validateContent('{"events": {}}', ESSAY))).toEqual([
      'title: is missing (expected text)',
      'asOf: is missing (expected text)',
      'events: expected a list, got an object',
    ])
  })

  it('50,000 events: refused with the limit', () => {
    const many = Array.from({ length: 50_000 }, (_, i) =>
      event({ id: `e-${i}`, summary: 'S' }),
    )
    const text = eventsJson(many)
    const result = validateContent(text, ESSAY)
    expect(lines(result)).toEqual([
      'events: has 50,000 events; the limit is 20,000',
    ])
  })

  it('duplicate ids: the second is named with the first', () => {
    expect(
      lines(
        validateContent(
          eventsJson([event(), event({ title: 'Again' })]),
          ESSAY,
        ),
      ),
    ).toEqual(['events[1].id: duplicate id "a" (first at events[0])'])
  })

  it('unknown country codes: each one is named', () => {
    expect(
      lines(
        validateContent(
          eventsJson([event({ countries: ['ZZ', 'us', 'EU', 'SU'] })]),
          ESSAY,
        ),
      ),
    ).toEqual([
      'events[0].countries[0]: "ZZ" is not a known country code (ISO 3166-1 alpha-2, or SU, DD, XK)',
      'events[0].countries[1]: "us" is not a known country code (ISO 3166-1 alpha-2, or SU, DD, XK)',
      'events[0].countries[2]: "EU" is not a known country code (ISO 3166-1 alpha-2, or SU, DD, XK)',
    ])
  })

  it('javascript:, data: and http: source URLs: refused by scheme', () => {
    const sources = [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'http://example.org/',
    ].map((url) => ({ ...source, url }))
    expect(
      lines(validateContent(eventsJson([event({ sources })]), ESSAY)),
    ).toEqual([
      'events[0].sources[0].url: "javascript:alert(1)" is not an https URL (scheme "javascript:")',
      'events[0].sources[1].url: "data:text/html,<script>alert(1)</script>" is not an https URL (scheme "data:")',
      'events[0].sources[2].url: "http://example.org/" is not an https URL (scheme "http:")',
    ])
  })

  it('impossible dates: "0000", "1999-02-30", "+275760-09-13"', () => {
    const events = [
      event({ start: '0000' }),
      event({ id: 'b', start: '1999-02-30' }),
      event({ id: 'c', start: '+275760-09-13' }),
    ]
    expect(lines(validateContent(eventsJson(events), ESSAY))).toEqual([
      'events[0].start: "0000" is outside the years the format supports (1 to 9999)',
      'events[1].start: "1999-02-30" is not a date (February 1999 has no day 30)',
      'events[2].start: "+275760-09-13" is outside the years the format supports (1 to 9999)',
    ])
  })

  it('right-to-left and combining characters: kept in text, escaped in messages', () => {
    const title = 'معاهدة \u202egnp.exe e\u0301'
    const ok = validateContent(
      eventsJson([event({ title, summary: 'שלום עולם' })]),
      ESSAY,
    )
    expect(ok.ok && ok.value.events[0]?.title).toBe(title)
    // An override character in an id would reorder the message around it: it is shown escaped.
    expect(
      lines(validateContent(eventsJson([event({ id: 'a\u202e' })]), ESSAY)),
    ).toEqual([
      'events[0].id: "a\\u202e" is not an id (lower-case letters, digits and hyphens)',
    ])
    expect(
      lines(validateContent(eventsJson([event({ id: 'e\u0301' })]), ESSAY)),
    ).toEqual([
      'events[0].id: "e\u0301" is not an id (lower-case letters, digits and hyphens)',
    ])
  })

  it('precedent cases that cite themselves: an unknown event, not a loop', () => {
    const cases = [
      {
        id: 'c1',
        name: 'Case',
        eventIds: ['c1', 'a'],
        milestones: [
          { kind: 'guarantee', label: 'G', date: '1953', eventId: 'a' },
        ],
        guarantee: '1953',
        resolved: null,
      },
    ]
    expect(
      lines(validateContent(eventsJson([event()], { cases }), ESSAY)),
    ).toEqual([
      expect.stringMatching(
        /^cases\[0\]\.eventIds\[0\]: "c1" is not an event id/,
      ),
    ])
  })
})

describe('hostile essay.md', () => {
  it('a 5 MB essay: refused by length', () => {
    const result = parseEssay(`# Big\n\n${'word '.repeat(1024 * 1024)}`)
    expect(lines(result)).toEqual([
      'essay.md: is too long (5,242,887 characters; the limit is 200,000)',
    ])
  })

  it('10,000 levels of nesting (quotes, lists, brackets): refused at the line', () => {
    const quotes = `# T\n\n${'>'.repeat(10_000)} deep`
    const lists = `# T\n\n${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')}`
    const brackets = `# T\n\n${'['.repeat(10_000)}x`
    const results = [quotes, lists, brackets].map((md) => lines(parseEssay(md)))
    expect(results).toEqual([
      ['essay.md line 3: nests 10000 levels deep; the limit is 32'],
      [expect.stringMatching(/^essay\.md line \d+: (nests|is indented) /)],
      ['essay.md line 3: nests brackets "[" 10,000 deep; the limit is 32'],
    ])
  })

  it('a citation of the same event twice, and a citation inside a citation: one citation each, no loop', () => {
    const twice = parseEssay('# T\n\nSee [both](event:a,a).\n')
    expect(twice.ok && twice.value.citations.map((c) => c.eventIds)).toEqual([
      expect.arrayContaining(['a']),
    ])
    const nested = parseEssay('# T\n\nSee [[inner](event:a) outer](event:b).\n')
    expect(
      nested.ok && nested.value.citations.map((c) => [c.eventIds, c.text]),
    ).toEqual([[['a'], 'inner']])
    expect(
      lines(parseEssay('# T\n\nSee [x](event:) and [y](event:a,,b).\n')),
    ).toEqual([
      'essay.md paragraph 1: link "x" has an empty event id in "event:"',
      'essay.md paragraph 1: link "y" has an empty event id in "event:a,,b"',
    ])
  })

  it('javascript:, data: and http: links: shown as text, with a warning', () => {
    const result = parseEssay(
      '# T\n\nSee [x](javascript:alert(1)), [y](data:text/html,hi) and [z](http://example.org/).\n',
    )
    expect(result.ok && result.value.passages[0]?.text).toBe('See x, y and z.')
    expect(
      result.ok &&
        result.value.passages[0]?.inlines.some((i) => i.type === 'link'),
    ).toBe(false)
    expect(result.warnings.map((w) => w.message)).toEqual([
      'link "x" to "javascript:alert(1)" is not https and is shown as text',
      'link "y" to "data:text/html,hi" is not https and is shown as text',
      'link "z" to "http://example.org/" is not https and is shown as text',
    ])
  })

  it('HTML and script in the essay: kept as literal text', () => {
    const result = parseEssay(
      '# <img src=x onerror=alert(1)>\n\nBy <b>me</b>\n\n<script>alert(1)</script>\n\nText <em>x</em> &lt;iframe&gt;.\n',
    )
    expect(
      result.ok && [
        result.value.title,
        result.value.byline,
        ...result.value.passages.map((p) => p.text),
      ],
    ).toEqual([
      '<img src=x onerror=alert(1)>',
      'By <b>me</b>',
      '<script>alert(1)</script>',
      'Text <em>x</em> <iframe>.',
    ])
  })
})

describe('hostile files opened by a reader', () => {
  it('a bundle whose essay is not text, and a TimelineJS file of the wrong shape', () => {
    expect(
      lines(validateBundle(JSON.stringify({ title: 'T', essay: { $ne: 1 } }))),
    ).toEqual(['essay: expected the essay’s Markdown as text'])
    const imported = importTimelineJs({ events: 'all of them' })
    expect(imported.ok ? [] : imported.problems).toEqual([
      {
        path: '',
        message: 'This is not a TimelineJS file: it has no list of "events".',
      },
    ])
  })

  it('a spreadsheet with hostile cells opens its rows as text, with nothing executable', () => {
    const csv = [
      'Year,Headline,Text,Media,Sources',
      '1990,"<img src=x onerror=alert(1)>","<script>alert(1)</script>[x](javascript:alert(1))",javascript:alert(1),"x | javascript:alert(1)"',
      '1991,=HYPERLINK("https://x.org"),"\u202e flipped",data:text/html;base64,AAAA,',
    ].join('\n')
    const result = importSpreadsheet(csv, 'hostile.csv', '2025-08-31')
    if (!result.ok) throw new Error('expected rows')
    const { eventsFile, essay } = result.value
    const shown = validateBundle(makeBundle(eventsFile, essay))
    expect(shown.ok).toBe(true)
    expect(JSON.stringify(eventsFile) + essay).not.toMatch(
      /<img|<script|data:text/,
    )
    // The words of a javascript: link stay as escaped text, never a link.
    expect(essay).toContain('\\[x\\](javascript:alert(1))')
    expect(essay).not.toMatch(/[^\\]\]\(javascript:/)
    expect(eventsFile.events.map((e) => e.media)).toEqual([
      undefined,
      undefined,
    ])
  })
})
