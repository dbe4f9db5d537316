import { describeProblemCount } from '../problems'
import { describe, expect, it } from 'vitest'
import { MAX_EVENTS } from './datasetRules'
import { parseDataset } from './parseDataset'
import type { Problem } from '../types'

/** A valid event as written in events.json; override only what the test is about. */
function rawEvent(overrides: Record<string, unknown> = {}) {
  return {
    id: 'berlin-airlift',
    title: 'Berlin Airlift',
    kind: 'operation',
    start: '1948-06-24',
    end: '1949-09-30',
    countries: ['US', 'GB'],
    organizations: [],
    summary: 'Western allies supplied West Berlin by air.',
    sources: [
      {
        title: 'Berlin Airlift',
        publisher: 'Office of the Historian',
        url: 'https://history.state.gov/milestones/1945-1952/berlin-airlift',
        type: 'reference',
      },
    ],
    ...overrides,
  }
}

function rawDataset(
  events: unknown[],
  overrides: Record<string, unknown> = {},
) {
  return { title: 'Precedents', asOf: '2025-08-31', events, ...overrides }
}

/** The problems of an invalid input, as `path: message` lines. */
function problemsOf(input: unknown): string[] {
  const result = parseDataset(input)
  if (result.ok) throw new Error('expected problems')
  return result.problems.map((p) => `${p.path}: ${p.message}`)
}

describe('parseDataset: valid input', () => {
  it('parseDataset(minimal) converts dates once, at the boundary', () => {
    const result = parseDataset(rawDataset([rawEvent()]))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.warnings).toEqual([])
    expect(result.value.title).toBe('Precedents')
    expect(result.value.asOf.iso).toBe('2025-08-31')
    expect(result.value.cases).toEqual([])
    const [event] = result.value.events
    expect(event).toEqual({
      id: 'berlin-airlift',
      title: 'Berlin Airlift',
      kind: 'operation',
      start: {
        iso: '1948-06-24',
        precision: 'day',
        startMs: Date.UTC(1948, 5, 24),
        endMs: Date.UTC(1948, 5, 25),
      },
      end: {
        iso: '1949-09-30',
        precision: 'day',
        startMs: Date.UTC(1949, 8, 30),
        endMs: Date.UTC(1949, 9, 1),
      },
      startLabel: null,
      endLabel: null,
      ongoing: false,
      countries: ['US', 'GB'],
      organizations: [],
      summary: 'Western allies supplied West Berlin by air.',
      note: null,
      sources: rawEvent().sources,
      unverifiedSource: false,
      displayDate: null,
      media: null,
      group: null,
      timeMs: Date.UTC(1948, 5, 24),
      extentMs: [Date.UTC(1948, 5, 24), Date.UTC(1949, 9, 1)],
    })
  })

  it('parseDataset keeps the optional fields and defaults the absent ones', () => {
    const result = parseDataset(
      rawDataset([
        rawEvent({
          end: null,
          ongoing: true,
          note: 'The record differs.',
          unverifiedSource: true,
          organizations: undefined,
        }),
      ]),
    )
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    const [event] = result.value.events
    expect(event?.end).toBeNull()
    expect(event?.ongoing).toBe(true)
    expect(event?.note).toBe('The record differs.')
    expect(event?.unverifiedSource).toBe(true)
    expect(event?.organizations).toEqual([])
    expect([event?.startLabel, event?.endLabel]).toEqual([null, null])
    // An ongoing event is drawn up to the end of asOf.
    expect(event?.extentMs).toEqual([
      Date.UTC(1948, 5, 24),
      Date.UTC(2025, 8, 1),
    ])
  })

  it('parseDataset trims text, and keeps HTML, scripts and bidi text as plain text', () => {
    const html = '<img src=x onerror=alert(1)><script>alert(2)</script>'
    const result = parseDataset(
      rawDataset([
        rawEvent({
          title: `  ${html}  `,
          summary: 'مرحبا بالعالم — e\u0301te\u0301',
          note: '<b>bold</b>',
        }),
      ]),
    )
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(result.value.events[0]?.title).toBe(html)
    expect(result.value.events[0]?.summary).toBe(
      'مرحبا بالعالم — e\u0301te\u0301',
    )
    expect(result.value.events[0]?.note).toBe('<b>bold</b>')
  })

  it('parseDataset keeps events in file order (buildDataset sorts them)', () => {
    const result = parseDataset(
      rawDataset([
        rawEvent({ id: 'late', start: '2000', end: undefined }),
        rawEvent({ id: 'early', start: '1950', end: undefined }),
      ]),
    )
    expect(result.ok && result.value.events.map((e) => e.id)).toEqual([
      'late',
      'early',
    ])
  })

  it('parseDataset warns about unknown fields and ignores them', () => {
    const result = parseDataset(
      rawDataset([rawEvent({ summery: 'typo' })], {
        $schema: './schema.json',
        extra: 1,
      }),
    )
    expect(result.ok).toBe(true)
    expect(result.warnings).toEqual([
      { path: 'events.json', message: 'unknown field "extra" is ignored' },
      { path: 'events[0]', message: 'unknown field "summery" is ignored' },
    ])
  })
})

