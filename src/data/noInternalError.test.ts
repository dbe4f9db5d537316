import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDataset } from './events/parseDataset'
import { parseEssay } from './essay/parseEssay'
import { internalError } from '../test/internalErrors'
import { validateContent } from './validateContent'

/**
 * Whatever the input, the parsers name its faults, never a bug of theirs: each catches what it throws, so the
 * sign of a bug is a problem saying the content "could not be validated" (or read), not a throw.
 */

/** Text biased towards Markdown's special characters, so that the parser meets its hard cases. */
const markdownish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '#',
        '# ',
        '>',
        '- ',
        '1. ',
        '*',
        '_',
        '`',
        '[',
        ']',
        '(',
        ')',
        '<',
        '&',
        '!',
        '\\',
        '\n',
        '\n\n',
        '  ',
        '\t',
      ),
      fc.constantFrom(
        'event:',
        'event:a,b',
        'https://x.org',
        'javascript:',
        'By ',
        '<script>',
        '&amp;',
        '\u202e',
        'e\u0301',
      ),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 200 },
  )
  .map((parts) => parts.join(''))

/** Events that are nearly right: every field may be replaced by anything. */
const nearlyAnEvent = fc.record(
  {
    id: fc.oneof(fc.constantFrom('a', 'b', 'a b', ''), fc.anything()),
    title: fc.oneof(fc.string(), fc.anything()),
    kind: fc.oneof(fc.constantFrom('treaty', 'war'), fc.anything()),
    start: fc.oneof(
      fc.constantFrom('1953', '1999-02-30', '0000', '+275760-09-13'),
      fc.string(),
    ),
    end: fc.oneof(
      fc.constant(null),
      fc.constantFrom('1950', '2000-01'),
      fc.anything(),
    ),
    ongoing: fc.oneof(fc.boolean(), fc.anything()),
    countries: fc.oneof(
      fc.array(fc.constantFrom('US', 'EU', 'SU', 'us', 'ZZ')),
      fc.anything(),
    ),
    summary: fc.string(),
    sources: fc.array(
      fc.record({
        title: fc.string(),
        publisher: fc.string(),
        url: fc.oneof(
          fc.webUrl(),
          fc.constantFrom('javascript:alert(1)', 'data:,x', 'http://x'),
          fc.string(),
        ),
        type: fc.constantFrom('primary', 'news', 'blog'),
      }),
    ),
  },
  { requiredKeys: [] },
)

describe('parsers report no internal error', () => {
  it('parseDataset(anything) reports no internal error', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(internalError(parseDataset(input))).toBeUndefined()
      }),
    )
  })

  it('parseDataset(nearly valid datasets) reports no internal error', () => {
    const dataset = fc.record({
      title: fc.oneof(fc.string(), fc.anything()),
      asOf: fc.oneof(fc.constant('2025-08-31'), fc.string()),
      events: fc.array(nearlyAnEvent, { maxLength: 6 }),
      cases: fc.option(fc.array(fc.anything(), { maxLength: 2 }), {
        nil: undefined,
      }),
    })
    fc.assert(
      fc.property(dataset, (input) => {
        expect(internalError(parseDataset(input))).toBeUndefined()
      }),
      { numRuns: 100 },
    )
  })

  it('parseEssay(Markdown-like text) reports no internal error', () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        expect(internalError(parseEssay(text))).toBeUndefined()
      }),
      { numRuns: 150 },
    )
  })

  it('validateContent(any text, any text) reports no internal error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), markdownish, (json, md) => {
        expect(internalError(validateContent(json, md))).toBeUndefined()
      }),
      { numRuns: 100 },
    )
  })
})
