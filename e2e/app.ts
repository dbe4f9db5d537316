import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { build, preview, type PreviewServer } from 'vite'

export const ROOT = join(import.meta.dirname, '..')
export const DIST = join(ROOT, 'dist')

/** Builds the app into dist/ with Vite's JS API (no type-check: `npm run check` does that). */
export async function buildApp(): Promise<void> {
  await build({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: DIST, emptyOutDir: true },
  })
}

export type AppServer = {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string
  readonly close: () => Promise<void>
}

/** Serves dist/ with Vite's preview server on 127.0.0.1 (a free port unless `port` is given). */
export async function serveApp(
  port = 0,
  strictPort = false,
): Promise<AppServer> {
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: DIST },
    preview: { host: '127.0.0.1', port, strictPort, open: false },
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
