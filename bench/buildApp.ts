import { build, type Plugin } from 'vite'
import { ROOT } from './paths'

/** Bench-only build plugin: raises src/data/datasetSchema.ts's MAX_EVENTS to see how the app fares past it. */
const liftEventLimit: Plugin = {
  name: 'bench-lift-event-limit',
  transform(code, id) {
    if (!id.endsWith('/src/data/datasetSchema.ts')) return null
    // `map: null`: the edit moves no code, so the existing source map still holds.
    return {
      code: code.replace(/MAX_EVENTS = [\d_]+/, 'MAX_EVENTS = 1_000_000'),
      map: null,
    }
  },
}

export type BuildOptions = {
  /** Write .map files beside the output (for bundleContents and profile). */
  readonly sourcemap?: boolean
  /** Build with the app's event-count limit lifted (`--lift-event-limit`). */
  readonly liftEventLimit?: boolean
}

/** `vite build` of the app into `outDir` at base '/', as the bench server serves it. */
export async function buildApp(
  outDir: string,
  options: BuildOptions = {},
): Promise<void> {
  await build({
    root: ROOT,
    base: '/',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: options.sourcemap ?? false,
      chunkSizeWarningLimit: 10_000,
    },
    plugins: options.liftEventLimit ? [liftEventLimit] : [],
  })
}
