import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { JSDOM } from 'jsdom'
import { type Plugin, runnerImport } from 'vite'
import type * as RenderPage from '../src/app/prerender/renderPage.tsx'

type Renderer = typeof RenderPage

/** Stylesheets imported by components mean nothing to the server renderer: each is an empty module. */
const noStylesheets: Plugin = {
  name: 'precedent-timeline:prerender-no-css',
  enforce: 'pre',
  resolveId: (source) => (source.endsWith('.css') ? '\0empty.css.js' : null),
  load: (id) => (id === '\0empty.css.js' ? 'export default ""' : null),
}

/** The server renderer, loaded through Vite's module runner (it imports the app, its CSS and JSX). */
async function loadRenderer(): Promise<Renderer> {
  const path = fileURLToPath(
    new URL('../src/app/prerender/renderPage.tsx', import.meta.url),
  )
  const { module } = await runnerImport<Renderer>(path, {
    configFile: false,
    logLevel: 'silent',
    plugins: [noStylesheets],
  })
  return module
}

/** What readers without JavaScript are told above the event list. */
const NOSCRIPT_NOTE =
  '<p class="noscript-note">Without JavaScript the timeline above is a still picture: every event on it is listed below, with its dates, summary, notes and sources.</p>'

/** Where the checked content goes, under the build's `data/`: named by its hash, so it can be cached for good. */
export function contentFileName(json: string): string {
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 12)
  return `featured.${hash}.json`
}

/** What `injectPage` puts in: the rendered page, and where its content file is served from. */
export type PageParts = {
  readonly appHtml: string
  readonly noscriptHtml: string
  readonly contentId: string
  readonly eventsSource: string
  readonly essaySource: string
  /** The content file's URL (`/data/featured.<hash>.json`). */
  readonly contentUrl: string
}

/**
 * `html` (the built index.html) with the pre-rendered app in `#root`, the event list in `<noscript>`, a
 * preload of the checked content's file in place of the compiled essay's (the page does not need that). Throws
 * when the page lacks a marker it needs, so a changed index.html cannot silently ship un-rendered.
 */
export function injectPage(html: string, page: PageParts): string {
  const replace = (
    pattern: RegExp,
    by: string | ((match: string, ...groups: string[]) => string),
    what: string,
  ) => {
    if (!pattern.test(html)) throw new Error(`index.html has no ${what}`)
    html = html.replace(pattern, typeof by === 'string' ? () => by : by)
  }
  replace(
    /<div id="root">[\s\S]*?<\/div>/,
    `<div id="root">${page.appHtml}</div>`,
    '<div id="root">',
  )
  replace(
    /(<noscript>[\s\S]*?)<p class="content-loader-status">[\s\S]*?<\/p>/,
    (_, before: string) => `${before}${NOSCRIPT_NOTE}${page.noscriptHtml}`,
    'noscript message',
  )
  replace(
    /<link\s+rel="preload"\s+href="[^"]*essay\.compiled\.json"[^>]*>/,
    `<link rel="preload" href="${page.contentUrl}" as="fetch" crossorigin id="${page.contentId}" data-events-source="${page.eventsSource}" data-essay-source="${page.essaySource}" />`,
    'compiled essay preload',
  )
  return html
}

/** The page's scripts and data files, taken out of `index.html` so that they load after its first paint. */
export type DeferredLoads = {
  /** `index.html` without them, and with the content file's link kept as a plain (not fetched) reference. */
  readonly html: string
  readonly entry: string
  readonly modules: readonly string[]
  readonly data: readonly string[]
}

/**
 * Takes the app's module script, its module preloads and the data preloads out of `html`: on a slow
 * connection they shared the bandwidth with the stylesheet, and the pre-rendered page waited for them to paint.
 * The content file's link stays as `rel="alternate"` (it names the file and its fingerprints; nothing fetches it).
 */
export function deferLoads(html: string, contentId: string): DeferredLoads {
  const entry =
    /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(html)
  if (!entry) throw new Error('index.html has no module script')
  const modules: string[] = []
  const data: string[] = []
  const out = html
    .replace(entry[0], '')
    .replace(
      /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g,
      (_, href: string) => {
        modules.push(href)
        return ''
      },
    )
    .replace(
      /<link\s+rel="preload"\s+href="([^"]+)"\s+as="fetch"\s+crossorigin([^>]*?)\s*\/>/g,
      (_, href: string, rest: string) => {
        data.push(href)
        return rest.includes(`id="${contentId}"`)
          ? `<link rel="alternate" type="application/json" href="${href}"${rest} />`
          : ''
      },
    )
  return { html: out, entry: entry[1]!, modules, data }
}

/**
 * The one script the page names: after the first paint (the next frame, or 250 ms in a hidden tab), it
 * preloads the modules and data files and imports the app, which hydrates the page.
 */
export function startScript(loads: Omit<DeferredLoads, 'html'>): string {
  return `// Written by scripts/prerender.ts: the pre-rendered page paints first, then the app loads and hydrates it.
const preload = (href, rel) => {
  const link = document.createElement('link')
  link.rel = rel
  if (rel === 'preload') link.as = 'fetch'
  link.crossOrigin = 'anonymous'
  link.href = href
  document.head.append(link)
}
let isStarted = false
const start = () => {
  if (isStarted) return
  isStarted = true
  for (const href of ${JSON.stringify(loads.modules)}) preload(href, 'modulepreload')
  for (const href of ${JSON.stringify(loads.data)}) preload(href, 'preload')
  import(${JSON.stringify(loads.entry)})
}
requestAnimationFrame(() => setTimeout(start, 0))
setTimeout(start, 250)
`
}

/**
 * After the build: renders the featured page into `index.html` (src/app/prerender/renderPage.tsx), so a reader
 * sees the essay and the timeline before any script runs, and the script hydrates them. Content with problems
 * is left to the browser to load and report, as before, with a warning here.
 */
export function prerender(): Plugin {
  let publicDir = ''
  let outDir = ''
  let base = '/'
  return {
    name: 'precedent-timeline:prerender',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir
      base = config.base
      outDir = config.build.outDir
      if (!outDir.startsWith('/')) outDir = join(config.root, outDir)
    },
    async writeBundle() {
      const read = (path: string) => readFileSync(path, 'utf8')
      const indexPath = join(outDir, 'index.html')
      const { renderPage } = await loadRenderer()
      const page = renderPage(
        read(join(publicDir, 'data/events.json')),
        read(join(publicDir, 'data/essay.md')),
        new JSDOM('').window.document,
      )
      if (!page.ok) {
        this.warn(
          `The featured content has problems; the page is not pre-rendered: ${page.problems
            .slice(0, 3)
            .map((p) => `${p.path}: ${p.message}`)
            .join('; ')}`,
        )
        return
      }
      const fileName = contentFileName(page.contentJson)
      mkdirSync(join(outDir, 'data'), { recursive: true })
      writeFileSync(join(outDir, 'data', fileName), page.contentJson)
      const injected = injectPage(read(indexPath), {
        ...page,
        contentUrl: `${base}data/${fileName}`,
      })
      const { html, ...loads } = deferLoads(injected, page.contentId)
      const script = startScript(loads)
      const hash = createHash('sha256').update(script).digest('hex').slice(0, 8)
      const startName = `assets/start-${hash}.js`
      writeFileSync(join(outDir, startName), script)
      writeFileSync(
        indexPath,
        html.replace(
          '</head>',
          `  <script type="module" crossorigin src="${base}${startName}"></script>\n  </head>`,
        ),
      )
    },
  }
}
