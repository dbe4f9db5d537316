import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isBundle, makeBundle, validateBundle } from './bundle'

const events = {
  title: 'A small timeline',
  asOf: '2025-08-31',
  events: [
    {
      id: 'berlin-airlift',
      title: 'Berlin Airlift',
      kind: 'operation',
      start: '1948-06-24',
      end: '1949-09-30',
      countries: ['US', 'GB', 'DE'],
      summary: 'Allied aircraft supplied West Berlin.',
      sources: [
        {
          title: 'The Berlin Airlift',
          publisher: 'Office of the Historian',
          url: 'https://history.state.gov/milestones/1945-1952/berlin-airlift',
          type: 'primary',
        },
      ],
    },
  ],
}
const essay = '# An essay\n\nThe [airlift](event:berlin-airlift) worked.\n'

describe('makeBundle(eventsFile, essay) and validateBundle(text)', () => {
  it('round-trips a valid pair into one dataset', () => {
    const result = validateBundle(makeBundle(events, essay))
    expect(result.ok && result.value.events.map((e) => e.id)).toEqual([
      'berlin-airlift',
    ])
    expect(result.ok && result.value.essay.title).toBe('An essay')
  })

  it('validates the shipped content as a bundle', () => {
    const dir = join(import.meta.dirname, '../../../public/data')
    const shipped = JSON.parse(
      readFileSync(join(dir, 'events.json'), 'utf8'),
    ) as Record<string, unknown>
    const result = validateBundle(
      makeBundle(shipped, readFileSync(join(dir, 'essay.md'), 'utf8')),
    )
    expect(result.ok).toBe(true)
  })

  it('names what is wrong with the file itself', () => {
    const problems = (text: string) => {
      const result = validateBundle(text)
      return result.ok
        ? []
        : result.problems.map((p) => `${p.path}: ${p.message}`)
    }
    expect(problems('{"title": ')[0]).toMatch(/^bundle\.json: not valid JSON/)
    expect(problems('[1]')).toEqual([
      'bundle.json: expected an object with "title", "asOf", "events" and "essay"',
    ])
    expect(problems(JSON.stringify(events))).toEqual([
      'essay: is missing (expected the essay’s Markdown as text)',
    ])
    expect(problems(JSON.stringify({ ...events, essay: 12 }))).toEqual([
      'essay: expected the essay’s Markdown as text',
    ])
  })

  it('reports problems of either half with the same paths as the pair', () => {
    const bad = {
      ...events,
      events: [{ ...events.events[0], start: '1948-13-01' }],
    }
    const result = validateBundle(
      makeBundle(bad, '# T\n\nCites [x](event:nope).\n'),
    )
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      'events[0].start',
    ])
  })
})

describe('isBundle(value)', () => {
  it('tells a bundle from events.json', () => {
    expect(isBundle({ ...events, essay })).toBe(true)
    expect(isBundle(events)).toBe(false)
    expect(isBundle(null)).toBe(false)
  })
})
