/**
 * `npm run bench:schema`: how much slower zod/mini's `datasetSchema.safeParse` is than the zod-free fast path
 * (`parseValidDataset`) on a valid synthetic events.json of 1,000 and 10,000 events. Prints the medians of 15
 * runs each and their ratio: the fast path is kept while zod takes more than 1.5 times its time.
 */
import '../src/data/zodConfig'
import { datasetSchema } from '../src/data/events/datasetSchema'
import { parseValidDataset } from '../src/data/events/datasetFastPath'
import { generateDataset } from './generateDataset'
import { medianOf } from './stats'

const RUNS = 15

/** Median milliseconds of `RUNS` calls, after two warm-up calls; throws if the file is not accepted. */
function time(run: () => unknown): number {
  const times: number[] = []
  for (let i = 0; i < RUNS + 2; i++) {
    const started = performance.now()
    const ok = run()
    const ms = performance.now() - started
    if (!ok) throw new Error('the synthetic file was refused')
    if (i >= 2) times.push(ms)
  }
  return medianOf(times) ?? Number.NaN
}

for (const count of [1_000, 10_000]) {
  // A fresh copy, as the page parses a freshly fetched file.
  const input: unknown = JSON.parse(
    JSON.stringify(generateDataset(count).eventsJson),
  )
  const zod = time(() => datasetSchema.safeParse(input).success)
  const fast = time(() => parseValidDataset(input))
  console.log(
    `${count.toLocaleString('en-US').padStart(6)} events: zod/mini ${zod.toFixed(1)} ms, fast path ${fast.toFixed(1)} ms (medians of ${RUNS}), zod/fast ${(zod / fast).toFixed(2)}×`,
  )
}
