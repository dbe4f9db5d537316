import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { anyValue, cases, dataset } from './datasetArbitraries'
import { parseDataset } from './parseDataset'
import { parseDatasetFast } from './parseDatasetFast'

const shipped = (): Record<string, unknown> =>
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, '../../public/data/events.json'),
      'utf8',
    ),
  ) as Record<string, unknown>

const source = {
  title: 'S',
  publisher: 'P',
  url: 'https://example.org/',
  type: 'reference',
}
/** A valid event; override what the test is about. */
const event = (overrides: Record<string, unknown> = {}) => ({
  id: 'a',
  title: 'Berlin Airlift',
  kind: 'operation',
  start: '1948-06-24',
  countries: ['US'],
  summary: 'Supplies by air.',
  sources: [source],
  ...overrides,
})
const file = (overrides: Record<string, unknown> = {}) => ({
  title: 'Test',
  asOf: '2025-08-31',
  events: [event()],
  ...overrides,
})

describe('parseDatasetFast', () => {
  it('gives parseDataset’s answer for a valid file and null for any other, for any input', () => {
    let valid = 0
    fc.assert(
      fc.property(fc.oneof(dataset, anyValue), (input) => {
        const full = parseDataset(input)
        const fast = parseDatasetFast(input)
        if (full.ok) valid++
        expect(fast).toEqual(full.ok ? full : null)
      }),
      { numRuns: 2000 },
    )
    // Enough valid files, some with cases, that the equality is tested, not only the nulls.
    expect(valid).toBeGreaterThan(100)
  })

  it('gives parseDataset’s answer for a valid file and null for any other, for any cases of valid events', () => {
    // The events the generated cases cite ("a", "e-12"; "unknown" is none of them), on the dates they use.
    const events = [
      event({ id: 'a', start: '1953' }),
      event({ id: 'e-12', start: '1948-06' }),
    ]
    let valid = 0
    fc.assert(
      fc.property(cases, (list) => {
        const input = file({ events, cases: list })
        const full = parseDataset(input)
        if (full.ok && full.value.cases.length > 0) valid++
        expect(parseDatasetFast(input)).toEqual(full.ok ? full : null)
      }),
      { numRuns: 2000 },
    )
    // About 2% of generated lists pass every cross-check: enough to compare values, not only nulls.
    expect(valid).toBeGreaterThan(20)
  })

  it('parseDatasetFast(shipped events.json) equals parseDataset’s answer, cases included', () => {
    const input = shipped()
    const fast = parseDatasetFast(input)
    expect(fast?.ok && fast.value.cases.length).toBeGreaterThan(0)
    expect(fast).toEqual(parseDataset(input))
  })

  it('parseDatasetFast keeps the warnings of unknown fields', () => {
    const fast = parseDatasetFast(file({ events: [event({ summery: 'x' })] }))
    expect(fast?.ok).toBe(true)
    expect(fast?.warnings).toEqual([
      { path: 'events[0]', message: 'unknown field "summery" is ignored' },
    ])
  })

  it.each([
    ['a field of the wrong type', file({ events: [event({ start: 1948 })] })],
    [
      'a duplicate id',
      file({ events: [event(), event({ start: '1949-05-12' })] }),
    ],
    ['an end before the start', file({ events: [event({ end: '1948-01' })] })],
    [
      'a case citing an unknown event',
      file({
        cases: [
          {
            id: 'airlift',
            name: 'Airlift',
            eventIds: ['nope'],
            milestones: [
              {
                kind: 'guarantee',
                label: 'G',
                date: '1948-06-24',
                eventId: null,
              },
            ],
            guarantee: '1948-06-24',
            resolved: null,
          },
        ],
      }),
    ],
    ['too many events', file({ events: Array(20_001).fill(event()) })],
  ])('parseDatasetFast(a file with %s) is null', (_, input) => {
    expect(parseDataset(input).ok).toBe(false)
    expect(parseDatasetFast(input)).toBeNull()
  })
})
