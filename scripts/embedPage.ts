import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'

/**
 * The embed page, `embed.html`: the app's own page with `data-page="embed"` on its body (main.tsx then
 * renders the embed), its own title and no indexing. Made from index.html rather than built as a second
 * input, so the app's page keeps its single script graph (a second entry splits the shared code into more,
 * less compressible chunks); it needs its own address because hosts match the framing headers by path.
 */
export function embedHtml(indexHtml: string): string {
  const page = indexHtml
    .replace(/<body>/, '<body class="is-embed" data-page="embed">')
    .replace(
      /<title>[\s\S]*?<\/title>/,
      '<title>Precedent Timeline (embedded timeline)</title>',
    )
    .replace(
      /<meta name="color-scheme"/,
      '<meta name="robots" content="noindex" />\n    <meta name="color-scheme"',
    )
  if (!page.includes('data-page="embed"'))
    throw new Error('embedHtml: index.html has no plain <body> to mark')
  return page
}

/** Writes dist/embed.html after the build; serves /embed.html from index.html in development. */
export function embedPage(): Plugin {
  let root = process.cwd()
  return {
    name: 'precedent-timeline:embed-page',
    configResolved(config) {
      root = config.root
    },
    writeBundle(options) {
      const dir = options.dir ?? join(root, 'dist')
      const index = readFileSync(join(dir, 'index.html'), 'utf8')
      writeFileSync(join(dir, 'embed.html'), embedHtml(index))
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
        if (path !== '/embed.html') return next()
        const index = readFileSync(join(root, 'index.html'), 'utf8')
        server
          .transformIndexHtml(req.url ?? path, embedHtml(index))
          .then((html) => {
            res.setHeader('content-type', 'text/html; charset=utf-8')
            res.end(html)
          }, next)
      })
    },
  }
}
