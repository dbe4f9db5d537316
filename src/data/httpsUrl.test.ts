import { describe, expect, it } from 'vitest'
import { checkHttpsUrl } from './httpsUrl'

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
