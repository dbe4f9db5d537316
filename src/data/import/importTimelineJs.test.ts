import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatDate } from '../dates'
import { makeBundle, validateBundle } from './bundle'
import { importTimelineJs, type ImportedTimeline } from './importTimelineJs'

/** Our own TimelineJS files (written for these tests): every feature the import keeps or reports. */
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'))

function imported(json: unknown): ImportedTimeline {
  const result = importTimelineJs(json, '2025-08-31')
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.value
}

/** The converted pair, validated as "Open…" shows it. */
function shown(timeline: ImportedTimeline) {
  const result = validateBundle(makeBundle(timeline.eventsFile, timeline.essay))
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result
}

describe('importTimelineJs(a TimelineJS file with a title slide)', () => {
  const telegraph = imported(fixture('telegraph.timelinejs.json'))

  it('says in one line what was converted', () => {
    expect(telegraph.format).toBe('TimelineJS')
    expect(telegraph.summary).toBe('7 events, 2 eras, 2 groups; media on 5')
  })

  it('reports what could not be kept, grouped, counted and named by headline', () => {
    expect(telegraph.notCarriedOver).toEqual([
      '1 image on a relative path was dropped (only full https addresses can be shown): “A line across a continent”.',
      '1 slide background was dropped (the timeline draws none).',
      '1 image on an insecure http: address was dropped (only https addresses are shown): “Prices fall”.',
      '1 event was left out: its start date is not a date the format can place: “A day that never was” ("1903-02-30" is not a date (February 1903 has no day 30)).',
      'The title slide’s media was dropped (the essay shows no pictures).',
    ])
    expect(telegraph.notCarriedOver.join(' ')).not.toMatch(/events\[|\.json/)
  })

  it('opens at once: the converted pair passes validation, warnings at most', () => {
    const result = shown(telegraph)
    expect(result.value.events).toHaveLength(7)
    expect(result.value.essay.title).toBe('Wires across the sea')
  })

  it('keeps dates with their precision and time of day, display dates and end dates', () => {
    const { events } = shown(telegraph).value
    const byTitle = new Map(events.map((e) => [e.title, e]))
    const greeting = byTitle.get('A greeting crosses the ocean')
    expect(greeting?.start.iso).toBe('1858-08-16T10:15')
    expect(greeting?.end?.iso).toBe('1858-09-01')
    expect(greeting?.displayDate).toBe('Summer 1858')
    const held = byTitle.get('The cable that held')
    expect(held && formatDate(held.start)).toBe('27 July 1866, 09:00:30')
    expect(byTitle.get('Lines to the east')?.start.precision).toBe('month')
    expect(byTitle.get('Prices fall')?.start.precision).toBe('year')
  })

  it('keeps groups, eras and media (protocol-relative made https, kind from the address)', () => {
    const { events, eras } = shown(telegraph).value
    const byTitle = new Map(events.map((e) => [e.title, e]))
    expect(eras.map((e) => [e.title, e.start.iso, e.end.iso])).toEqual([
      ['Early attempts', '1850', '1865'],
      ['The cable age', '1866-07', '1902'],
    ])
    expect(new Set(events.map((e) => e.group))).toEqual(
      new Set(['Cables', 'Land lines', null]),
    )
    expect(byTitle.get('A cable under the Channel')?.media).toEqual({
      url: 'https://images.example.org/channel-cable.jpg',
      type: 'image',
      credit: 'An archive of our own invention',
      caption: 'A drum of cable on a quay',
      alt: 'A large drum of wound cable beside a ship',
    })
    expect(byTitle.get('A greeting crosses the ocean')?.media?.url).toBe(
      'https://images.example.org/greeting.png',
    )
    expect(
      ['The cable that held', 'Lines to the east', 'Around the world'].map(
        (t) => byTitle.get(t)?.media?.type,
      ),
    ).toEqual(['video', 'link', 'video'])
    expect(byTitle.get('A line across a continent')?.media).toBeNull()
  })

  it('keeps the text as plain text in the summary, as safe Markdown in the essay, and nothing executable', () => {
    const { events } = shown(telegraph).value
    expect(events[0]?.summary).toBe(
      'A line laid between two coasts carries its first messages. Short distance Shallow water',
    )
    expect(telegraph.essay).toContain(
      'carries its **first messages**.\n\n- Short distance\n\n- Shallow water',
    )
    expect(telegraph.essay).toContain(
      'see [the record](<https://records.example.org/greeting>) and this.',
    )
    expect(telegraph.essay).toContain('1. Poles are planted.')
    const everything = JSON.stringify(telegraph)
    expect(everything).not.toMatch(/<script|javascript:|alert|<p>|<em>/)
  })

  it('writes the title slide as the essay’s opening, then one passage citing each event, in time order', () => {
    const { essay, events, passagesByEvent } = shown(telegraph).value
    expect(essay.passages[0]?.text).toBe(
      'How the telegraph shrank the oceans, in eight moments.',
    )
    expect(events.map((e) => passagesByEvent.get(e.id)?.length)).toEqual(
      events.map(() => 1),
    )
    expect(essay.citations.map((c) => c.eventIds[0])).toEqual(
      events.map((e) => e.id),
    )
    expect(telegraph.essay).toContain(
      '[Around the world](event:pacific-line) (31 October 1902)',
    )
  })
})

describe('importTimelineJs(a TimelineJS file without a title slide)', () => {
  const untitled = imported(fixture('untitled.timelinejs.json'))

  it('names the essay for what it is and still cites every event', () => {
    const result = shown(untitled)
    expect(result.value.essay.title).toBe('Imported timeline')
    expect(result.value.events.map((e) => e.title)).toEqual([
      'A ceasefire begins',
      'An agreement is reached',
      'Weapons put beyond use',
    ])
    expect(untitled.summary).toBe('3 events')
  })

  it('reports milliseconds, a relative path, an out-of-range year and an end before its start', () => {
    expect(untitled.notCarriedOver).toEqual([
      'Milliseconds on 1 date were dropped (times stop at the second).',
      '1 image on a relative path was dropped (only full https addresses can be shown): “A ceasefire begins”.',
      '1 event dated before year 1 or after 9999 was left out (the format supports years 1 to 9999): “Long before”.',
      '1 end date before its start was dropped: “Weapons put beyond use”.',
    ])
  })
})

describe('importTimelineJs: odd input', () => {
  it('refuses what is not a TimelineJS file, and a file with no usable event', () => {
    expect(importTimelineJs([1, 2], '2025-08-31')).toEqual({
      ok: false,
      problems: [
        {
          path: '',
          message: 'This is not a TimelineJS file: it has no list of "events".',
        },
      ],
    })
    const empty = importTimelineJs(
      { events: [{ start_date: {} }, 'text'] },
      '2025-08-31',
    )
    expect(!empty.ok && empty.problems.map((p) => p.message)).toEqual([
      'No event could be imported.',
      '1 event was left out: its start date is not a date the format can place: the 1st event (it has no date).',
      '1 entry of the events list is not an event and was left out.',
    ])
  })

  it('counts losses rather than listing each: 500 relative images make one sentence', () => {
    const events = Array.from({ length: 500 }, (_, i) => ({
      start_date: { year: 1900 + (i % 100) },
      text: { headline: `Event ${i}` },
      media: { url: `img/${i}.jpg` },
    }))
    expect(imported({ events }).notCarriedOver).toEqual([
      '500 images on a relative path were dropped (only full https addresses can be shown): “Event 0”, “Event 1”, “Event 2” and 497 more.',
    ])
  })

  it('never throws on URLs the URL parser refuses, and keeps https links of the text as sources', () => {
    const timeline = imported({
      events: [
        {
          start_date: { year: 2000 },
          text: {
            headline: 'Bad media',
            text: '<a href="https://exa%mple">x</a> <a href="https://user:pw@example.org/">y</a> <a href="https://example.org/ok">ok</a>',
          },
          media: { url: 'https://[' },
        },
      ],
    })
    expect(timeline.notCarriedOver).toEqual([
      '1 media link with an address that is not a web address was dropped: “Bad media”.',
    ])
    expect(timeline.eventsFile.events[0]?.sources).toEqual([
      {
        title: 'ok',
        publisher: 'example.org',
        url: 'https://example.org/ok',
        type: 'reference',
      },
    ])
  })

  it('keeps entity-like names of Object.prototype as text', () => {
    const timeline = imported({
      events: [
        {
          start_date: { year: 2000 },
          text: { headline: 'A &constructor; B &toString;' },
        },
      ],
    })
    expect(timeline.eventsFile.events[0]?.title).toBe(
      'A &constructor; B &toString;',
    )
  })

  it('cuts a text longer than the event panel holds, and keeps it whole in the essay', () => {
    const long = `${'word '.repeat(600)}end`
    const timeline = imported({
      events: [
        { start_date: { year: 2000 }, text: { headline: 'Long', text: long } },
      ],
    })
    const summary = timeline.eventsFile.events[0]?.summary ?? ''
    expect(summary.length).toBeLessThanOrEqual(2000)
    expect(summary.endsWith('…')).toBe(true)
    expect(timeline.essay).toContain('word end')
    expect(timeline.notCarriedOver).toEqual([
      'The text of 1 event is longer than the event panel holds: it shows the beginning, the essay keeps it whole: “Long”.',
    ])
    expect(shown(timeline).value.events).toHaveLength(1)
  })
})
