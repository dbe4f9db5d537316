import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** bench/ */
export const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url))
/** The repository root. */
export const ROOT = resolve(BENCH_DIR, '..')
/**
 * Generated files live under node_modules/.cache, which git, ESLint and Prettier already ignore (a folder in
 * bench/ would be linted and format-checked by `npm run check`).
 */
export const CACHE_ROOT = join(ROOT, 'node_modules/.cache/precedent-bench')
/** <CACHE_ROOT>/data/<N>/events.json and essay.md. */
export const DATA_ROOT = join(CACHE_ROOT, 'data')
/** The app built for the bench, apart from dist/ so it never races another build or preview of dist/. */
export const BENCH_DIST = join(CACHE_ROOT, 'dist')
