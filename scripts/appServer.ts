/**
 * The one way the browser checks build and serve the app: the e2e tests (Playwright's global setup), the CSP
 * check, the Lighthouse audit and the bench. Both steps use Vite's own API, so what is checked is what
 * `vite build` ships and what `vite preview` serves (gzip included, as a host would).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
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
  /**
   * Gzip the overridden files for clients that accept it, as a static host serves files replaced after the
   * build (still never cached). Default false: as they are.
   */
  readonly compressOverrides?: boolean
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

/** Gzipped bodies by path and modification time: a 7 MB dataset is compressed once, not on every request. */
const gzipped = new Map<string, Buffer>()

function gzipOf(file: string): Buffer {
  const key = `${file}@${statSync(file).mtimeMs}`
  let body = gzipped.get(key)
  if (!body) {
    body = gzipSync(readFileSync(file))
    gzipped.set(key, body)
  }
  return body
}

function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  compress: boolean,
): void {
  if (!existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    return
  }
  const headers = {
    'content-type': OVERRIDE_TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  }
  if (compress && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
    const body = gzipOf(file)
    res.writeHead(200, {
      ...headers,
      'content-encoding': 'gzip',
      'content-length': body.length,
      vary: 'accept-encoding',
    })
    res.end(body)
    return
  }
  res.writeHead(200, { ...headers, 'content-length': statSync(file).size })
  createReadStream(file).pipe(res)
}

/** Answers overridden paths before Vite's compression and static middlewares see the request. */
function overridePlugin(override: Override, compress: boolean): Plugin {
  return {
    name: 'serve-app-override',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
        const file = override(path)
        if (file === null) return next()
        sendFile(req, res, file, compress)
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
    plugins: options.override
      ? [overridePlugin(options.override, options.compressOverrides ?? false)]
      : [],
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
