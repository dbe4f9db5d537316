import type { BundleSizes } from './bundle'
import type { PhaseSummary, SeriesSummary } from './summarize'

/** The issue's budgets (this machine, headless Chromium). Sizes in bytes (1 kB = 1,000 B). */
export const BUDGETS = {
  readyMs: 500,
  frameP95Ms: 16.7,
  afterLoadLongTaskMs: 100,
  jsGzipBytes: 110_000,
  cssGzipBytes: 15_000,
} as const

/**
 * rAF deltas in vsync-locked headless Chromium sit at 16.7 ms even when idle, with timestamps rounded to
 * 0.1 ms and ±0.1 ms jitter, so "p95 under 16.7 ms" is read as "p95 within one 60 Hz frame": under 17.5 ms.
 * A dropped frame shows as 33.3 ms.
 */
export const FRAME_ALLOWANCE_MS = 0.8

type Verdict = 'pass' | 'FAIL' | '—'
type Figures = SeriesSummary | undefined

const ms = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : `${v.toFixed(v < 100 ? 1 : 0)} ms`
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
const mb = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : `${(v / 1e6).toFixed(1)} MB`
const pair = (p: PhaseSummary | undefined) =>
  !p || p.p95Ms === null ? '—' : `${ms(p.medianMs)} / ${ms(p.p95Ms)}`
const below = (v: number | null | undefined, limit: number): Verdict =>
  v === null || v === undefined ? '—' : v < limit ? 'pass' : 'FAIL'
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

/** vis-timeline's figure divided by ours: "12×" means ours is 12 times smaller (faster or lighter). */
function ratio(
  ours: number | null | undefined,
  vis: number | null | undefined,
): string {
  if (
    ours === null ||
    ours === undefined ||
    vis === null ||
    vis === undefined ||
    ours <= 0
  )
    return '—'
  return `${(vis / ours).toFixed(vis / ours < 10 ? 2 : 0)}×`
}

function sizeRows(ours: Figures, vis: Figures): string[][] {
  const frameRow = (key: 'scrub' | 'zoom' | 'pan') => [
    `${key} p50 / p95`,
    pair(ours?.[key]),
    pair(vis?.[key]),
    ratio(ours?.[key].p95Ms, vis?.[key].p95Ms),
    `p95 < ${BUDGETS.frameP95Ms} ms`,
    below(ours?.[key].p95Ms, BUDGETS.frameP95Ms + FRAME_ALLOWANCE_MS),
  ]
  const afterLoadMax = ours?.afterLoadLongTaskMaxMs
  return [
    ['', 'ours', 'vis-timeline', 'vis/ours', 'budget', 'ours'],
    [
      'first render',
      ms(ours?.readyMs),
      ms(vis?.readyMs),
      ratio(ours?.readyMs, vis?.readyMs),
      `< ${BUDGETS.readyMs} ms`,
      below(ours?.readyMs, BUDGETS.readyMs),
    ],
    ['  scripts/data/checked at', steps(ours), steps(vis), '', '', ''],
    frameRow('scrub'),
    frameRow('zoom'),
    frameRow('pan'),
    ['main thread busy s/z/p', busy(ours), busy(vis), '', '', ''],
    ['idle p50 / p95 (floor)', pair(ours?.idle), pair(vis?.idle), '', '', ''],
    [
      'long tasks in load',
      longTasks(ours?.loadLongTasks, ours?.loadLongTaskMaxMs),
      longTasks(vis?.loadLongTasks, vis?.loadLongTaskMaxMs),
      '',
      '',
      '',
    ],
    [
      'long tasks after load',
      longTasks(ours?.afterLoadLongTasks, afterLoadMax),
      longTasks(vis?.afterLoadLongTasks, vis?.afterLoadLongTaskMaxMs),
      ratio(afterLoadMax, vis?.afterLoadLongTaskMaxMs),
      `none > ${BUDGETS.afterLoadLongTaskMs} ms`,
      below(afterLoadMax, BUDGETS.afterLoadLongTaskMs + 0.5),
    ],
    [
      'JS heap after load, GC',
      mb(ours?.heapBytes),
      mb(vis?.heapBytes),
      ratio(ours?.heapBytes, vis?.heapBytes),
      '',
      '',
    ],
  ]
}

