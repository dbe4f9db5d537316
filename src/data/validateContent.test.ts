import { describe, expect, it } from 'vitest'
import { parseJson } from './assembleContent'
import { validateContent } from './validateContent'

const event = (id: string, start: string) => ({
  id,
  title: `Event ${id}`,
  kind: 'treaty',
  start,
  countries: ['US'],
  summary: 'What happened.',
  sources: [
    {
      title: 'Source',
      publisher: 'Archive',
      url: 'https://example.org/',
      type: 'primary',
    },
  ],
})

const eventsJson = (events = [event('late', '1990'), event('early', '1950')]) =>
  JSON.stringify({ title: 'Test timeline', asOf: '2025-08-31', events })

const essay =
  '# Essay\n\nBy A. Writer\n\nFirst [late](event:late).\n\nThen [early](event:early,late).\n'

describe('validateContent', () => {
  it('validateContent(valid pair) assembles the sorted, indexed dataset', () => {
    const result = validateContent(eventsJson(), essay)
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(result.warnings).toEqual([])
    expect(result.value.title).toBe('Test timeline')
    expect(result.value.events.map((e) => e.id)).toEqual(['early', 'late'])
    expect(result.value.eventsById.get('late')?.start.iso).toBe('1990')
    expect(result.value.essay.byline).toBe('By A. Writer')
    expect([...result.value.passagesByEvent]).toEqual([
      ['late', ['p-1', 'p-2']],
      ['early', ['p-2']],
    ])
    expect(result.value.extentMs).toEqual([
      Date.UTC(1950, 0, 1),
      Date.UTC(1991, 0, 1),
    ])
  })

  it('validateContent reports a citation of an unknown event', () => {
    const result = validateContent(
      eventsJson(),
      `${essay}\nAnd [more](event:berlin-airlift).\n`,
    )
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems).toEqual([
      {
        path: 'essay.md paragraph 3',
        message: 'cites unknown event "berlin-airlift"',
      },
    ])
  })

  it('validateContent accepts an uncited event with a warning', () => {
    const result = validateContent(
      eventsJson([
        event('late', '1990'),
        event('early', '1950'),
        event('lonely', '1960'),
      ]),
      essay,
    )
    expect(result.ok).toBe(true)
    expect(result.warnings).toEqual([
      { path: 'events[2] ("lonely")', message: 'not cited by any passage' },
    ])
  })

  it('validateContent lists the problems of both files together', () => {
    const result = validateContent(
      eventsJson([event('x', '1953-13-01')]),
      'No title here.',
    )
    expect(!result.ok && result.problems).toEqual([
      {
        path: 'events[0].start',
        message: '"1953-13-01" is not a date (month 13 does not exist)',
      },
      { path: 'essay.md', message: 'no title (a line starting with "# ")' },
    ])
  })

  it('validateContent says where JSON is malformed', () => {
    const result = validateContent('{\n  "title": "x",\n}', essay)
    expect(result.ok).toBe(false)
    const [problem] = result.ok ? [] : result.problems
    expect(problem?.path).toBe('events.json')
    expect(problem?.message).toMatch(/^not valid JSON: .*line 3,? column 1\)$/)
  })

  it('validateContent ignores a byte-order mark', () => {
    expect(validateContent(`\uFEFF${eventsJson()}`, essay).ok).toBe(true)
  })

  it.each([
    ['empty text', ''],
    ['a JSON string', '"events"'],
    ['a JSON list', '[]'],
    ['HTML', '<!doctype html><title>Not found</title>'],
  ])('validateContent(%s, …) returns problems', (_, text) => {
    const result = validateContent(text, essay)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems[0]?.path).toBe('events.json')
  })
})

describe('parseJson', () => {
  it('parseJson(valid) returns the value', () => {
    expect(parseJson('{"a": [1]}', 'x.json')).toEqual({
      ok: true,
      value: { a: [1] },
    })
  })

  it('parseJson(empty) names the file', () => {
    expect(parseJson('', 'bundle.json')).toEqual({
      ok: false,
      problem: {
        path: 'bundle.json',
        message: 'not valid JSON: Unexpected end of JSON input',
      },
    })
  })
})
