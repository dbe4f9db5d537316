import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkHttpsUrl, isPlainHttpsUrl } from './httpsUrl'

describe('checkHttpsUrl', () => {
  it('checkHttpsUrl(https URL) returns it normalised', () => {
    expect(checkHttpsUrl('https://Example.org/a b?c=1#d')).toEqual({
      ok: true,
      href: 'https://example.org/a%20b?c=1#d',
    })
    expect(checkHttpsUrl('  https://example.org  ')).toEqual({
      ok: true,
      href: 'https://example.org/',
    })
  })

  it.each([
    [
      'javascript:alert(1)',
      '"javascript:alert(1)" is not an https URL (scheme "javascript:")',
    ],
    [
      ' JAVASCRIPT:alert(1)',
      '" JAVASCRIPT:alert(1)" is not an https URL (scheme "javascript:")',
    ],
    [
      'data:text/html,x',
      '"data:text/html,x" is not an https URL (scheme "data:")',
    ],
    [
      'http://example.org',
      '"http://example.org" is not an https URL (scheme "http:")',
    ],
    [
      'ftp://example.org',
      '"ftp://example.org" is not an https URL (scheme "ftp:")',
    ],
    ['//example.org', '"//example.org" is not a URL (expected https://…)'],
    ['#', '"#" is not a URL (expected https://…)'],
    ['', '"" is not a URL (expected https://…)'],
    [
      'https://a:b@example.org',
      '"https://a:b@example.org" must not contain a user name or password',
    ],
  ])('checkHttpsUrl(%j) is refused', (url, problem) => {
    expect(checkHttpsUrl(url)).toEqual({ ok: false, problem })
  })

  it('checkHttpsUrl refuses non-strings and huge strings without throwing', () => {
    expect(checkHttpsUrl(null)).toEqual({
      ok: false,
      problem: '"null" is not a URL',
    })
    expect(checkHttpsUrl(`https://example.org/${'a'.repeat(5000)}`)).toEqual({
      ok: false,
      problem: 'URL is too long (5020 characters; the limit is 2000)',
    })
  })
})

describe('isPlainHttpsUrl', () => {
  it('isPlainHttpsUrl(plain https URL) is true without parsing it', () => {
    expect(
      isPlainHttpsUrl(
        'https://history.state.gov/milestones/1945-1952/berlin-airlift',
      ),
    ).toBe(true)
    expect(isPlainHttpsUrl('https://Example.org?q=1#top')).toBe(true)
  })

  it.each([
    'http://example.org',
    ' https://example.org',
    'https://a:b@example.org',
    'https://example.org:8443/',
    'https://192.168.0.1/',
    'https://xn--nxasmq6b.example/',
    'https://example.org/a b',
    'https://bücher.example/',
    `https://example.org/${'a'.repeat(2000)}`,
  ])('isPlainHttpsUrl(%j) leaves it to checkHttpsUrl', (url) => {
    expect(isPlainHttpsUrl(url)).toBe(false)
  })

  it('every URL isPlainHttpsUrl accepts, checkHttpsUrl accepts too', () => {
    const label = fc.stringMatching(/^[a-zA-Z0-9-]{1,12}$/)
    const candidate = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc
        .tuple(
          fc.array(label, { maxLength: 4 }),
          fc.string({ maxLength: 30 }),
          fc.constantFrom('', '/', '?', '#'),
        )
        .map(
          ([labels, tail, sep]) => `https://${labels.join('.')}${sep}${tail}`,
        ),
      fc.string().map((tail) => `https://${tail}`),
    )
    fc.assert(
      fc.property(candidate, (url) => {
        expect(!isPlainHttpsUrl(url) || checkHttpsUrl(url).ok).toBe(true)
      }),
      { numRuns: 3000 },
    )
  })
})

describe('checkHttpsUrl on generated input', () => {
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
