import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { validateFolder } from './validateFolder'

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0))
    rmSync(folder, { recursive: true, force: true })
})

/** A temporary folder holding the given files. */
function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'validate-'))
  folders.push(folder)
  for (const [name, text] of Object.entries(files))
    writeFileSync(join(folder, name), text)
  return folder
}

const event = (id: string) => ({
  id,
  title: id,
  kind: 'treaty',
  start: '1990',
  countries: ['DE'],
  summary: 'Summary.',
  sources: [
    {
      title: 'S',
      publisher: 'P',
      url: 'https://example.org/',
      type: 'primary',
    },
  ],
})
const eventsJson = (...ids: string[]) =>
  JSON.stringify({ title: 'T', asOf: '2025-08-31', events: ids.map(event) })

describe('validateFolder', () => {
  it('validateFolder(public/data) passes with its counts', async () => {
    const report = await validateFolder('public/data')
    expect(report.exitCode).toBe(0)
    expect(report.details).toEqual([])
    expect(report.summary).toMatch(
      /^public\/data: 68 events, \d+ passages, 76 citations \(49 the author's, inferred; 27 added\), \d+ claim notes — valid$/,
    )
  })

  it('validateFolder lists problems as "path: message" and exits 1', async () => {
    const folder = folderWith({
      'events.json': eventsJson('a'),
      'essay.md':
        '# T\n\nSee [a](event:a) and [b](event:berlin-airlift).\n\n[Old](http://example.org)\n',
    })
    const report = await validateFolder(folder)
    expect(report).toEqual({
      exitCode: 1,
      details: [
        'essay.md paragraph 1: cites unknown event "berlin-airlift"',
        'warning: essay.md paragraph 2: link "Old" to "http://example.org" is not https and is shown as text',
      ],
      summary: `${folder}: 1 problem, 1 warning — invalid`,
    })
  })

  it('validateFolder passes with warnings alone', async () => {
    const folder = folderWith({
      'events.json': eventsJson('a', 'b'),
      'essay.md': '# T\n\nSee [a](event:a).\n',
    })
    expect(await validateFolder(folder)).toEqual({
      exitCode: 0,
      details: ['warning: events[1] ("b"): not cited by any passage'],
      summary: `${folder}: 2 events, 1 passage, 1 citation — valid with 1 warning`,
    })
  })

  it('validateFolder(public/data, { strict: true }) passes: the shipped data meets the featured edition', async () => {
    const report = await validateFolder('public/data', { strict: true })
    expect(report.details).toEqual([])
    expect(report.exitCode).toBe(0)
  })

  it('validateFolder warns about what the edition requires, and refuses it under strict', async () => {
    const bare = JSON.stringify({
      title: 'T',
      asOf: '2025-08-31',
      events: [{ id: 'a', title: 'Alpha', start: '1990', summary: 'S.' }],
    })
    const folder = folderWith({
      'events.json': bare,
      'essay.md': '# T\n\nSee [a](event:a).\n',
    })
    const lenient = await validateFolder(folder)
    expect(lenient.exitCode).toBe(0)
    expect(lenient.details).toEqual([
      'warning: events: 1 event has no kind: "Alpha" (the featured edition gives each event one of: treaty, agreement, summit, meeting, statement, operation, mission, conflict, policy, report, incident, institution)',
      'warning: events: 1 event names no country: "Alpha" (the featured edition names at least one per event)',
      'warning: events: 1 event has no source: "Alpha" (the featured edition gives each event at least one https source)',
    ])
    const strict = await validateFolder(folder, { strict: true })
    expect(strict.exitCode).toBe(1)
    expect(strict.details).toEqual([
      'events[0].kind: has no kind (the featured edition gives each event one of: treaty, agreement, summit, meeting, statement, operation, mission, conflict, policy, report, incident, institution)',
      'events[0].countries: names no country (the featured edition names at least one per event)',
      'events[0].sources: has no source (the featured edition gives each event at least one https source)',
    ])
  })

  it('validateFolder names a missing file and exits 1', async () => {
    const folder = folderWith({ 'essay.md': '# T\n' })
    const report = await validateFolder(folder)
    expect(report.exitCode).toBe(1)
    expect(report.details).toEqual([
      expect.stringMatching(/^Could not read .*events\.json: ENOENT/),
    ])
  })

  it('validateFolder lists at most 200 problems, then counts the rest', async () => {
    const folder = folderWith({
      'events.json': JSON.stringify({
        title: 'T',
        asOf: '2025-08-31',
        events: Array(250).fill(1),
      }),
      'essay.md': '# T\n',
    })
    const report = await validateFolder(folder)
    expect(report.details).toHaveLength(201)
    expect(report.details[0]).toBe(
      'events[0]: expected an object, got the number 1',
    )
    expect(report.details[200]).toBe('…and 50 more problems')
    expect(report.summary).toBe(`${folder}: 250 problems — invalid`)
  })
})
