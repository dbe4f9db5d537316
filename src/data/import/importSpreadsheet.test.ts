import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Dataset } from '../types'
import { makeBundle, validateBundle } from './bundle'
import { importSpreadsheet } from './importSpreadsheet'
import { importTimelineJs, type ImportResult } from './importTimelineJs'

/** Our own fixtures: one timeline as a template CSV, the same CSV reordered with blank rows, and as TimelineJS. */
const read = (name: string) =>
  readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8')

function opened(result: ImportResult): { dataset: Dataset; report: string[] } {
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  const { eventsFile, essay, notCarriedOver } = result.value
  const shown = validateBundle(makeBundle(eventsFile, essay))
  if (!shown.ok) throw new Error(JSON.stringify(shown.problems))
  return { dataset: shown.value, report: [...notCarriedOver] }
}

/** What a reader sees of a timeline: the events as drawn and described, the eras, the essay. */
function seen(dataset: Dataset, withOwnColumns: boolean) {
  return {
    title: dataset.title,
    events: dataset.events.map((e) => ({
      id: e.id,
      title: e.title,
      start: e.start.iso,
      end: e.end?.iso ?? null,
      displayDate: e.displayDate,
      group: e.group,
      summary: e.summary,
      media: e.media,
      ...(withOwnColumns
        ? {
            countries: e.countries,
            organizations: e.organizations,
            sources: e.sources,
          }
        : {}),
    })),
    eras: dataset.eras.map((e) => [e.title, e.start.iso, e.end.iso]),
    passages: dataset.essay.passages.map((p) => p.text),
    citations: dataset.essay.citations.map((c) => c.eventIds),
  }
}

const asOf = '2025-08-31'
const full = opened(
  importSpreadsheet(read('lighthouses.csv'), 'lighthouses.csv', asOf),
)

describe('importSpreadsheet(the TimelineJS template as CSV)', () => {
  it('opens the same timeline as the TimelineJS JSON equivalent', () => {
    const json = opened(
      importTimelineJs(JSON.parse(read('lighthouses.timelinejs.json')), asOf),
    )
    expect(seen(full.dataset, false)).toEqual(seen(json.dataset, false))
    expect(full.dataset.events).toHaveLength(4)
    expect(full.dataset.eras).toHaveLength(2)
  })

  it('opens the same timeline with its columns reordered, renamed in other cases, and blank rows', () => {
    const reordered = opened(
      importSpreadsheet(
        read('lighthouses-reordered.csv'),
        'lighthouses-reordered.csv',
        asOf,
      ),
    )
    expect(seen(reordered.dataset, true)).toEqual(seen(full.dataset, true))
    // The same losses; only the row numbers differ, as the rows moved.
    const anyRow = (lines: string[]) =>
      lines.map((l) => l.replace(/row \d+/g, 'row N'))
    expect(anyRow(reordered.report)).toEqual(anyRow(full.report))
    expect(reordered.report.join(' ')).toContain(
      'row 13 (“A new lens is fitted”)',
    )
  })

  it('reads our own columns: countries, organisations and sources as "title | url" lines', () => {
    const [lamp, fog, lens] = full.dataset.events
    expect(lamp?.countries).toEqual(['GB', 'IE'])
    expect(lamp?.sources.map((s) => [s.title, s.url])).toEqual([
      ['A harbour history', 'https://records.example.org/harbour'],
      ['records.example.org', 'https://records.example.org/lamp'],
    ])
    expect(fog?.countries).toEqual(['FR'])
    expect(fog?.sources.map((s) => s.url)).toEqual([
      'https://records.example.org/fog',
    ])
    expect(lens?.organizations).toEqual(['IMO'])
    expect(fog?.start.iso).toBe('1843-06-12T21:30')
    expect(fog?.end?.iso).toBe('1843-06-13T04:15')
  })

  it('names each row’s problem by its number and headline', () => {
    expect(full.report).toEqual([
      '1 country code was not recognised and dropped: row 7 (“A new lens is fitted”): "ZZ".',
      '1 source without a full https address was dropped: row 7 (“A new lens is fitted”).',
      '2 slide backgrounds were dropped (the timeline draws none).',
      '1 media thumbnail was not kept (the event panel shows the media itself).',
      'The title slide’s media was dropped (the essay shows no pictures).',
    ])
  })
})

describe('the template shipped in public/templates', () => {
  it('opens as it is, with nothing lost', () => {
    const text = readFileSync(
      join(
        import.meta.dirname,
        '../../../public/templates/timeline-template.csv',
      ),
      'utf8',
    )
    const result = importSpreadsheet(text, 'timeline-template.csv', asOf)
    const { dataset, report } = opened(result)
    expect(report).toEqual([])
    expect(result.ok && result.value.summary).toBe(
      '3 events, 1 era, 2 groups; media on 2',
    )
    expect(dataset.essay.title).toBe('Your timeline’s title'.replace('’', "'"))
  })
})

describe('importSpreadsheet: rows with problems', () => {
  it('opens the other rows and names the row, by number and headline', () => {
    const csv = [
      'Headline,Year,Month,Day,Time',
      'Fine,1990,1,2,',
      'Bad day,1990,2,30,',
      ',1991,,,',
      'Odd time,1992,3,4,quarter past',
      'Too early,-50,,,',
    ].join('\n')
    const { dataset, report } = opened(importSpreadsheet(csv, 'rows.csv', asOf))
    expect(dataset.events.map((e) => [e.title, e.start.iso])).toEqual([
      ['Fine', '1990-01-02'],
      ['Untitled event', '1991'],
      ['Odd time', '1992-03-04'],
    ])
    expect(report).toEqual([
      '1 time of day is not a time and was left out (write them as 13:30 or 1:30 PM): row 5 (“Odd time”): "quarter past".',
      '1 event was left out: its start date is not a date the format can place: row 3 (“Bad day”) ("1990-02-30" is not a date (February 1990 has no day 30)).',
      '1 event had no headline and is called “Untitled event”: row 4.',
      '1 event dated before year 1 or after 9999 was left out (the format supports years 1 to 9999): row 6 (“Too early”).',
    ])
  })

  it('reads a TSV, and tells a file without the template’s columns what it needs', () => {
    const tsv = 'Year\tHeadline\tNotes\n1990\tA\tx\n'
    const { dataset, report } = opened(importSpreadsheet(tsv, 'a.tsv', asOf))
    expect(dataset.events.map((e) => e.title)).toEqual(['A'])
    expect(report).toEqual([
      '1 column is not part of the template and was not read: "Notes".',
    ])
    expect(importSpreadsheet('Date,Title\n1990,A\n', 'b.csv', asOf)).toEqual({
      ok: false,
      problems: [
        {
          path: '',
          message:
            '"b.csv" has no “Year” column: its first row must name the columns, as the TimelineJS template does (Year, Month, Day, Headline, Text…).',
        },
      ],
    })
  })

  it('keeps quoted cells whole: commas, quotes and line breaks', () => {
    const csv =
      'Year,Headline,Text\n1990,"A, B","He said ""no"".\nThen left."\n'
    const { dataset } = opened(importSpreadsheet(csv, 'q.csv', asOf))
    expect(dataset.events[0]?.title).toBe('A, B')
    expect(dataset.events[0]?.summary).toBe('He said "no". Then left.')
  })
})