describe('parseDataset: each rule, with its path and message', () => {
  it.each<[string, Record<string, unknown>, string]>([
    [
      'a year before 1',
      { start: '-0500' },
      'events[0].start: "-0500" is outside the years the format supports (1 to 9999)',
    ],
    [
      'a year after 9999',
      { end: '10000-01-01' },
      'events[0].end: "10000-01-01" is outside the years the format supports (1 to 9999)',
    ],
    [
      'an hour 24',
      { start: '1948-06-24T24:00' },
      'events[0].start: "1948-06-24T24:00" is not a time of day (hours run 00–23, minutes and seconds 00–59)',
    ],
    [
      'a zone past 14 hours',
      { start: '1948-06-24T10:00+15:00' },
      'events[0].start: "1948-06-24T10:00+15:00" has no such zone offset (from -14:00 to +14:00, minutes 00–59)',
    ],
    [
      'a time without a day',
      { start: '1948-06T10:00' },
      'events[0].start: "1948-06T10:00" is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)',
    ],
    [
      'media on http',
      { media: { url: 'http://example.org/a.jpg' } },
      'events[0].media.url: "http://example.org/a.jpg" is not an https URL (scheme "http:")',
    ],
    [
      'media with a password',
      { media: { url: 'https://user:secret@example.org/a.jpg' } },
      'events[0].media.url: "https://user:secret@example.org/a.jpg" must not contain a user name or password',
    ],
    [
      'media on a relative path',
      { media: { url: 'images/a.jpg' } },
      'events[0].media.url: "images/a.jpg" is not a URL (expected https://…)',
    ],
    [
      'an unknown media type',
      { media: { url: 'https://example.org/a', type: 'iframe' } },
      'events[0].media.type: "iframe" is not one of: image, video, link',
    ],
    ['an empty group', { group: ' ' }, 'events[0].group: is empty'],
    [
      'a display date as a number',
      { displayDate: 1948 },
      'events[0].displayDate: expected text, got the number 1948',
    ],
    [
      'a month 13',
      { start: '1953-13-01' },
      'events[0].start: "1953-13-01" is not a date (month 13 does not exist)',
    ],
    [
      '30 February',
      { end: '1999-02-30' },
      'events[0].end: "1999-02-30" is not a date (February 1999 has no day 30)',
    ],
    [
      'year 0000',
      { start: '0000', end: null },
      'events[0].start: "0000" is outside the years the format supports (1 to 9999)',
    ],
    [
      'an extended year',
      { start: '+275760-09-13' },
      'events[0].start: "+275760-09-13" is outside the years the format supports (1 to 9999)',
    ],
    [
      'a date as a number',
      { start: 1953 },
      'events[0].start: expected text, got the number 1953',
    ],
    [
      'an id with spaces',
      { id: 'Berlin Airlift' },
      'events[0].id: "Berlin Airlift" is not an id (lower-case letters, digits and hyphens)',
    ],
    [
      'an unknown kind',
      { kind: 'war' },
      'events[0].kind: "war" is not one of: treaty, agreement, summit, meeting, statement, operation, mission, conflict, policy, report, incident, institution',
    ],
    [
      'an unknown country',
      { countries: ['US', 'ZZ'] },
      'events[0].countries[1]: "ZZ" is not a known country code (ISO 3166-1 alpha-2, or SU, DD, XK)',
    ],
    [
      'an organisation as a country',
      { countries: ['EU'] },
      'events[0].countries[0]: "EU" is not a known country code (ISO 3166-1 alpha-2, or SU, DD, XK)',
    ],
    [
      'a lower-case country',
      { countries: ['us'] },
      'events[0].countries[0]: "us" is not a known country code (ISO 3166-1 alpha-2, or SU, DD, XK)',
    ],
    [
      'a bad organisation code',
      { organizations: ['nato'] },
      'events[0].organizations[0]: "nato" is not an organisation code (like NATO, EU, G7)',
    ],
    ['a blank title', { title: '   ' }, 'events[0].title: is empty'],
    [
      'a missing title',
      { title: undefined },
      'events[0].title: is missing (expected text)',
    ],
    [
      'a null summary',
      { summary: null },
      'events[0].summary: expected text, got null',
    ],
    [
      'a huge summary',
      { summary: 'x'.repeat(2001) },
      'events[0].summary: is too long (2,001 characters; the limit is 2000)',
    ],
    [
      'ongoing as text',
      { ongoing: 'yes' },
      'events[0].ongoing: expected true or false, got text "yes"',
    ],
    [
      'an end before the start',
      { start: '1949', end: '1948-06' },
      'events[0].end: "1948-06" is before the start "1949"',
    ],
    [
      'an ongoing event with an end',
      { ongoing: true },
      'events[0].ongoing: an ongoing event has no end: remove "end" or "ongoing"',
    ],
  ])('%s', (_, overrides, line) => {
    expect(problemsOf(rawDataset([rawEvent(overrides)]))).toEqual([line])
  })

  const withUrl = (url: unknown) =>
    rawDataset([rawEvent({ sources: [{ ...rawEvent().sources[0], url }] })])

  it.each([
    [
      'javascript:alert(1)',
      '"javascript:alert(1)" is not an https URL (scheme "javascript:")',
    ],
    [
      'JavaScript:alert(1)',
      '"JavaScript:alert(1)" is not an https URL (scheme "javascript:")',
    ],
    [
      'data:text/html,<script>alert(1)</script>',
      '"data:text/html,<script>alert(1)</script>" is not an https URL (scheme "data:")',
    ],
    [
      'http://example.org/',
      '"http://example.org/" is not an https URL (scheme "http:")',
    ],
    ['/relative/path', '"/relative/path" is not a URL (expected https://…)'],
    ['not a url', '"not a url" is not a URL (expected https://…)'],
    [
      'https://user:secret@example.org/',
      '"https://user:secret@example.org/" must not contain a user name or password',
    ],
    [
      'https://exa mple.org/',
      '"https://exa mple.org/" is not a URL (expected https://…)',
    ],
  ])('a source url %j is refused', (url, message) => {
    expect(problemsOf(withUrl(url))).toEqual([
      `events[0].sources[0].url: ${message}`,
    ])
  })

  it('a source url of 2,121 characters is refused once, for its length', () => {
    expect(
      problemsOf(withUrl(`https://example.org/${'a'.repeat(2101)}`)),
    ).toEqual([
      'events[0].sources[0].url: is too long (2,121 characters; the limit is 2000)',
    ])
  })

  it('a source of an unknown type is refused', () => {
    const sources = [{ ...rawEvent().sources[0], type: 'blog' }]
    expect(problemsOf(rawDataset([rawEvent({ sources })]))).toEqual([
      'events[0].sources[0].type: "blog" is not one of: primary, reference, news',
    ])
  })

  it('a source date must be a real date; an endLabel needs an end', () => {
    const sources = [{ ...rawEvent().sources[0], date: '1948-13' }]
    expect(problemsOf(rawDataset([rawEvent({ sources })]))).toEqual([
      'events[0].sources[0].date: "1948-13" is not a date (month 13 does not exist)',
    ])
    expect(
      problemsOf(rawDataset([rawEvent({ end: null, endLabel: 'in force' })])),
    ).toEqual([
      'events[0].endLabel: says what the end date is, but the event has no "end": add one or remove "endLabel"',
    ])
  })

  it('what a text reports from after asOf must be marked as later', () => {
    const late = [{ ...rawEvent().sources[0], date: '2025-09-04' }]
    expect(
      problemsOf(
        rawDataset([
          rawEvent({
            note: 'Macron said on 4 September 2025 that 26 countries would send troops.',
            sources: late,
          }),
        ]),
      ),
    ).toEqual([
      'events[0].note: mentions "4 September 2025", after the dataset\'s asOf (2025-08-31): begin its sentence with "Later" ("Later, on …") or leave it out',
      'events[0].sources[0].date: "2025-09-04" is after the dataset\'s asOf (2025-08-31): a source from later can only back a sentence marked as later ("Later, on …")',
    ])
    const marked = parseDataset(
      rawDataset([
        rawEvent({
          note: 'Later, on 4 September 2025, Macron said 26 countries would send troops.',
          sources: late,
        }),
      ]),
    )
    expect(marked.ok).toBe(true)
  })

  it('asOf must be a real day', () => {
    expect(problemsOf(rawDataset([], { asOf: '2025-08' }))).toEqual([
      'asOf: "2025-08" is not a day (expected YYYY-MM-DD)',
    ])
    expect(problemsOf(rawDataset([], { asOf: '2025-02-30' }))).toEqual([
      'asOf: "2025-02-30" is not a date (February 2025 has no day 30)',
    ])
  })

  it('a duplicate id names the first occurrence', () => {
    const events = [
      rawEvent({ id: 'a' }),
      rawEvent({ id: 'b' }),
      rawEvent({ id: 'a' }),
    ]
    expect(problemsOf(rawDataset(events))).toEqual([
      'events[2].id: duplicate id "a" (first at events[0])',
    ])
  })

  it('a duplicate id is reported even when another field of the file is wrong', () => {
    const events = [rawEvent({ id: 'a', title: 5 }), rawEvent({ id: 'a' })]
    expect(problemsOf(rawDataset(events))).toEqual([
      'events[0].title: expected text, got the number 5',
      'events[1].id: duplicate id "a" (first at events[0])',
    ])
  })

  it('lists every problem, record by record in file order', () => {
    const events = [
      rawEvent({ id: 'a', start: '1950', end: '1949' }),
      rawEvent({ id: 'b', kind: 'war', countries: ['XX'] }),
    ]
    expect(problemsOf(rawDataset(events, { title: '' }))).toEqual([
      'title: is empty',
      'events[0].end: "1949" is before the start "1950"',
      'events[1].kind: "war" is not one of: treaty, agreement, summit, meeting, statement, operation, mission, conflict, policy, report, incident, institution',
      'events[1].countries[0]: "XX" is not a known country code (ISO 3166-1 alpha-2, or SU, DD, XK)',
    ])
  })

  it('accepts 10,000 events (the size the timeline is built to draw)', () => {
    const events = Array.from({ length: 10_000 }, (_, i) =>
      rawEvent({ id: `e-${i}` }),
    )
    const result = parseDataset(rawDataset(events))
    expect(result.ok && result.value.events).toHaveLength(10_000)
  })

  it(`refuses more than ${MAX_EVENTS} events at once, without validating them`, () => {
    const events = Array.from({ length: 50_000 }, () => ({}))
    expect(problemsOf(rawDataset(events))).toEqual([
      'events: has 50,000 events; the limit is 20,000',
    ])
  })

  it('quotes long values short and escapes bidi overrides in messages', () => {
    const [line] = problemsOf(
      rawDataset([rawEvent({ kind: `\u202e${'k'.repeat(10_000)}` })]),
    )
    expect(line).toMatch(/^events\[0\]\.kind: "\\u202ek{59}…" is not one of/)
  })
})

