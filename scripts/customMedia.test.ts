import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { COMPACT_QUERY } from '../src/ui/mediaQuery'
import { replaceCustomMedia } from './customMedia'

/** Every stylesheet under `dir`, with its text. */
function stylesheets(dir: string): [string, string][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return stylesheets(path)
    return entry.name.endsWith('.css')
      ? [[path, readFileSync(path, 'utf8')]]
      : []
  })
}

describe('replaceCustomMedia(css)', () => {
  it('writes each custom media name as its query', () => {
    expect(replaceCustomMedia('@media (--compact) { a { b: c } }')).toBe(
      `@media ${COMPACT_QUERY} { a { b: c } }`,
    )
    expect(replaceCustomMedia('@media print, (--reduced-motion) {')).toBe(
      '@media print, (prefers-reduced-motion: reduce) {',
    )
  })

  it('refuses a name it does not know', () => {
    expect(() => replaceCustomMedia('@media (--tablet) {')).toThrow(
      'unknown custom media --tablet',
    )
  })

  it('leaves custom properties alone', () => {
    expect(replaceCustomMedia('a { color: var(--accent); }')).toBe(
      'a { color: var(--accent); }',
    )
  })
})

describe('the stylesheets', () => {
  it('name the compact breakpoint and reduced motion instead of writing the queries again', () => {
    const sheets = stylesheets('src')
    expect(sheets.length).toBeGreaterThan(5)
    for (const [path, css] of sheets) {
      expect(css, path).not.toMatch(/max-width:\s*699px/)
      expect(css, path).not.toMatch(/prefers-reduced-motion/)
      expect(() => replaceCustomMedia(css), path).not.toThrow()
    }
  })
})
