import fc from 'fast-check'
import {
  MAX_CASES,
  MAX_CLAIM_NOTES,
  MILESTONE_KINDS,
} from '../data/events/datasetRules'
import { EVENT_KINDS } from '../data/types'

/**
 * Test-only: fast-check generators of `events.json` values, mostly valid and sometimes with one thing the
 * schema refuses (or accepts only after trimming). The fast paths' property tests compare their answers with
 * the schema's and `parseDataset`'s on these.
 */

/** Mostly valid values, sometimes one that the schema refuses (or that it accepts only after trimming). */
export const often = <T, U>(valid: fc.Arbitrary<T>, other: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: other, weight: 1 })

export const anyValue = fc.oneof(
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
  fc.constantFrom(
    '1953',
    '1948-06',
    '2025-08-18',
    '2000-02-29',
    '0001',
    '2025-08-15T11:00',
    '2025-08-15T11:00:30Z',
    '2025-08-15T23:59:59-14:00',
  ),
  fc.oneof(
    anyValue,
    fc.constantFrom(
      '1900-02-29',
      '0000',
      '1953-13',
      '53',
      ' 1953',
      '1953\n',
      '-0500',
      '10000',
      '2025-08-15T24:00',
      '2025-08-15T11:00+15:00',
      '2025-08T11:00',
    ),
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
  fc.record(
    {
      title: textOf(500),
      publisher: textOf(200),
      url,
      type: often(fc.constantFrom('primary', 'reference', 'news'), anyValue),
      date: dateValue,
    },
    { requiredKeys: ['title', 'publisher', 'url', 'type'] },
  ),
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

export const optionalOf = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof(fc.constant(undefined), value)

/** Absent or `valid` mostly, `value` one time in ten: for optional fields whose values are often invalid. */
const rarely = <T, U>(value: fc.Arbitrary<T>, valid: fc.Arbitrary<U>) =>
  fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 5 },
    { arbitrary: valid, weight: 4 },
    { arbitrary: value, weight: 1 },
  )

/**
 * A record of `fields` (those not `required` sometimes absent); sometimes with a field that strict objects
 * refuse, present with a value or as `undefined`.
 */
function strictRecord<T extends object>(
  fields: { [K in keyof T]: fc.Arbitrary<T[K]> },
  required: (keyof T)[],
) {
  const record = fc.record(fields, { requiredKeys: required })
  return often(
    record,
    fc.oneof(
      record.map((r) => ({ ...r, notes: 'x' })),
      record.map((r) => ({ ...r, notes: undefined })),
      anyValue,
    ),
  )
}

export const event = fc.record(
  {
    id: often(
      fc.constantFrom('berlin-airlift', 'a', 'e-12', 'a'.repeat(100)),
      fc.oneof(anyValue, fc.constantFrom('A', '-a', 'a b', 'a'.repeat(101))),
    ),
    title: textOf(300),
    kind: often(fc.constantFrom(...EVENT_KINDS), anyValue),
    start: dateValue,
    end: optionalOf(fc.oneof(fc.constant(null), dateValue)),
    startLabel: optionalOf(textOf(60)),
    endLabel: optionalOf(textOf(60)),
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
    displayDate: optionalOf(textOf(100)),
    group: optionalOf(textOf(100)),
    media: optionalOf(
      often(
        fc.record(
          {
            url: often(
              fc.constantFrom(
                'https://images.example.org/a.jpg',
                '//images.example.org/a.png',
                'https://www.youtube.com/watch?v=x',
              ),
              fc.oneof(
                anyValue,
                fc.constantFrom('img/a.jpg', 'http://x.org/a.jpg', '//', ''),
              ),
            ),
            type: optionalOf(
              often(fc.constantFrom('image', 'video', 'link'), anyValue),
            ),
            credit: optionalOf(textOf(300)),
            caption: optionalOf(textOf(1000)),
            alt: optionalOf(textOf(1000)),
          },
          { requiredKeys: ['url'] },
        ),
        anyValue,
      ),
    ),
    summary: textOf(2000),
    note: optionalOf(fc.oneof(fc.constant(null), textOf(2000))),
    sources: list(source, validSource, 0, 20),
    unverifiedSource: optionalOf(often(fc.boolean(), anyValue)),
    summery: optionalOf(fc.string()),
  },
  // Fields that are absent, not just undefined, too.
  {
    // The featured edition's fields (kind, countries, summary, sources) may be absent too.
    requiredKeys: ['id', 'title', 'start'],
  },
)

const milestone = strictRecord(
  {
    kind: often(fc.constantFrom(...MILESTONE_KINDS), anyValue),
    label: often(
      fc.constantFrom('Joins NATO', ' padded '),
      fc.oneof(anyValue, fc.constantFrom(' ', '\n\t')),
    ),
    date: often(fc.constantFrom('1953', '1948-06', 'not a date'), anyValue),
    eventId: often(fc.constantFrom(null, 'a', 'berlin-airlift'), anyValue),
  },
  ['kind', 'label', 'date'],
)

