/** `tsx bench/generate.ts`: writes the synthetic datasets without running the benchmark. */
import { writeDatasets } from './generateDataset'
import { DATA_ROOT } from './paths'

for (const [count, dir] of writeDatasets(DATA_ROOT))
  console.log(`${count} events -> ${dir}`)
