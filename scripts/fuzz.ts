/**
 * `npm run fuzz [-- --seconds 60 --seed 42 --bound-ms 500]`: runs every parser and importer on generated
 * hostile input for the given time and checks that none throws, none reports an internal error (see
 * src/test/internalErrors.ts), and every call returns
 * within the time bound. Seeded, so a failure can be replayed; the failing input is written to
 * test-results/fuzz-failure.txt. Exits 1 on the first failure.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import {
  compileEssay,
  readCompiledEssay,
} from '../src/data/essay/compiledEssay'
import { htmlLinks, htmlToText } from '../src/data/import/htmlText'
import { checkHttpsUrl } from '../src/data/httpsUrl'
import { makeBundle, validateBundle } from '../src/data/import/bundle'
import { importSpreadsheet } from '../src/data/import/importSpreadsheet'
import {
  importTimelineJs,
  type ImportResult,
} from '../src/data/import/importTimelineJs'
import { parseDataset } from '../src/data/events/parseDataset'
import { parseDatasetFast } from '../src/data/events/parseDatasetFast'
import { parseEssay } from '../src/data/essay/parseEssay'
import { validateContent } from '../src/data/validateContent'
import { internalError } from '../src/test/internalErrors'
import { makeInputs, type Rng } from './fuzzInputs'

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    'bound-ms': { type: 'string', default: '500' },
  },
})
const seconds = Number(values.seconds)
const seed = Number(values.seed)
const boundMs = Number(values['bound-ms'])

/** A small seeded generator (mulberry32): the same seed gives the same inputs. */
function rng(seedValue: number): Rng {
  let a = seedValue >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Inputs = ReturnType<typeof makeInputs>
/** `prepare` builds what `run` needs outside the clock (a compiled essay needs the essay parsed first). */
type Target = {
  name: string
  prepare?: (input: Inputs) => unknown
  run: (input: Inputs, prepared: unknown) => unknown
  /** Checks `run`'s result outside the clock (an import's converted pair must open). */
  after?: (result: ImportResult) => unknown
}

const TARGETS: readonly Target[] = [
  { name: 'parseEssay', run: (i) => parseEssay(i.markdown) },
  {
    name: 'readCompiledEssay',
    prepare: (i) => i.mutate(compileEssay(i.markdown, parseEssay(i.markdown))),
    run: (i, compiled) => readCompiledEssay(compiled, i.markdown),
  },
  { name: 'parseDataset', run: (i) => parseDataset(i.dataset) },
  { name: 'parseDatasetFast', run: (i) => parseDatasetFast(i.dataset) },
  {
    name: 'validateContent',
    run: (i) => validateContent(i.datasetText, i.markdown),
  },
  {
    name: 'importTimelineJs',
    run: (i) => importTimelineJs(i.timelineJs, '2025-08-31'),
    after: opened,
  },
  {
    name: 'importSpreadsheet',
    run: (i) => importSpreadsheet(i.spreadsheet, 'fuzz.csv', '2025-08-31'),
    after: opened,
  },
  { name: 'htmlToText', run: (i) => [htmlToText(i.html), htmlLinks(i.html)] },
  { name: 'checkHttpsUrl', run: (i) => checkHttpsUrl(i.url) },
]

/**
 * What "Open…" does with an import: validate the converted pair. Whatever an import accepts must open, so a
 * problem here is reported as an internal error (a bug of ours), like a throw.
 */
function opened(result: ImportResult): unknown {
  // The essay's own parse is timed by the parseEssay target; here only its answer matters.
  if (!result.ok) return result
  const { eventsFile, essay } = result.value
  const shown = validateBundle(makeBundle(eventsFile, essay))
  return shown.ok
    ? shown
    : {
        problems: shown.problems.map((p) => ({
          path: p.path,
          message: `could not be converted: ${p.message}`,
        })),
      }
}

function fail(target: string, why: string, input: unknown): never {
  const dir = join(import.meta.dirname, '..', 'test-results')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, 'fuzz-failure.txt')
  writeFileSync(
    file,
    `${target}: ${why}\nseed ${seed}\n\n${JSON.stringify(input, null, 1)}\n`,
  )
  console.error(`FAILED ${target}: ${why} (seed ${seed}; input in ${file})`)
  process.exit(1)
}

const random = rng(seed)
const stats = new Map<string, { calls: number; maxMs: number }>()
const deadline = Date.now() + seconds * 1000
let rounds = 0
console.log(`fuzz: ${seconds} s, seed ${seed}, bound ${boundMs} ms per call`)
while (Date.now() < deadline) {
  const input = makeInputs(random)
  for (const target of TARGETS) {
    let result: unknown
    let started = performance.now()
    try {
      const prepared = target.prepare?.(input)
      started = performance.now()
      result = target.run(input, prepared)
    } catch (error) {
      fail(target.name, `threw ${String(error)}`, input)
    }
    const ms = performance.now() - started
    if (ms > boundMs) fail(target.name, `took ${ms.toFixed(0)} ms`, input)
    let checked = result
    try {
      if (target.after) checked = target.after(result as ImportResult)
    } catch (error) {
      fail(target.name, `its result threw ${String(error)}`, input)
    }
    const internal = internalError(result) ?? internalError(checked)
    if (internal)
      fail(
        target.name,
        `internal error: ${internal.path}: ${internal.message}`,
        input,
      )
    const s = stats.get(target.name) ?? { calls: 0, maxMs: 0 }
    stats.set(target.name, { calls: s.calls + 1, maxMs: Math.max(s.maxMs, ms) })
  }
  rounds++
}
for (const [name, s] of stats)
  console.log(`  ${name}: ${s.calls} calls, slowest ${s.maxMs.toFixed(1)} ms`)
console.log(`fuzz passed: ${rounds} rounds, seed ${seed}`)
