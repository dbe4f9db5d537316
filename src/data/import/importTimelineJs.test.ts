import { describe, expect, it } from 'vitest'
import { makeBundle, validateBundle } from './bundle'
import { importTimelineJs, type ImportedTimeline } from './importTimelineJs'

const timelineJs = {
  title: {
    text: {
      headline: 'The <i>Cold War</i> &amp; after',
      text: '<p>Guarantees that held.</p>',
    },
    media: { url: 'https://example.org/cover.jpg' },
  },
  events: [
    {
      start_date: { year: '1953', month: '10', day: '1' },
      text: {
        headline: 'US–ROK Mutual Defense Treaty',
        text: '<p>Signed in <b>Washington</b>. See <a href="https://history.state.gov/x">the record</a>.</p><script>alert(1)</script>',
      },
      group: 'Treaties',
      media: {
        url: 'https://commons.example/treaty.jpg',
        caption: 'The <em>signing</em>',
        credit: 'National Archives',
      },
    },
    {
      start_date: { year: 1948, month: 6, day: 24 },
      end_date: { year: 1949, month: 9, day: 30, hour: 12 },
      text: { headline: 'Berlin Airlift', text: '' },
      group: 'Logistics',
      media: { url: 'http://insecure.example/plane.jpg' },
    },
    {
      start_date: { year: 1999, month: 2, day: 30 },
      text: { headline: 'Impossible day' },
    },
    {
      start_date: { year: 1953 },
      unique_id: 'Berlin Airlift',
      text: { headline: '<img src=x onerror=alert(1)>' },
    },
    'not an event',
  ],
  eras: [{ start_date: { year: 1947 }, end_date: { year: 1991 } }],
}

function imported(json: unknown = timelineJs): ImportedTimeline {
  const result = importTimelineJs(json, '2025-08-31')
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.value
}

