import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { buildApp } from '../scripts/appServer'
import { CACHE_ROOT, ROOT } from './paths'

/** Bench-only build plugin: raises src/data/datasetRules.ts's MAX_EVENTS to see how the app fares past it. */
const liftEventLimit: Plugin = {
  name: 'bench-lift-event-limit',
  transform(code, id) {
    if (!id.endsWith('/src/data/events/datasetRules.ts')) return null
    // Loud, so that moving the constant again cannot turn the option into a silent no-op.
    if (!/MAX_EVENTS = [\d_]+/.test(code))
      this.error(`--lift-event-limit: no "MAX_EVENTS = <n>" in ${id}`)
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
  /** Build this commit (`--ref HEAD`) instead of the working tree, which others may be editing mid-way. */
  readonly ref?: string | undefined
}

/** Where `--ref` builds check their commit out (source maps of such a build point into it). */
export const REF_ROOT = join(CACHE_ROOT, 'ref')

/** Exports `ref`'s files into the bench cache (git archive, read-only) with node_modules linked; returns the root. */
function checkout(ref: string): string {
  const dir = REF_ROOT
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const tar = execFileSync('git', ['archive', '--format=tar', ref], {
    cwd: ROOT,
    maxBuffer: 1 << 30,
  })
  execFileSync('tar', ['-x', '-C', dir], { input: tar })
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'))
  return dir
}

/** The app built into `outDir` (scripts/appServer.ts), from the working tree or `options.ref`. */
export async function buildBenchApp(
  outDir: string,
  options: BuildOptions = {},
): Promise<void> {
  await buildApp({
    outDir,
    root: options.ref ? checkout(options.ref) : ROOT,
    sourcemap: options.sourcemap ?? false,
    plugins: options.liftEventLimit ? [liftEventLimit] : [],
  })
}
