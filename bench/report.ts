import type { BundleSizes } from './bundle'
import {
  type BudgetLine,
  budgetLines,
  type FirstPaintFigures,
  missed,
  peerLines,
} from './budgets'
import type { PhaseSummary, SeriesSummary } from './summarize'

type Figures = SeriesSummary | undefined

const ms = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : `${v.toFixed(v < 100 ? 1 : 0)} ms`
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
const mb = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : `${(v / 1e6).toFixed(1)} MB`
const pair = (p: PhaseSummary | undefined) =>
  !p || p.p95Ms === null ? '—' : `${ms(p.medianMs)} / ${ms(p.p95Ms)}`
const longTasks = (
  count: number | null | undefined,
  maxMs: number | null | undefined,
) =>
  count === null || count === undefined ? '—' : `${count} (max ${ms(maxMs)})`
const pct = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : `${v.toFixed(0)}%`
/** Main-thread busy share during scrub / zoom / pan. */
const busy = (s: Figures) =>
  s ? [s.scrub, s.zoom, s.pan].map((p) => pct(p.busyPct)).join(' / ') : '—'
const at = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : v.toFixed(0)
/** When, on the way to the ready mark, the scripts had run / events.json had arrived / the content was checked. */
const steps = (s: Figures) =>
  s
    ? `${at(s.steps.scriptsMs)} / ${at(s.steps.dataMs)} / ${at(s.steps.contentMs)} ms`
    : '—'

/** One column per target measured at this size. */
function sizeRows(columns: readonly SeriesSummary[]): string[][] {
  const row = (label: string, cell: (s: SeriesSummary) => string) => [
    label,
    ...columns.map(cell),
  ]
  return [
    ['', ...columns.map((s) => s.target)],
    row('first render (ready)', (s) => ms(s.readyMs)),
    row('  scripts/data/checked at', steps),
    row('scrub p50 / p95', (s) => pair(s.scrub)),
    row('zoom p50 / p95', (s) => pair(s.zoom)),
    row('pan p50 / p95', (s) => pair(s.pan)),
    row('main thread busy s/z/p', busy),
    row('idle p50 / p95 (floor)', (s) => pair(s.idle)),
    row('long tasks in load', (s) =>
      longTasks(s.loadLongTasks, s.loadLongTaskMaxMs),
    ),
    row('long tasks after load', (s) =>
      longTasks(s.afterLoadLongTasks, s.afterLoadLongTaskMaxMs),
    ),
    row('JS heap after load, GC', (s) => mb(s.heapBytes)),
  ]
}

function table(rows: readonly (readonly string[])[]): string {
  const widths =
    rows[0]?.map((_, col) =>
      Math.max(...rows.map((r) => (r[col] ?? '').length)),
    ) ?? []
  return rows
    .map((r) =>
      r
        .map((cell, col) => cell.padEnd(widths[col] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

function notes(s: SeriesSummary): string[] {
  const lines = s.timedOut
    ? [`  ${s.target}: stopped at the series time limit after ${s.runs} run(s)`]
    : []
  for (const m of [s.scrub.method, s.pan.method])
    if (m?.includes('(no ')) lines.push(`  ${s.target}: ${m}`)
  for (const p of s.problems.slice(0, 4)) lines.push(`  ${s.target}: ${p}`)
  return lines
}

const verdict = (line: BudgetLine) =>
  line.pass === null ? '—' : line.pass ? 'pass' : 'MISSED'

/** The budget table as printed (and as the README's performance table is made from). */
export function budgetTable(lines: readonly BudgetLine[]): string {
  return table([
    ['budget', 'measured', 'budget', ''],
    ...lines.map((l) => [l.what, l.measured, l.budget, verdict(l)]),
  ])
}

export type Report = {
  readonly text: string
  readonly budgets: readonly BudgetLine[]
  /** Budgets measured and missed: the bench exits non-zero when there is one. */
  readonly missed: readonly BudgetLine[]
}

/** The printed report: bundle, one block per dataset (every target side by side), then the budgets. */
export function formatReport(
  bundle: BundleSizes,
  peerBundles: Readonly<Record<string, BundleSizes>>,
  series: readonly SeriesSummary[],
  featuredSize: number,
  firstPaint: FirstPaintFigures | null = null,
): Report {
  const lines = [
    table([
      ['initial load, gzip -9', 'JS', 'CSS'],
      ['ours', kb(bundle.js.gzipBytes), kb(bundle.css.gzipBytes)],
      ...Object.entries(peerBundles).map(([name, b]) => [
        name,
        kb(b.js.gzipBytes),
        b.css.files.length === 0 ? 'in its JS' : kb(b.css.gzipBytes),
      ]),
    ]),
  ]
  for (const size of [...new Set(series.map((s) => s.size))]) {
    const columns = series.filter((s) => s.size === size)
    const ready = columns.map((s) => `${s.target} ${s.readyRuns}/${s.runs}`)
    const label =
      size === featuredSize
        ? `${size} events, the featured content`
        : `${size.toLocaleString('en-US')} events`
    lines.push('', `${label} (runs ready: ${ready.join(', ')})`)
    lines.push(table(sizeRows(columns)), ...columns.flatMap(notes))
  }
  const budgets = budgetLines(bundle, series, featuredSize, firstPaint)
  const peers = peerLines(series)
  lines.push('', budgetTable(budgets))
  if (peers.length > 0)
    lines.push(
      '',
      'ready-time ratios to each peer (ours ÷ theirs; below 1 is faster):',
      table(peers.map((l) => [`  ${l.what}`, l.measured])),
    )
  const over = missed(budgets)
  lines.push(
    '',
    over.length === 0
      ? 'Every measured budget is met.'
      : `Missed: ${over.map((l) => l.what).join('; ')}`,
  )
  return { text: lines.join('\n'), budgets, missed: over }
}
