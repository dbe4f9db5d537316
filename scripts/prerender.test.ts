import { describe, expect, it } from 'vitest'
import {
  contentFileName,
  deferLoads,
  injectPage,
  startScript,
} from './prerender'

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
  contentId: 'featured-content',
  eventsSource: '12:abcdef01',
  essaySource: '34:23456789',
  contentUrl: '/data/featured.0123456789ab.json',
}

describe('injectPage', () => {
  it('injectPage(html, page) puts the app in #root and the list in <noscript>', () => {
    const html = injectPage(INDEX, PAGE)
    expect(html).toContain('<div id="root"><div class="app">$1 app</div></div>')
    expect(html).not.toContain('Loading the timeline')
    expect(html).toMatch(
      /<noscript>\s*<link rel="stylesheet" href="\/noscript.css" \/>\s*<p class="noscript-note">[^<]*<\/p><section>events<\/section>\s*<\/noscript>/,
    )
  })

  it('injectPage(html, page) preloads the content file in place of the compiled essay, with the fingerprints', () => {
    const html = injectPage(INDEX, PAGE)
    expect(html).toContain('href="/data/events.json"')
    expect(html).not.toContain('essay.compiled.json')
    expect(html).toContain(
      '<link rel="preload" href="/data/featured.0123456789ab.json" as="fetch" crossorigin id="featured-content" data-events-source="12:abcdef01" data-essay-source="34:23456789" />',
    )
  })

  it('contentFileName(json) changes with the content', () => {
    expect(contentFileName('{"a":1}')).toMatch(/^featured\.[0-9a-f]{12}\.json$/)
    expect(contentFileName('{"a":1}')).not.toBe(contentFileName('{"a":2}'))
  })

  it('injectPage(html, page) throws when index.html lacks a place for the app', () => {
    expect(() =>
      injectPage(INDEX.replace('id="root"', 'id="app"'), PAGE),
    ).toThrow(/no <div id="root">/)
  })
})

const BUILT = `<head>
    <script type="module" crossorigin src="/assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/names-b.js">
    <link rel="stylesheet" crossorigin href="/assets/index-c.css">
  </head><body>
<link rel="preload" href="/data/events.json" as="fetch" crossorigin />
<link rel="preload" href="/data/featured.0123.json" as="fetch" crossorigin id="featured-content" data-events-source="1:a" />
</body>`

describe('deferLoads', () => {
  it('deferLoads(html, id) takes out the scripts and data preloads, keeping the stylesheet and the content link', () => {
    const { html, entry, modules, data } = deferLoads(BUILT, 'featured-content')
    expect(entry).toBe('/assets/index-a.js')
    expect(modules).toEqual(['/assets/names-b.js'])
    expect(data).toEqual(['/data/events.json', '/data/featured.0123.json'])
    expect(html).not.toMatch(/<script|modulepreload|rel="preload"/)
    expect(html).toContain('href="/assets/index-c.css"')
    expect(html).toContain(
      '<link rel="alternate" type="application/json" href="/data/featured.0123.json" id="featured-content" data-events-source="1:a" />',
    )
  })

  it('startScript(loads) preloads every module and file, then imports the entry after the first paint', () => {
    const script = startScript({
      entry: '/assets/index-a.js',
      modules: ['/assets/names-b.js'],
      data: ['/data/events.json'],
    })
    expect(script).toContain('["/assets/names-b.js"]')
    expect(script).toContain('["/data/events.json"]')
    expect(script).toContain('import("/assets/index-a.js")')
    expect(script).toContain('requestAnimationFrame')
  })
})
