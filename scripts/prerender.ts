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
  '<p class="noscript-note">Without JavaScript the timeline above is a still picture: every event the essay cites is listed below, with its dates, summary and sources.</p>'

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
      writeFileSync(
        indexPath,
        injectPage(read(indexPath), {
          ...page,
          contentUrl: `${base}data/${fileName}`,
        }),
      )
    },
  }
}
