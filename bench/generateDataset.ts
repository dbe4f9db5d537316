import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRng } from './prng'
import { synthEssay } from './synthEssay'
import { synthEvent, type RawEvent } from './synthEvents'
import { AS_OF } from './vocabulary'

/** The benchmark's dataset sizes (event counts). */
export const SIZES = [100, 1_000, 10_000] as const
/** Fixed seed: the same datasets on every machine and run. */
export const SEED = 20250831

export type SyntheticContent = {
  /** The `events.json` document: `{ title, asOf, events }`. */
  readonly eventsJson: {
    readonly title: string
    readonly asOf: string
    readonly events: readonly RawEvent[]
  }
  /** The `essay.md` text. */
  readonly essayMd: string
}

/** Generates `count` events with the real schema and an essay citing a few hundred of them, deterministically. */
export function generateDataset(count: number, seed = SEED): SyntheticContent {
  const rng = createRng(seed ^ count)
  const events = Array.from({ length: count }, (_, i) =>
    synthEvent(rng, i + 1),
  ).sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id))
  return {
    eventsJson: {
      title: `Synthetic precedents (${count} events)`,
      asOf: AS_OF,
      events,
    },
    essayMd: synthEssay(rng, events),
  }
}

/** Writes `<root>/<count>/events.json` and `essay.md` for each size; returns the folder per size. */
export function writeDatasets(
  root: string,
  sizes: readonly number[] = SIZES,
): Map<number, string> {
  const dirs = new Map<number, string>()
  for (const count of sizes) {
    const dir = join(root, String(count))
    const { eventsJson, essayMd } = generateDataset(count)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'events.json'), JSON.stringify(eventsJson))
    writeFileSync(join(dir, 'essay.md'), essayMd)
    dirs.set(count, dir)
  }
  return dirs
}

/**
 * Where the generated datasets live: under node_modules/.cache, which git, ESLint and Prettier already
 * ignore (a folder in bench/ would be linted and format-checked by `npm run check`).
 */
export const CACHE_ROOT = resolve(
  fileURLToPath(new URL('..', import.meta.url)),
  'node_modules/.cache/precedent-bench',
)
export const DATA_ROOT = join(CACHE_ROOT, 'data')

// `tsx bench/generateDataset.ts` writes the datasets without running the benchmark.
if (
  process.argv[1] &&
  resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  for (const [count, dir] of writeDatasets(DATA_ROOT))
    console.log(`${count} events -> ${dir}`)
}