describe('importTimelineJs(json, asOf)', () => {
  it('converts slides to events in time order with plain text, precise dates and sources', () => {
    const { eventsFile } = imported()
    expect(eventsFile.title).toBe('The Cold War & after')
    expect(eventsFile.asOf).toBe('2025-08-31')
    expect(eventsFile.events.map((e) => [e.id, e.start, e.end])).toEqual([
      ['berlin-airlift', '1948-06-24', '1949-09-30'],
      ['berlin-airlift-2', '1953', undefined],
      ['us-rok-mutual-defense-treaty', '1953-10-01', undefined],
    ])
    const treaty = eventsFile.events[2]
    expect(treaty).toMatchObject({
      title: 'US–ROK Mutual Defense Treaty',
      kind: 'treaty',
      summary: 'Signed in Washington. See the record.',
      countries: [],
      organizations: [],
      sources: [
        {
          title: 'The signing',
          publisher: 'National Archives',
          url: 'https://commons.example/treaty.jpg',
          type: 'reference',
        },
        {
          title: 'the record',
          publisher: 'history.state.gov',
          url: 'https://history.state.gov/x',
          type: 'reference',
        },
      ],
    })
  })

  it('never carries markup into text fields', () => {
    const json = JSON.stringify(imported().eventsFile)
    expect(json).not.toMatch(/<script|<img|onerror|alert/)
    expect(imported().eventsFile.events[1]?.title).toBe('Untitled event 4')
  })

  it('lists what could not be carried over', () => {
    const notes = imported().notCarriedOver
    expect(notes).toEqual(
      expect.arrayContaining([
        'events[2] (“Impossible day”) was skipped: its start_date is not usable ("1999-02-30" is not a date (February 1999 has no day 30)).',
        'events[4] is not an object and was skipped.',
        'events[1] (“Berlin Airlift”): media was not kept as a source: "http://insecure.example/plane.jpg" is not an https URL (scheme "http:").',
        'Group “Logistics” (1 event) was not carried over: our format has no groups and “Logistics” names no kind.',
        'Kind “incident” given to 2 events whose group names no kind: choose the right one.',
        'No headline on 1 event: called “Untitled event N”.',
        'Times of day on 1 date were dropped: our dates stop at the day.',
        'No https: source on 2 events: add one to each before publishing.',
        '1 era dropped: our format has no eras.',
        'The title slide’s media was dropped.',
      ]),
    )
    expect(notes.join(' ')).toMatch(/TimelineJS has no countries/)
  })

  it('writes an essay that cites every event once, in time order, with titles escaped', () => {
    const { essay, eventsFile } = imported({
      events: [
        {
          start_date: { year: 2001 },
          text: { headline: '[Bracketed] *star* #1' },
        },
        {
          start_date: { year: 1999, month: 3 },
          text: { headline: 'Allied Force' },
        },
      ],
    })
    expect(eventsFile.title).toBe('Imported timeline')
    expect(essay).toBe(
      [
        '# Imported timeline',
        'This essay cites 2 events imported from TimelineJS. Replace this paragraph with your argument, and link each event where the text mentions it.',
        '## Events',
        '[Allied Force](event:allied-force) (1999-03).',
        '[\\[Bracketed\\] \\*star\\* \\#1](event:bracketed-star-1) (2001).',
      ].join('\n\n') + '\n',
    )
  })

  it('refuses what is not a TimelineJS file, and a file with no usable event', () => {
    expect(importTimelineJs([1, 2], '2025-08-31')).toEqual({
      ok: false,
      problems: [
        {
          path: 'events',
          message:
            'not a TimelineJS file: expected an object with an "events" list',
        },
      ],
    })
    const empty = importTimelineJs(
      { events: [{ start_date: {} }] },
      '2025-08-31',
    )
    expect(empty.ok).toBe(false)
    expect(!empty.ok && empty.problems.map((p) => p.message)).toEqual([
      'no event could be imported',
      'events[0] was skipped: its start_date is not usable (it has no year).',
    ])
  })

  it('gives a pair that validates once each event has a country', () => {
    const { eventsFile, essay } = imported()
    const withCountries = {
      ...eventsFile,
      events: eventsFile.events.map((e) => ({
        ...e,
        countries: ['US'],
        sources:
          e.sources.length > 0
            ? e.sources
            : [
                {
                  title: 'T',
                  publisher: 'P',
                  url: 'https://example.org/',
                  type: 'reference',
                },
              ],
      })),
    }
    const result = validateBundle(makeBundle(withCountries, essay))
    expect(result.ok ? [] : result.problems).toEqual([])
    expect(
      result.ok && result.value.essay.citations.map((c) => c.eventIds[0]),
    ).toEqual(eventsFile.events.map((e) => e.id))
    expect(result.ok && result.value.essay.title).toBe('The Cold War & after')
  })

  it('never throws on URLs the URL parser refuses, and names the event of each', () => {
    const result = importTimelineJs(
      {
        events: [
          {
            start_date: { year: 2000 },
            text: {
              headline: 'Bad media',
              text: '<a href="https://exa%mple">x</a> <a href="https://user:pw@example.org/">y</a>',
            },
            media: { url: 'https://[' },
          },
        ],
      },
      '2025-08-31',
    )
    expect(result.ok).toBe(true)
    const notes = result.ok ? result.value.notCarriedOver : []
    expect(notes).toEqual(
      expect.arrayContaining([
        'events[0] (“Bad media”): media was not kept as a source: "https://[" is not a URL (expected https://…).',
        'events[0] (“Bad media”): a link was not kept as a source: "https://exa%mple" is not a URL (expected https://…).',
        'events[0] (“Bad media”): a link was not kept as a source: "https://user:pw@example.org/" must not contain a user name or password.',
      ]),
    )
    expect(result.ok && result.value.eventsFile.events[0]?.sources).toEqual([])
  })

  it('keeps entity-like names of Object.prototype as text', () => {
    const { eventsFile } = imported({
      events: [
        {
          start_date: { year: 2000 },
          text: { headline: 'A &constructor; B &toString;' },
        },
      ],
    })
    expect(eventsFile.events[0]?.title).toBe('A &constructor; B &toString;')
  })
})
