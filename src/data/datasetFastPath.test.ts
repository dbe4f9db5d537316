import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseValidDataset, parseValidEvent } from './datasetFastPath'
import { datasetSchema, eventSchema } from './datasetSchema'
import { EVENT_KINDS } from './types'

/** What zod gives: the parsed value, or null when it reports any problem. */
function zodResult(schema: typeof datasetSchema | typeof eventSchema) {
  return (input: unknown) => {
    const result = schema.safeParse(input)
    return result.success ? result.data : null
  }
}

/** Mostly valid values, sometimes one that the schema refuses (or that it accepts only after trimming). */
const often = <T, U>(valid: fc.Arbitrary<T>, other: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: other, weight: 1 })

const anyValue = fc.oneof(
  fc.constantFrom(undefined, null, 0, 1, true, '', ' ', [], {}),
  fc.string({ maxLength: 5 }),
)

const textOf = (max: number) =>
  often(
    fc.constantFrom('Berlin Airlift', ' padded ', 'x'.repeat(max)),
    fc.oneof(
      anyValue,
      fc.constantFrom('x'.repeat(max + 1), ` ${'x'.repeat(max)} `, '\n\t'),
      fc.string(),
    ),
  )

const dateValue = often(
  fc.constantFrom('1953', '1948-06', '2025-08-18', '2000-02-29', '0001'),
  fc.oneof(
    anyValue,
    fc.constantFrom('1900-02-29', '0000', '1953-13', '53', ' 1953', '1953\n'),
  ),
)

const url = often(
  fc.oneof(
    fc.constant(
      'https://history.state.gov/milestones/1945-1952/berlin-airlift',
    ),
    fc.constantFrom('https://bücher.example/', 'https://example.org:8443/a'),
  ),
  fc.oneof(
    anyValue,
    fc.webUrl(),
    fc.constantFrom(
      'http://example.org',
      'https://a:b@example.org/',
      ' https://example.org',
      'https://xn--.com',
      `https://example.org/${'a'.repeat(2000)}`,
      'javascript:alert(1)',
    ),
  ),
)

const validSource = fc.record({
  title: fc.constant('Berlin Airlift'),
  publisher: fc.constant('Office of the Historian'),
  url: fc.constant('https://history.state.gov/'),
  type: fc.constant('reference'),
})

const source = often(
  fc.record({
    title: textOf(500),
    publisher: textOf(200),
    url,
    type: often(fc.constantFrom('primary', 'reference', 'news'), anyValue),
  }),
  anyValue,
)

/** Lists of `item`s within the limits; or not a list, or one valid item too many. */
const list = <T, U>(
  item: fc.Arbitrary<T>,
  validItem: fc.Arbitrary<U>,
  min: number,
  max: number,
) =>
  often(
    fc.array(item, { minLength: min, maxLength: Math.min(max, 3) }),
    fc.oneof(
      anyValue,
      fc.array(validItem, { minLength: max + 1, maxLength: max + 1 }),
    ),
  )

const optionalOf = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof(fc.constant(undefined), value)

const event = fc.record(
  {
    id: often(
      fc.constantFrom('berlin-airlift', 'a', 'e-12', 'a'.repeat(100)),
      fc.oneof(anyValue, fc.constantFrom('A', '-a', 'a b', 'a'.repeat(101))),
    ),
    title: textOf(300),
    kind: often(fc.constantFrom(...EVENT_KINDS), anyValue),
    start: dateValue,
    end: optionalOf(fc.oneof(fc.constant(null), dateValue)),
    ongoing: optionalOf(often(fc.boolean(), anyValue)),
    countries: list(
      often(
        fc.constantFrom('US', 'GB', 'SU', 'XK'),
        fc.constantFrom('XX', 'us', 'USA', 1),
      ),
      fc.constant('US'),
      1,
      60,
    ),
    organizations: optionalOf(
      list(
        often(
          fc.constantFrom('NATO', 'EU', 'G7'),
          fc.constantFrom('nato', 'N', 'ABCDEFGHIJK', 7),
        ),
        fc.constant('NATO'),
        0,
        30,
      ),
    ),
    summary: textOf(2000),
    note: optionalOf(fc.oneof(fc.constant(null), textOf(2000))),
    sources: list(source, validSource, 1, 20),
    unverifiedSource: optionalOf(often(fc.boolean(), anyValue)),
    summery: optionalOf(fc.string()),
  },
  // Fields that are absent, not just undefined, too.
  {
    requiredKeys: [
      'id',
      'title',
      'kind',
      'start',
      'countries',
      'summary',
      'sources',
    ],
  },
)

const dataset = fc.record(
  {
    $schema: optionalOf(often(fc.constant('./schema.json'), anyValue)),
    title: textOf(300),
    asOf: often(
      fc.constant('2025-08-31'),
      fc.constantFrom('2025-08', '2025-02-30', 1),
    ),
    events: often(fc.array(often(event, anyValue), { maxLength: 4 }), anyValue),
    cases: optionalOf(fc.oneof(fc.constant([]), anyValue)),
  },
  { requiredKeys: ['title', 'asOf', 'events'] },
)

it('the generated inputs are valid often enough to test both answers', () => {
  const results = fc.sample(event, 2000).map(zodResult(eventSchema))
  expect(results.filter(Boolean).length).toBeGreaterThan(200)
  expect(results.filter((r) => r === null).length).toBeGreaterThan(200)
})

describe('parseValidEvent', () => {
  it('gives what eventSchema gives for any event: the same value, or null where zod reports a problem', () => {
    const expected = zodResult(eventSchema)
    fc.assert(
      fc.property(event, (input) => {
        expect(parseValidEvent(input)).toEqual(expected(input))
      }),
      { numRuns: 4000 },
    )
  })
})

describe('parseValidDataset', () => {
  it('gives what datasetSchema gives for any file', () => {
    const expected = zodResult(datasetSchema)
    fc.assert(
      fc.property(fc.oneof(dataset, anyValue), (input) => {
        expect(parseValidDataset(input)).toEqual(expected(input))
      }),
      { numRuns: 2000 },
    )
  })

  it('parses the shipped events.json, cases included, as the schema does', () => {
    const input: unknown = JSON.parse(
      readFileSync(
        join(import.meta.dirname, '../../public/data/events.json'),
        'utf8',
      ),
    )
    const parsed = parseValidDataset(input)
    expect(parsed?.events.length).toBeGreaterThan(50)
    expect(parsed).toEqual(zodResult(datasetSchema)(input))
  })
})
