/**
 * The one way the browser checks build and serve the app: the e2e tests (Playwright's global setup), the CSP
 * check, the Lighthouse audit and the bench. Both steps use Vite's own API, so what is checked is what
 * `vite build` ships and what `vite preview` serves (gzip included, as a host would).
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join } from 'node:path'
import { build, preview, type Plugin } from 'vite'

/** The repository root. */
export const ROOT = join(import.meta.dirname, '..')
/** Where `buildApp()` writes by default, as `vite build` does. */
export const DIST = join(ROOT, 'dist')

export type BuildOptions = {
  /** Default: dist/. Callers that build beside another run (bench, CSP check) pass their own folder. */
  readonly outDir?: string
  /** The source tree to build; default the repository (the bench builds a checked-out commit). */
  readonly root?: string
  /** Write .map files beside the output. */
  readonly sourcemap?: boolean
  /** Added to the project's own (vite.config.ts) plugins. */
  readonly plugins?: readonly Plugin[]
}

/** `vite build` at base '/' (no type-check: `npm run check` does that). */
export async function buildApp(options: BuildOptions = {}): Promise<void> {
  await build({
    root: options.root ?? ROOT,
    base: '/',
    logLevel: 'warn',
    plugins: [...(options.plugins ?? [])],
    build: {
      outDir: options.outDir ?? DIST,
      emptyOutDir: true,
      sourcemap: options.sourcemap ?? false,
    },
  })
}

/** A file to answer a URL path with instead of the build's, or null to let the build answer. */
export type Override = (path: string) => string | null

export type ServeOptions = {
  /** The build to serve; default dist/. */
  readonly distDir?: string
  /** Default 0: a free port. Any other port must be free (the audit's fixed URL). */
  readonly port?: number
  /**
   * Files served as they are (uncompressed, never cached) in place of the build's: the bench's synthetic
   * datasets at /data/ and its comparison page.
   */
  readonly override?: Override
}

export type AppServer = {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string
  readonly close: () => Promise<void>
}

const OVERRIDE_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
}

function sendFile(res: ServerResponse, file: string): void {
  if (!existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    return
  }
  res.writeHead(200, {
    'content-type': OVERRIDE_TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': statSync(file).size,
    'cache-control': 'no-store',
  })
  createReadStream(file).pipe(res)
}

/** Answers overridden paths before Vite's compression and static middlewares see the request. */
function overridePlugin(override: Override): Plugin {
  return {
    name: 'serve-app-override',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
        const file = override(path)
        if (file === null) return next()
        sendFile(res, file)
      })
    },
  }
}

/** Serves a build with Vite's preview server on 127.0.0.1. */
export async function serveApp(options: ServeOptions = {}): Promise<AppServer> {
  const port = options.port ?? 0
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: options.distDir ?? DIST },
    preview: { host: '127.0.0.1', port, strictPort: port !== 0, open: false },
    plugins: options.override ? [overridePlugin(options.override)] : [],
  })
  const address = server.httpServer.address() as AddressInfo | null
  if (!address) {
    await server.close()
    throw new Error('The preview server is not listening')
  }
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => server.close(),
  }
}