/** Rows by country (`?rows=country`): the same gestures and frame budget as the lanes. */
function rowsByCountry(rows: SeriesSummary): string[][] {
  const frame = (key: 'scrub' | 'zoom' | 'pan') => [
    `${key} p50 / p95`,
    pair(rows[key]),
    `p95 < ${BUDGETS.frameP95Ms} ms`,
    below(rows[key].p95Ms, BUDGETS.frameP95Ms + FRAME_ALLOWANCE_MS),
  ]
  return [
    [
      `rows by country (${rows.readyRuns}/${rows.runs} ready)`,
      'ours',
      'budget',
      '',
    ],
    [
      'first render',
      ms(rows.readyMs),
      `< ${BUDGETS.readyMs} ms`,
      below(rows.readyMs, BUDGETS.readyMs),
    ],
    frame('scrub'),
    frame('zoom'),
    frame('pan'),
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

/** Figures at 1,000 that are worse than at 10,000 by more than 10% + 1 ms (the noise allowance). */
export function worseThanLarger(
  small: SeriesSummary,
  large: SeriesSummary,
): string[] {
  const pairs: [string, number | null, number | null][] = [
    ['first render', small.readyMs, large.readyMs],
    ['scrub p95', small.scrub.p95Ms, large.scrub.p95Ms],
    ['zoom p95', small.zoom.p95Ms, large.zoom.p95Ms],
    ['pan p95', small.pan.p95Ms, large.pan.p95Ms],
    [
      'max long task after load',
      small.afterLoadLongTaskMaxMs,
      large.afterLoadLongTaskMaxMs,
    ],
  ]
  return pairs
    .filter(([, a, b]) => a !== null && b !== null && a > b * 1.1 + 1)
    .map(([name]) => name)
}

function notes(s: Figures): string[] {
  if (!s) return []
  const lines = s.timedOut
    ? [`  ${s.target}: stopped at the series time limit after ${s.runs} run(s)`]
    : []
  for (const m of [s.scrub.method, s.pan.method])
    if (m?.includes('(no ')) lines.push(`  ${s.target}: ${m}`)
  for (const p of s.problems.slice(0, 4)) lines.push(`  ${s.target}: ${p}`)
  return lines
}

/** The printed report: bundle, then one block per size, ours beside vis-timeline. */
export function formatReport(
  bundle: BundleSizes,
  visBundle: BundleSizes,
  series: readonly SeriesSummary[],
): string {
  const visCss =
    visBundle.css.files.length === 0 ? 'in its JS' : kb(visBundle.css.gzipBytes)
  const lines = [
    table([
      ['initial load', 'raw', 'gzip -9', 'vis-timeline gzip', 'budget', ''],
      [
        'JS',
        kb(bundle.js.rawBytes),
        kb(bundle.js.gzipBytes),
        kb(visBundle.js.gzipBytes),
        `< ${kb(BUDGETS.jsGzipBytes)}`,
        below(bundle.js.gzipBytes, BUDGETS.jsGzipBytes),
      ],
      [
        'CSS',
        kb(bundle.css.rawBytes),
        kb(bundle.css.gzipBytes),
        visCss,
        `< ${kb(BUDGETS.cssGzipBytes)}`,
        below(bundle.css.gzipBytes, BUDGETS.cssGzipBytes),
      ],
    ]),
  ]
  for (const size of [...new Set(series.map((s) => s.size))]) {
    const ours = series.find((s) => s.target === 'app' && s.size === size)
    const vis = series.find(
      (s) => s.target === 'vis-timeline' && s.size === size,
    )
    const ready = [ours, vis].flatMap((s) =>
      s ? [`${s.target} ${s.readyRuns}/${s.runs}`] : [],
    )
    lines.push(
      '',
      `${size.toLocaleString('en-US')} events (runs ready: ${ready.join(', ')})`,
    )
    lines.push(table(sizeRows(ours, vis)), ...notes(ours), ...notes(vis))
    const rows = series.find((s) => s.target === 'app-rows' && s.size === size)
    if (rows) lines.push('', table(rowsByCountry(rows)), ...notes(rows))
  }
  const small = series.find((s) => s.target === 'app' && s.size === 1_000)
  const large = series.find((s) => s.target === 'app' && s.size === 10_000)
  if (small && large && small.readyMs !== null && large.readyMs !== null) {
    const worse = worseThanLarger(small, large)
    lines.push(
      '',
      `1,000 at least as good as 10,000: ${worse.length === 0 ? 'pass' : `FAIL (${worse.join(', ')})`}`,
    )
  }
  lines.push(
    '',
    `Frame p95 passes within one 60 Hz frame (< ${BUDGETS.frameP95Ms + FRAME_ALLOWANCE_MS} ms): rAF deltas are vsync-locked.`,
  )
  return lines.join('\n')
}
