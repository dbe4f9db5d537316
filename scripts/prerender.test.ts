import { describe, expect, it } from 'vitest'
import { injectPage } from './prerender'

const INDEX = `<!doctype html><html><head><script type="module" src="/assets/a.js"></script></head><body>
<link rel="preload" href="/data/events.json" as="fetch" crossorigin />
<link
  rel="preload"
  href="/data/essay.compiled.json"
  as="fetch"
  crossorigin
/>
<div id="root">
  <p class="content-loader-status" role="status">Loading the timeline…</p>
</div>
<noscript>
  <link rel="stylesheet" href="/noscript.css" />
  <p class="content-loader-status">Needs JavaScript.</p>
</noscript>
</body></html>`

const PAGE = {
  appHtml: '<div class="app">$1 app</div>',
  noscriptHtml: '<section>events</section>',
  contentJson: '{"format":1}',
  contentId: 'featured-content',
}

describe('injectPage', () => {
  it('injectPage(html, page) puts the app in #root, the list in <noscript> and the content as JSON data', () => {
    const html = injectPage(INDEX, PAGE)
    expect(html).toContain('<div id="root"><div class="app">$1 app</div></div>')
    expect(html).not.toContain('Loading the timeline')
    expect(html).toMatch(
      /<noscript>\s*<link rel="stylesheet" href="\/noscript.css" \/>\s*<p class="noscript-note">[^<]*<\/p><section>events<\/section>\s*<\/noscript>/,
    )
    expect(html).toContain(
      '<script type="application/json" id="featured-content">{"format":1}</script>\n</body>',
    )
  })

  it('injectPage(html, page) keeps the data preloads the freshness check uses and drops the compiled essay', () => {
    const html = injectPage(INDEX, PAGE)
    expect(html).toContain('href="/data/events.json"')
    expect(html).not.toContain('essay.compiled.json')
  })

  it('injectPage(html, page) throws when index.html lacks a place for the app', () => {
    expect(() =>
      injectPage(INDEX.replace('id="root"', 'id="app"'), PAGE),
    ).toThrow(/no <div id="root">/)
  })
})
