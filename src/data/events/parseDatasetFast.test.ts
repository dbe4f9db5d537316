import { describe, expect, it } from 'vitest'
import { parseDataset } from './parseDataset'
import { parseDatasetFast } from './parseDatasetFast'

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

/**
 * What the fast path adds to the shape check (`datasetFastPath.test.ts` holds that to the schema): the
 * checks across fields and records, and the warnings, as `parseDataset` has them.
 */
describe('parseDatasetFast', () => {
  it('parseDatasetFast(a valid file) is parseDataset’s answer', () => {
    const input = file({ events: [event(), event({ id: 'b', end: '1949' })] })
    expect(parseDatasetFast(input)?.ok).toBe(true)
    expect(parseDatasetFast(input)).toEqual(parseDataset(input))
  })

  it('parseDatasetFast reads markers (a label and a date at its precision) as parseDataset does, and refuses bad ones', () => {
    const input = file({
      markers: [{ date: '2015-02', label: 'Minsk II signed' }],
    })
    const parsed = parseDatasetFast(input)
    expect(parsed).toEqual(parseDataset(input))
    const marker = parsed?.ok ? parsed.value.markers[0] : undefined
    expect(marker?.label).toBe('Minsk II signed')
    expect(marker?.date.startMs).toBe(Date.UTC(2015, 1, 1))
    expect(
      parseDatasetFast(file())?.ok && parseDatasetFast(file()),
    ).toMatchObject({ value: { markers: [] } })
    const bad = file({ markers: [{ date: '2015-13', label: 'x' }] })
    expect(parseDatasetFast(bad)).toBeNull()
    expect(parseDataset(bad).ok).toBe(false)
  })

  it('reads periods (the window from the start of the first day to the end of the last) as parseDataset does', () => {
    const input = file({
      periods: [
        {
          label: 'Cold War guarantees',
          short: 'Cold War',
          start: '1945',
          end: '1961',
        },
        { label: 'Summer', start: '2025-06', end: '2025-08' },
      ],
    })
    const parsed = parseDatasetFast(input)
    expect(parsed).toEqual(parseDataset(input))
    expect(parsed?.ok && parsed.value.periods).toEqual([
      {
        label: 'Cold War guarantees',
        short: 'Cold War',
        extentMs: [Date.UTC(1945, 0, 1), Date.UTC(1962, 0, 1)],
      },
      {
        label: 'Summer',
        short: 'Summer',
        extentMs: [Date.UTC(2025, 5, 1), Date.UTC(2025, 8, 1)],
      },
    ])
    expect(
      parseDatasetFast(file())?.ok && parseDatasetFast(file()),
    ).toMatchObject({ value: { periods: [] } })
  })

  it.each([
    [
      'an end before its start',
      { label: 'Back', start: '1961', end: '1945' },
      'periods[0].end',
      '"1945" is before the start "1961"',
    ],
    [
      'a short form that is not the start of the label',
      {
        label: 'Cold War guarantees',
        short: 'Guarantees',
        start: '1945',
        end: '1961',
      },
      'periods[0].short',
      '"Guarantees" is not the start of the label "Cold War guarantees": narrow screens show it in the label\'s place',
    ],
    [
      'a field the format does not have',
      { label: 'Later', start: '1990', end: '2000', colour: 'red' },
      'periods[0]',
      'colour',
    ],
  ])('refuses a period with %s, saying where', (_, period, path, words) => {
    const input = file({ periods: [period] })
    expect(parseDatasetFast(input)).toBeNull()
    const result = parseDataset(input)
    expect(result.ok).toBe(false)
    expect(result.ok ? [] : result.problems).toContainEqual({
      path,
      message: expect.stringContaining(words),
    })
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
