/**
 * `tsx bench/readmeTable.ts [results.json]`: the README's performance tables in Markdown, from a bench
 * result (default bench/results/latest.json): the budgets with what was measured, then ready times and load
 * long tasks per size and target. Paste the output under "Performance".
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BudgetLine } from './budgets'
import { BENCH_DIR } from './paths'
import type { SeriesSummary } from './summarize'

type Results = {
  readonly generatedAt: string
  readonly note: string
  readonly budgetLines: readonly BudgetLine[]
  readonly series: readonly SeriesSummary[]
}

const file = process.argv[2] ?? join(BENCH_DIR, 'results/latest.json')
const results = JSON.parse(readFileSync(file, 'utf8')) as Results
const ms = (v: number | null) =>
  v === null ? '—' : `${Math.round(v).toLocaleString('en-US')} ms`
const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
const verdict = (l: BudgetLine) =>
  l.pass === null ? '—' : l.pass ? 'met' : '**missed**'

const lines = [
  `Bench of ${results.generatedAt.slice(0, 10)}: ${results.note}`,
  '',
  row(['', 'budget', 'measured', '']),
  row(['---', '---', '---', '---']),
  ...results.budgetLines.map((l) =>
    row([l.what, l.budget, l.measured, verdict(l)]),
  ),
  '',
]
const targets = [...new Set(results.series.map((s) => s.target))]
lines.push(
  row(['ready (longest task in load)', ...targets]),
  row(['---', ...targets.map(() => '---')]),
)
for (const size of [...new Set(results.series.map((s) => s.size))]) {
  const cell = (target: string) => {
    const s = results.series.find((x) => x.size === size && x.target === target)
    return s && s.readyRuns > 0
      ? `${ms(s.readyMs)} (${ms(s.loadLongTaskMaxMs)})`
      : '—'
  }
  lines.push(
    row([`${size.toLocaleString('en-US')} events`, ...targets.map(cell)]),
  )
}
console.log(lines.join('\n'))
