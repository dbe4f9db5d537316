import { describe, expect, it } from 'vitest'
import { makeBundle } from '../data/import/bundle'
import { rawEventsFile } from '../test/fixtures'
import { fileSizeProblem, openFiles, type OpenOutcome } from './openFiles'

const eventsFile = rawEventsFile({ title: 'Small' })
const eventsJson = JSON.stringify(eventsFile)
const essay = '# Small essay\n\nThe [airlift](event:airlift).\n'

function summary(outcome: OpenOutcome): string {
  switch (outcome.kind) {
    case 'dataset':
      return `dataset ${outcome.name}: ${outcome.dataset.events.length} events, “${outcome.dataset.essay.title}”`
    case 'timelinejs':
      return `timelinejs ${outcome.name}: ${outcome.imported.eventsFile.events.length} events, ${outcome.dataset ? 'shown' : 'not shown'}`
    case 'invalid':
      return `invalid ${outcome.name}: ${outcome.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join(' | ')}`
  }
}

describe('openFiles(files)', () => {
  it('opens events.json and essay.md in either order', () => {
    const pair = [
      { name: 'events.json', text: eventsJson },
      { name: 'essay.md', text: essay },
    ]
    expect(summary(openFiles(pair))).toBe(
      'dataset events.json + essay.md: 1 events, “Small essay”',
    )
    expect(summary(openFiles([...pair].reverse()))).toBe(
      'dataset events.json + essay.md: 1 events, “Small essay”',
    )
  })

  it('tells the files apart by content when the names do not say', () => {
    expect(
      summary(
        openFiles([
          { name: 'a', text: essay },
          { name: 'b', text: eventsJson },
        ]),
      ),
    ).toBe('dataset b + a: 1 events, “Small essay”')
  })

  it('opens a bundle and routes a TimelineJS file to the import', () => {
    expect(
      summary(
        openFiles([
          { name: 'small.json', text: makeBundle(eventsFile, essay) },
        ]),
      ),
    ).toBe('dataset small.json: 1 events, “Small essay”')
    const timelineJs = JSON.stringify({
      events: [{ start_date: { year: 1953 }, text: { headline: 'Armistice' } }],
    })
    expect(summary(openFiles([{ name: 'tl.json', text: timelineJs }]))).toBe(
      'timelinejs tl.json: 1 events, shown',
    )
  })

  it('opens a .csv or .tsv of the TimelineJS template', () => {
    const csv = 'Year,Month,Headline\n1953,7,Armistice\n1954,,Conference\n'
    expect(summary(openFiles([{ name: 'sheet.csv', text: csv }]))).toBe(
      'timelinejs sheet.csv: 2 events, shown',
    )
    const tsv = 'Headline\tYear\nArmistice\t1953\n'
    expect(summary(openFiles([{ name: 'sheet.tsv', text: tsv }]))).toBe(
      'timelinejs sheet.tsv: 1 events, shown',
    )
    expect(
      summary(openFiles([{ name: 'notes.csv', text: 'Title,Date\nA,1953\n' }])),
    ).toBe(
      'invalid notes.csv: "notes.csv" has no “Year” column: its first row must name the columns, as the TimelineJS template does (Year, Month, Day, Headline, Text…).',
    )
  })

  it('explains what is missing or ambiguous', () => {
    expect(summary(openFiles([{ name: 'essay.md', text: essay }]))).toBe(
      'invalid essay.md: "essay.md" looks like an essay: open it together with its events.json (select both files), or open a bundle .json.',
    )
    expect(
      summary(openFiles([{ name: 'events.json', text: eventsJson }])),
    ).toBe(
      'invalid events.json: "events.json" is an events.json: open it together with its essay.md (select both files).',
    )
    expect(summary(openFiles([{ name: 'x.json', text: '{"a": 1}' }]))).toMatch(
      /"x.json" is not a timeline: expected a bundle/,
    )
    expect(
      summary(
        openFiles([
          { name: 'a.json', text: eventsJson },
          { name: 'b.json', text: eventsJson },
        ]),
      ),
    ).toMatch(
      /Could not tell which file is events.json and which is essay.md: both look like JSON/,
    )
    expect(summary(openFiles([]))).toBe('invalid : No file was opened.')
    expect(
      summary(
        openFiles([1, 2, 3].map((n) => ({ name: `${n}.json`, text: '{}' }))),
      ),
    ).toMatch(/got 3 files/)
  })

  it('reports the problems of the content with their places', () => {
    expect(
      summary(openFiles([{ name: 'broken.json', text: '{"title": "x",' }])),
    ).toMatch(/^invalid broken.json: broken.json: not valid JSON: /)
    expect(
      summary(
        openFiles([
          { name: 'events.json', text: eventsJson },
          { name: 'essay.md', text: '# E\n\nCites [a ghost](event:ghost).\n' },
        ]),
      ),
    ).toBe(
      'invalid events.json + essay.md: essay.md paragraph 1: cites unknown event "ghost"',
    )
  })
})

describe('fileSizeProblem(name, bytes)', () => {
  it('refuses files over 10 MB before they are read', () => {
    expect(fileSizeProblem('big.json', 10 * 1024 * 1024)).toBeNull()
    expect(fileSizeProblem('big.json', 12 * 1024 * 1024)).toBe(
      '"big.json" is too large to open (12.0 MB; the limit is 10.0 MB).',
    )
  })
})