describe('parseDataset: cases', () => {
  const guarantee = rawEvent({
    id: 'guarantee',
    start: '1955-05-06',
    end: undefined,
  })
  const validCase = {
    id: 'divided-germany',
    name: 'Divided Germany',
    eventIds: ['guarantee'],
    milestones: [
      {
        kind: 'guarantee',
        label: 'Joins NATO',
        date: '1955-05-06',
        eventId: 'guarantee',
      },
    ],
    guarantee: '1955-05-06',
    resolved: null,
  }

  it('parseDataset converts valid cases', () => {
    const result = parseDataset(rawDataset([guarantee], { cases: [validCase] }))
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(result.value.cases[0]?.guarantee?.startMs).toBe(Date.UTC(1955, 4, 6))
    expect(result.value.cases[0]?.milestones[0]?.eventId).toBe('guarantee')
  })

  it('a case citing an unknown event is a problem', () => {
    const cases = [{ ...validCase, eventIds: ['guarantee', 'nowhere'] }]
    expect(problemsOf(rawDataset([guarantee], { cases }))).toEqual([
      'cases[0].eventIds[1]: "nowhere" is not an event id',
    ])
  })

  it('a case of the wrong shape is a problem with its path', () => {
    const cases = [{ ...validCase, name: undefined }]
    expect(problemsOf(rawDataset([guarantee], { cases }))).toEqual([
      'cases[0].name: is missing (expected text)',
    ])
  })
})

