import { describe, expect, it } from 'vitest'
import { resolveTimelinePath } from './resolveTimelinePath'

const site = { origin: 'https://example.org', pathname: '/precedents/' }

function baseUrl(param: string | null, pathname = site.pathname) {
  const result = resolveTimelinePath(param, { ...site, pathname })
  return result.ok ? result.baseUrl : `refused: ${result.message}`
}

function message(param: string): string {
  const result = resolveTimelinePath(param, site)
  if (result.ok) throw new Error(`expected ${param} to be refused`)
  return result.message
}

describe('resolveTimelinePath(param, location)', () => {
  it('gives null (the featured timeline) for a missing or blank parameter', () => {
    expect(baseUrl(null)).toBeNull()
    expect(baseUrl('  ')).toBeNull()
  })

  it('resolves a relative folder against the app folder and adds the trailing slash', () => {
    expect(baseUrl('data/other/')).toBe('/precedents/data/other/')
    expect(baseUrl('data/other')).toBe('/precedents/data/other/')
    expect(baseUrl('./data//other')).toBe('/precedents/data/other/')
    expect(baseUrl('data/other', '/precedents/index.html')).toBe(
      '/precedents/data/other/',
    )
  })

  it('keeps a root path on this origin', () => {
    expect(baseUrl('/timelines/cold-war/')).toBe('/timelines/cold-war/')
    expect(baseUrl('/timelines/a/../b')).toBe('/timelines/b/')
  })

  it('allows .. inside the app folder but not out of it', () => {
    expect(baseUrl('data/a/../b/')).toBe('/precedents/data/b/')
    expect(message('../secret/')).toMatch(/climbs out of the app’s folder/)
    expect(message('data/../../x')).toMatch(/climbs out/)
    expect(message('/../x')).toMatch(/climbs above the site root/)
  })

  it('refuses other origins and schemes with a reason', () => {
    expect(message('https://evil.example/data/')).toMatch(
      /addresses with a scheme/,
    )
    expect(message('javascript:alert(1)')).toMatch(/javascript:/)
    expect(message('JavaScript:alert(1)')).toMatch(/scheme/)
    expect(message('data:text/html,hi')).toMatch(/scheme/)
    expect(message('//evil.example/data/')).toMatch(/another site/)
  })

  it('refuses backslashes, percent-escapes, queries and spaces', () => {
    expect(message('\\\\evil.example\\data')).toMatch(/backslashes/)
    expect(message('/\\evil.example/')).toMatch(/backslashes/)
    expect(message('%2e%2e/x')).toMatch(/percent-encoded/)
    expect(message('data/other?x=1')).toMatch(/only letters, digits/)
    expect(message('data/other#x')).toMatch(/only letters, digits/)
    expect(message('data/ other')).toMatch(/only letters, digits/)
  })

  it('quotes the value, shortened, and says what to use instead', () => {
    const text = message(`https://${'a'.repeat(100)}.example/`)
    expect(text).toMatch(/^Cannot load timeline “https:\/\/a+…”/)
    expect(text).toMatch(/Use a folder on this site/)
    expect(message('x'.repeat(301))).toMatch(/longer than 300 characters/)
  })
})
