import { join } from 'node:path'
import { serveApp } from '../scripts/appServer'

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

const DATA_FILE = /\/data\/(essay\.md|events\.json|essay\.compiled\.json)$/

/**
 * The built app on 127.0.0.1 (a free port; scripts/appServer.ts), with the vis-timeline page's files and the
 * current synthetic dataset, which replaces the files of /data/. Those are served as they are, never
 * compressed or cached. Closed by `close()`.
 */
export async function startServer(roots: ServerRoots): Promise<BenchServer> {
  let dataDir: string | null = null
  const server = await serveApp({
    distDir: roots.distDir,
    override: (path) => {
      const name = DATA_FILE.exec(path)?.[1]
      if (name && dataDir) return join(dataDir, name)
      return roots.files.get(path) ?? null
    },
  })
  return {
    origin: server.origin,
    useDataset: (dir) => {
      dataDir = dir
    },
    close: server.close,
  }
}
