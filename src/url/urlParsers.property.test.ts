import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { resolveTimelinePath } from './resolveTimelinePath'
import { makeDataset, makeEvent } from '../test/fixtures'
import { parseUrlState, serializeUrlState, URL_PARAMS } from './urlState'

/**
 * The two parsers of the address bar: the view (`parseUrlState`) and the timeline folder
 * (`resolveTimelinePath`). Whatever a link holds, they return a value and notices, never a throw, and never a
 * folder on another origin.
 */

const dataset = makeDataset([
  makeEvent({
    id: 'berlin-airlift',
    start: '1948-06-24',
    end: '1949-09-30',
    countries: ['US', 'DE'],
    group: 'Berlin, 1948',
  }),
  makeEvent({
    id: 'helsinki-final-act',
    start: '1975-08-01',
    countries: ['SU'],
    organizations: ['OSCE'],
  }),
])

/** Values our parameters may plausibly or hostilely hold. */
const value = fc.oneof(
  fc.constantFrom(
    'berlin-airlift',
    'US,de, SU',
    'ZZ',
    'all',
    'ANY',
    'aligned',
    '1948',
    '1999-02-30',
    '0000',
    '+275760-09-13',
    '2025-08-31',
    '1',
    '99999999',
    '\u202e',
    '<script>',
    'Berlin, 1948',
  ),
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 20 }),
)

const search = fc.oneof(
  fc
    .array(
      fc.tuple(fc.constantFrom(...URL_PARAMS, 'step', 'timeline', 'x'), value),
      { maxLength: 8 },
    )
    .map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
  fc.string(),
  fc.webQueryParameters().map((q) => `?${q}`),
)

describe('parseUrlState(search, dataset)', () => {
  it('never throws, and keeps only what fits the dataset', () => {
    fc.assert(
      fc.property(search, fc.boolean(), (text, withDataset) => {
        const { state, notices } = parseUrlState(
          text,
          withDataset ? dataset : null,
        )
        expect(notices.every((n) => typeof n === 'string' && n !== '')).toBe(
          true,
        )
        expect(
          !withDataset ||
            !state.eventId ||
            dataset.eventsById.has(state.eventId),
        ).toBe(true)
        expect(!state.domain || state.domain[0] < state.domain[1]).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('reads back what serializeUrlState writes (the canonical URL is a fixed point)', () => {
    fc.assert(
      fc.property(search, (text) => {
        const canonical = serializeUrlState(parseUrlState(text, dataset).state)
        const again = parseUrlState(canonical, dataset)
        expect(serializeUrlState(again.state)).toBe(canonical)
        expect(again.notices).toEqual([])
      }),
      { numRuns: 300 },
    )
  })
})

const ORIGIN = 'https://example.org'

/** Path-like text built from the pieces that make paths dangerous. */
const pathish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '/',
        '//',
        '..',
        '.',
        '\\',
        '%2e',
        '%2f',
        ':',
        'javascript:',
        'https:',
        'data:',
        'evil.example',
        '@',
        '?',
        '#',
        ' ',
        '\t',
        '\n',
        'data',
        'timelines',
      ),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''))

describe('resolveTimelinePath(param, location)', () => {
  it('only ever gives a folder path on the same origin', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          pathish,
          fc.webUrl(),
          fc.webPath(),
          fc.string({ unit: 'binary' }),
        ),
        fc.constantFrom('/', '/app/', '/app/index.html'),
        (param, pathname) => {
          const result = resolveTimelinePath(param, {
            origin: ORIGIN,
            pathname,
          })
          const base = result.ok ? result.baseUrl : null
          expect(
            result.ok || result.message.startsWith('Cannot load timeline'),
          ).toBe(true)
          expect(base === null || /^\/([A-Za-z0-9\-_.~]+\/)*$/.test(base)).toBe(
            true,
          )
          expect(
            base === null ||
              !base.split('/').some((s) => s === '.' || s === '..'),
          ).toBe(true)
          expect(base === null || new URL(base, ORIGIN).origin === ORIGIN).toBe(
            true,
          )
          // A relative path stays inside the app's folder.
          const isRelative = !param.trim().startsWith('/')
          expect(
            base === null ||
              !isRelative ||
              base.startsWith(pathname.replace(/[^/]*$/, '')),
          ).toBe(true)
        },
      ),
      { numRuns: 500 },
    )
  })
})
