import { readFileSync, writeFileSync } from 'node:fs'
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

/**
 * `html` (the built index.html) with the pre-rendered app in `#root`, the event list in `<noscript>`, the
 * checked content as JSON data, and no preload of the compiled essay (the page carries it). Throws when the
 * page lacks a marker it needs, so a changed index.html cannot silently ship un-rendered.
 */
export function injectPage(
  html: string,
  page: {
    appHtml: string
    noscriptHtml: string
    contentJson: string
    contentId: string
  },
): string {
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
    /\s*<link\s+rel="preload"\s+href="[^"]*essay\.compiled\.json"[^>]*>/,
    '',
    'compiled essay preload',
  )
  replace(
    /<\/body>/,
    `<script type="application/json" id="${page.contentId}">${page.contentJson}</script>\n</body>`,
    '</body>',
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
  return {
    name: 'precedent-timeline:prerender',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir
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
      writeFileSync(indexPath, injectPage(read(indexPath), page))
    },
  }
}