/** A case that the shape accepts and, when the file has an event "a", the cross-checks usually accept too. */
const likelyValidCase = {
  id: 'divided-germany',
  name: 'Divided Germany',
  eventIds: ['a'],
  milestones: [
    { kind: 'guarantee', label: 'Joins NATO', date: '1953', eventId: null },
  ],
  guarantee: '1953',
  resolved: null,
}

const precedentCase = strictRecord(
  {
    id: often(
      fc.constantFrom('divided-germany', 'korea', 'a1'),
      fc.oneof(anyValue, fc.constantFrom('Korea', '-a', 'a--b', 'a-', 'a b')),
    ),
    name: often(
      fc.constantFrom('Divided Germany', ' padded '),
      fc.oneof(anyValue, fc.constantFrom(' ', '\n')),
    ),
    eventIds: often(
      fc.array(fc.constantFrom('a', 'e-12', 'unknown'), {
        minLength: 1,
        maxLength: 3,
      }),
      fc.oneof(anyValue, fc.constant(['a', 1])),
    ),
    milestones: often(
      fc.array(often(milestone, fc.constant(likelyValidCase.milestones[0])), {
        minLength: 1,
        maxLength: 3,
      }),
      anyValue,
    ),
    guarantee: often(fc.constantFrom('1953', '1948-06'), anyValue),
    resolved: often(fc.constantFrom(null, '1953', '2030'), anyValue),
  },
  ['id', 'name', 'eventIds', 'milestones', 'guarantee'],
)

/** `cases` lists within the limit, often with a likely valid case; or not a list, or one case too many. */
export const cases = often(
  fc.array(often(precedentCase, fc.constant(likelyValidCase)), {
    maxLength: 3,
  }),
  fc.oneof(
    anyValue,
    fc.constant(Array.from({ length: MAX_CASES + 1 }, () => likelyValidCase)),
  ),
)

const validClaimNote = {
  id: 'two-plus-four',
  passage: 'p-1',
  phrase: 'permanent ceding',
  note: 'The record shows more.',
  sources: [
    {
      title: 'Berlin Airlift',
      publisher: 'Office of the Historian',
      url: 'https://history.state.gov/',
      type: 'reference',
    },
  ],
}

/** A note on a claim; the passage's existence and the phrase are checked later, against the essay. */
export const claimNote = often(
  fc.record(
    {
      id: often(
        fc.constantFrom('two-plus-four', 'n1'),
        fc.oneof(anyValue, fc.constantFrom('A', 'a b')),
      ),
      passage: often(
        fc.constantFrom('p-1', 'p-12'),
        fc.oneof(anyValue, fc.constantFrom('p-0', 'p1', 'P-1', ' p-1')),
      ),
      phrase: textOf(500),
      note: textOf(2000),
      sources: list(source, validSource, 1, 20),
      notes: optionalOf(fc.string()),
    },
    { requiredKeys: ['id', 'passage', 'phrase', 'note', 'sources'] },
  ),
  anyValue,
)

export const claimNotes = often(
  fc.array(often(claimNote, fc.constant(validClaimNote)), { maxLength: 3 }),
  fc.oneof(
    anyValue,
    fc.constant(
      Array.from({ length: MAX_CLAIM_NOTES + 1 }, () => validClaimNote),
    ),
  ),
)

/** Where readers report errors: https or mailto, or something else. */
const corrections = often(
  fc.constantFrom(
    'https://github.com/example/timeline/issues/new',
    'mailto:editors@example.org',
    'mailto:editors@example.org?subject=Timeline',
  ),
  fc.oneof(
    anyValue,
    fc.constantFrom(
      'http://example.org',
      'mailto:',
      'mailto:a b@example.org',
      'mailto:editors@localhost',
      'javascript:alert(1)',
      'MAILTO:x@example.org',
      'ftp://example.org/',
    ),
  ),
)

export const dataset = fc.record(
  {
    $schema: optionalOf(often(fc.constant('./schema.json'), anyValue)),
    title: textOf(300),
    asOf: often(
      fc.constant('2025-08-31'),
      fc.constantFrom('2025-08', '2025-02-30', 1),
    ),
    events: often(fc.array(often(event, anyValue), { maxLength: 4 }), anyValue),
    cases: optionalOf(cases),
    eras: optionalOf(
      often(
        fc.array(
          fc.record({ title: textOf(300), start: dateValue, end: dateValue }),
          { maxLength: 3 },
        ),
        anyValue,
      ),
    ),
    // Mostly absent, so that whole files stay valid often enough; their own property test varies them more.
    claimNotes: rarely(claimNotes, fc.constant([validClaimNote])),
    corrections: rarely(corrections, fc.constant('mailto:editors@example.org')),
  },
  { requiredKeys: ['title', 'asOf', 'events'] },
)
