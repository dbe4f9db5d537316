import { join } from 'node:path'
import { serveApp } from '../scripts/appServer'

export type BenchServer = {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string
  /**
   * Serves this dataset folder's events.json and essay.md at /data/… from now on, with its compiled essay or
   * without (files replaced after the build); null: the build's own content (the featured essay).
   */
  readonly useDataset: (dir: string | null, withCompiledEssay?: boolean) => void
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
 * The built app on 127.0.0.1 (a free port; scripts/appServer.ts), with the peers' pages and the current
 * synthetic dataset, which replaces the files of /data/. Everything is gzipped as a static host would (the
 * datasets included), and the datasets are never cached. Closed by `close()`.
 */
export async function startServer(roots: ServerRoots): Promise<BenchServer> {
  let dataDir: string | null = null
  let hasCompiledEssay = true
  const server = await serveApp({
    distDir: roots.distDir,
    compressOverrides: true,
    override: (path) => {
      const name = DATA_FILE.exec(path)?.[1]
      if (name && dataDir)
        // A missing file answers 404, as a site that never had one.
        return name === 'essay.compiled.json' && !hasCompiledEssay
          ? join(dataDir, 'no-compiled-essay')
          : join(dataDir, name)
      return roots.files.get(path) ?? null
    },
  })
  return {
    origin: server.origin,
    useDataset: (dir, withCompiledEssay = true) => {
      dataDir = dir
      hasCompiledEssay = withCompiledEssay
    },
    close: server.close,
  }
}
