import { mkdirSync, writeFileSync } from 'node:fs'
import { COMPILED_ESSAY_FILE, compiledEssayJson } from '../scripts/compileEssay'
import { join } from 'node:path'
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

/**
 * Writes `<root>/<count>/events.json`, `essay.md` and its compiled form for each size; returns the folder
 * per size.
 */
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
    // What `npm run build` publishes beside an essay (scripts/compiledEssays.ts).
    writeFileSync(
      join(dir, COMPILED_ESSAY_FILE),
      compiledEssayJson(essayMd) ?? '',
    )
    dirs.set(count, dir)
  }
  return dirs
}