describe('parseDataset: never throws', () => {
  const nested: Record<string, unknown> = {}
  let cursor = nested
  for (let i = 0; i < 10_000; i++) {
    cursor.events = [{}]
    cursor = (cursor.events as Record<string, unknown>[])[0] as Record<
      string,
      unknown
    >
  }

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a number', 0],
    ['a string', '{"title": "x"}'],
    ['a list', []],
    ['an empty object', {}],
    ['null events', rawDataset(null as unknown as unknown[])],
    ['events of every type', rawDataset([null, 1, 'x', [], true, {}])],
    [
      'a __proto__ key',
      JSON.parse(
        '{"__proto__": {"polluted": 1}, "events": [{"__proto__": 1}]}',
      ),
    ],
    ['a deeply nested object', nested],
    [
      'a huge string everywhere',
      rawDataset([
        rawEvent({ id: 'x'.repeat(1_000_000), start: '9'.repeat(1_000_000) }),
      ]),
    ],
  ])('parseDataset(%s) returns problems', (_, input) => {
    const result = parseDataset(input)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.length).toBeGreaterThan(0)
    for (const problem of result.problems as Problem[]) {
      expect(typeof problem.path).toBe('string')
      expect(problem.message.length).toBeLessThan(300)
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('parseDataset(a string) says what it expected', () => {
    expect(problemsOf('hello')).toEqual([
      'events.json: expected an object, got text "hello"',
    ])
    expect(problemsOf(null)).toEqual([
      'events.json: expected an object, got null',
    ])
  })
})

