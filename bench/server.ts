import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

export type BenchServer = {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string
  /** Serves this dataset folder's events.json and essay.md at /data/… from now on. */
  readonly useDataset: (dir: string) => void
  readonly close: () => Promise<void>
}

export type ServerRoots = {
  /** The built app (index.html at /). */
  readonly distDir: string
  /** Extra exact paths, e.g. '/vis/' -> bench/vis/index.html. */
  readonly files: ReadonlyMap<string, string>
}

function send(res: ServerResponse, file: string): void {
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': statSync(file).size,
    'cache-control': 'no-store',
  })
  createReadStream(file).pipe(res)
}

/** A file under `root` for a URL path, or null (never escapes `root`). */
function fileUnder(root: string, urlPath: string): string | null {
  const file = normalize(join(root, decodeURIComponent(urlPath)))
  if (!file.startsWith(root + sep)) return null
  return existsSync(file) && statSync(file).isFile() ? file : null
}

/**
 * A static server on 127.0.0.1 (free port) for the built app, the vis-timeline page and the current
 * synthetic dataset, which replaces the files of /data/. Closed by `close()`.
 */
export async function startServer(roots: ServerRoots): Promise<BenchServer> {
  let dataDir: string | null = null
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    if (path === '/favicon.ico') {
      res.writeHead(204).end() // the vis page has none; keeps 404s out of the page's console errors
      return
    }
    const name = /\/data\/(events\.json|essay\.md|essay\.compiled\.json)$/.exec(
      path,
    )?.[1]
    const file =
      (name && dataDir ? join(dataDir, name) : null) ??
      roots.files.get(path) ??
      (path === '/'
        ? join(roots.distDir, 'index.html')
        : fileUnder(roots.distDir, path))
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    send(res, file)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    useDataset: (dir) => {
      dataDir = dir
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
