import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkHttpsUrl } from './httpsUrl'
import { parseDataset } from './parseDataset'
import { parseEssay } from './parseEssay'
import { validateContent } from './validateContent'

/** Whatever the input, the parsers return a value or problems: never a throw, never a problem without words. */

const isResult = (
  result: ReturnType<typeof parseDataset> | ReturnType<typeof parseEssay>,
): boolean =>
  result.ok ||
  (result.problems.length > 0 && result.problems.every((p) => p.message !== ''))

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

describe('parsers never throw', () => {
  it('parseDataset(anything) returns a result', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(isResult(parseDataset(input))).toBe(true)
      }),
    )
  })

  it('parseDataset(nearly valid datasets) returns a result', () => {
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
        expect(isResult(parseDataset(input))).toBe(true)
      }),
      { numRuns: 100 },
    )
  })

  it('parseEssay(Markdown-like text) returns a result', () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        expect(isResult(parseEssay(text))).toBe(true)
      }),
      { numRuns: 150 },
    )
  })

  it('validateContent(any text, any text) returns a result', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), markdownish, (json, md) => {
        expect(isResult(validateContent(json, md))).toBe(true)
      }),
      { numRuns: 100 },
    )
  })

  it('checkHttpsUrl(anything) accepts only https URLs', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.webUrl(), fc.string(), fc.anything()),
        (input) => {
          const check = checkHttpsUrl(input)
          expect(check.ok ? new URL(check.href).protocol : 'https:').toBe(
            'https:',
          )
          expect(check.ok || check.problem !== '').toBe(true)
        },
      ),
    )
  })

  it('checkHttpsUrl accepts every generated https URL', () => {
    fc.assert(
      fc.property(
        fc.webUrl({
          validSchemes: ['https'],
          withQueryParameters: true,
          withFragments: true,
        }),
        (url) => {
          expect(checkHttpsUrl(url).ok).toBe(true)
        },
      ),
    )
  })
})