describe('parseDataset: the format needs only id, title and start', () => {
  const minimal = { id: 'a', title: 'A', start: '1948' }

  it('parseDataset(an event with only id, title and start) fills the rest with empty values', () => {
    const result = parseDataset(rawDataset([minimal]))
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    const [event] = result.value.events
    expect(event).toMatchObject({
      kind: null,
      countries: [],
      organizations: [],
      summary: null,
      sources: [],
      displayDate: null,
      media: null,
      group: null,
    })
  })

  it('parseDataset warns once per featured-edition rule, naming the events', () => {
    const events = ['a', 'b', 'c', 'd'].map((id) => ({
      ...minimal,
      id,
      title: id.toUpperCase(),
    }))
    const result = parseDataset(rawDataset(events))
    expect(result.ok).toBe(true)
    expect(result.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
      'events: 4 events have no kind: "A", "B", "C" and 1 more (the featured edition gives each event one of: treaty, agreement, summit, meeting, statement, operation, mission, conflict, policy, report, incident, institution)',
      'events: 4 events name no country: "A", "B", "C" and 1 more (the featured edition names at least one per event)',
      'events: 4 events have no summary: "A", "B", "C" and 1 more (the featured edition gives each event one)',
      'events: 4 events have no source: "A", "B", "C" and 1 more (the featured edition gives each event at least one https source)',
    ])
  })

  it('parseDataset(…, { strict: true }) makes each missing edition field an error at its place', () => {
    const input = rawDataset([
      rawEvent(),
      rawEvent({ id: 'b', countries: [], sources: undefined }),
    ])
    expect(parseDataset(input).ok).toBe(true)
    const strict = parseDataset(input, { strict: true })
    expect(strict.ok).toBe(false)
    if (strict.ok) return
    expect(strict.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'events[1].countries: names no country (the featured edition names at least one per event)',
      'events[1].sources: has no source (the featured edition gives each event at least one https source)',
    ])
  })
})

