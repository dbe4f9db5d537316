import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { embedHtml } from './embedPage'

const index = readFileSync(join(import.meta.dirname, '../index.html'), 'utf8')

describe('embedHtml', () => {
  it('embedHtml(index.html) marks the body as the embed, retitles it, keeps it out of search, and keeps the script', () => {
    const page = embedHtml(index)
    expect(page).toContain('<body class="is-embed" data-page="embed">')
    expect(page).toContain(
      '<title>Precedent Timeline (embedded timeline)</title>',
    )
    expect(page).toContain('<meta name="robots" content="noindex" />')
    expect(page).toContain('src="/src/app/main.tsx"')
  })

  it('embedHtml refuses a page it cannot mark', () => {
    expect(() => embedHtml('<html><body class="x"></body></html>')).toThrow(
      /no plain <body>/,
    )
  })
})
