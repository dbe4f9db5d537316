import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { makeBundle, validateBundle } from './bundle'
import { htmlLinks, htmlToText } from './htmlText'
import { importTimelineJs } from './importTimelineJs'
import { convertTimelineJsDate } from './timelineJsDates'
import { parseDate } from '../dates'

/**
 * Whatever a user opens, the bundle reader and the TimelineJS importer return a value or a list of problems:
 * never a throw, never markup in the converted text, never a problem without words.
 */

/** HTML-ish text: tags, entities, scripts and stray brackets among ordinary characters. */
const htmlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<',
        '>',
        '</',
        '<b>',
        '</b>',
        '<p>',
        '<br/>',
        '<script>',
        '</script>',
        '<!--',
        '-->',
        '<a href="https://x.org/">',
        "<a href='javascript:alert(1)'>",
        '</a>',
        '<img src=x onerror=alert(1)>',
        '&amp;',
        '&lt;',
        '&#x202E;',
        '&#0;',
        '&bogus;',
        '"',
        "'",
      ),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''))

const dateObject = fc.oneof(
  fc.record(
    {
      year: fc.oneof(
        fc.integer({ min: -300_000, max: 300_000 }),
        fc.string({ maxLength: 6 }),
      ),
      month: fc.oneof(
        fc.integer({ min: -2, max: 14 }),
        fc.string({ maxLength: 3 }),
      ),
      day: fc.oneof(fc.integer({ min: -2, max: 33 }), fc.constant('')),
      hour: fc.oneof(fc.integer({ min: 0, max: 24 }), fc.constant('')),
      minute: fc.oneof(fc.integer({ min: 0, max: 61 }), fc.constant('')),
      second: fc.oneof(fc.integer({ min: 0, max: 61 }), fc.constant('')),
      millisecond: fc.oneof(fc.integer({ min: 0, max: 999 }), fc.constant('')),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
)

const timelineJsEvent = fc.record(
  {
    start_date: dateObject,
    end_date: dateObject,
    text: fc.oneof(
      fc.record({ headline: htmlish, text: htmlish }, { requiredKeys: [] }),
      fc.anything(),
    ),
    group: fc.oneof(fc.constantFrom('Treaties', 'war', ''), fc.anything()),
    display_date: fc.oneof(htmlish, fc.anything()),
    background: fc.anything(),
    unique_id: fc.oneof(fc.string(), fc.anything()),
    media: fc.oneof(
      fc.record(
        {
          url: fc.oneof(
            fc.webUrl(),
            fc.constantFrom(
              'javascript:alert(1)',
              'http://x.org/a.jpg',
              'data:,x',
              '//x.org/a.jpg',
              'img/a.jpg',
              '<blockquote>q</blockquote>',
              'https://user:pw@x.org/a.jpg',
            ),
            fc.string(),
          ),
          caption: htmlish,
          credit: htmlish,
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    ),
  },
  { requiredKeys: [] },
)

const timelineJs = fc.record(
  {
    title: fc.oneof(
      fc.record({ text: fc.record({ headline: htmlish, text: htmlish }) }),
      fc.anything(),
    ),
    events: fc.oneof(
      fc.array(timelineJsEvent, { maxLength: 8 }),
      fc.anything(),
    ),
    eras: fc.anything(),
  },
  { requiredKeys: [] },
)

describe('importers never throw', () => {
  it('importTimelineJs(anything) returns events without markup, or problems', () => {
    fc.assert(
      fc.property(fc.oneof(timelineJs, fc.anything()), (json) => {
        const result = importTimelineJs(json, '2025-08-31')
        expect(
          result.ok || result.problems.every((p) => p.message !== ''),
        ).toBe(true)
        const events = result.ok ? result.value.eventsFile.events : []
        expect(new Set(events.map((e) => e.id)).size).toBe(events.length)
        const isClean = (e: (typeof events)[number]) =>
          /^[a-z0-9][a-z0-9-]*$/.test(e.id) &&
          !/<script|<img/i.test(e.title) &&
          !/<script|<img/i.test(e.summary ?? '') &&
          (e.media?.url.startsWith('https://') ?? true) &&
          (e.sources ?? []).every((s) => s.url.startsWith('https://'))
        expect(events.filter((e) => !isClean(e))).toEqual([])
        if (!result.ok) return
        // Whatever was imported opens at once: the converted pair passes validation.
        const { eventsFile, essay } = result.value
        const shown = validateBundle(makeBundle(eventsFile, essay))
        expect(shown.ok ? [] : shown.problems).toEqual([])
        expect(essay).not.toMatch(/<script|<img|javascript:/i)
      }),
      { numRuns: 200 },
    )
  })

  it('validateBundle(any text) returns a result', () => {
    const bundleish = fc
      .record(
        {
          title: fc.oneof(fc.string(), fc.anything()),
          asOf: fc.oneof(fc.constant('2025-08-31'), fc.string()),
          events: fc.anything(),
          essay: fc.oneof(fc.string(), fc.anything()),
        },
        { requiredKeys: [] },
      )
      .map((value) => JSON.stringify(value) ?? 'undefined')
    fc.assert(
      fc.property(fc.oneof(bundleish, fc.json(), fc.string()), (text) => {
        const result = validateBundle(text)
        expect(
          result.ok || result.problems.every((p) => p.message !== ''),
        ).toBe(true)
      }),
      { numRuns: 150 },
    )
  })

  it('convertTimelineJsDate(anything) gives a real ISO date or a reason', () => {
    fc.assert(
      fc.property(dateObject, (value) => {
        const result = convertTimelineJsDate(value)
        expect(
          result.ok
            ? /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$/.test(
                result.iso,
              ) && parseDate(result.iso) !== null
            : result.why !== '',
        ).toBe(true)
      }),
    )
  })

  it('htmlToText and htmlLinks take any text', () => {
    fc.assert(
      fc.property(fc.oneof(htmlish, fc.string({ unit: 'binary' })), (html) => {
        expect(typeof htmlToText(html)).toBe('string')
        expect(
          htmlLinks(html).every((link) => link.url.startsWith('https://')),
        ).toBe(true)
      }),
      { numRuns: 200 },
    )
  })
})