describe('parseDataset: times of day, display dates, media, groups and eras', () => {
  it('parseDataset reads a time at minute or second precision, in its zone', () => {
    const result = parseDataset(
      rawDataset([
        rawEvent({
          start: '2025-08-15T11:00',
          end: '2025-08-15T13:30:15+02:00',
        }),
      ]),
    )
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    const [event] = result.value.events
    expect(event?.start).toEqual({
      iso: '2025-08-15T11:00',
      precision: 'minute',
      startMs: Date.UTC(2025, 7, 15, 11, 0),
      endMs: Date.UTC(2025, 7, 15, 11, 1),
    })
    expect(event?.end).toEqual({
      iso: '2025-08-15T13:30:15+02:00',
      precision: 'second',
      startMs: Date.UTC(2025, 7, 15, 11, 30, 15),
      endMs: Date.UTC(2025, 7, 15, 11, 30, 16),
    })
  })

  it('parseDataset keeps displayDate and group, and makes protocol-relative media https', () => {
    const result = parseDataset(
      rawDataset([
        rawEvent({
          displayDate: ' Summer 1948 ',
          group: 'Airlift',
          media: {
            url: '//upload.example.org/plane.JPG',
            credit: 'A photographer',
            caption: 'A plane lands.',
            alt: 'A transport plane over rooftops',
          },
        }),
        rawEvent({
          id: 'b',
          media: { url: 'https://www.youtube.com/watch?v=x' },
        }),
        rawEvent({ id: 'c', media: { url: 'https://example.org/page' } }),
      ]),
    )
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    const [a, b, c] = result.value.events
    expect(a?.displayDate).toBe('Summer 1948')
    expect(a?.group).toBe('Airlift')
    expect(a?.media).toEqual({
      url: 'https://upload.example.org/plane.JPG',
      type: 'image',
      credit: 'A photographer',
      caption: 'A plane lands.',
      alt: 'A transport plane over rooftops',
    })
    expect(b?.media?.type).toBe('video')
    expect(c?.media).toEqual({
      url: 'https://example.org/page',
      type: 'link',
      credit: null,
      caption: null,
      alt: null,
    })
  })

  it('parseDataset reads eras and refuses one that ends before it starts', () => {
    const eras = [
      { title: 'Blockade', start: '1948-06-24', end: '1949-05-12' },
      { title: 'Airlift', start: '1948-06', end: '1949-09' },
    ]
    const result = parseDataset(rawDataset([rawEvent()], { eras }))
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(result.value.eras.map((e) => [e.title, e.extentMs])).toEqual([
      ['Blockade', [Date.UTC(1948, 5, 24), Date.UTC(1949, 4, 13)]],
      ['Airlift', [Date.UTC(1948, 5, 1), Date.UTC(1949, 9, 1)]],
    ])
    expect(
      problemsOf(
        rawDataset([rawEvent()], {
          eras: [{ title: 'Back', start: '1950', end: '1949' }],
        }),
      ),
    ).toEqual(['eras[0].end: "1949" is before the start "1950"'])
    expect(
      problemsOf(rawDataset([rawEvent()], { eras: [{ title: 'No dates' }] })),
    ).toEqual([
      'eras[0].start: is missing (expected text)',
      'eras[0].end: is missing (expected text)',
    ])
  })
})

describe('parseDataset on 20,000 invalid events', () => {
  const input = {
    title: 'T',
    asOf: '2025-01-01',
    events: Array.from({ length: 20_000 }, () => ({ id: 1 })),
  }

  it('describes the first 1,000 problems and counts the remaining events, without crashing', () => {
    const result = parseDataset(input)
    const problems = result.ok ? [] : result.problems
    expect(problems).toHaveLength(1001)
    expect(problems[0]).toEqual({
      path: 'events[0].id',
      message: 'expected text, got the number 1',
    })
    expect(problems.at(-1)?.message).toBe(
      '19,666 more events with problems, not described (the first 1,000 problems are)',
    )
    expect(describeProblemCount(problems)).toBe('at least 20,666 problems')
  })
})
