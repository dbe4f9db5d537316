import type { BundleSizes } from './bundle'
import type { SeriesSummary } from './summarize'
import type { TargetName } from './targets'

/** The first-paint scenario's figures (bench/firstPaint.ts), medians in ms. */
export type FirstPaintFigures = {
  readonly ratio: number
  readonly pageMedianMs: number
  readonly blankMedianMs: number
}

/**
 * The budgets of the pre-render issue: ratios against peers and floors measured in the same run (absolute
 * times on a shared 2-core machine move by ±100 ms between identical runs), plus sizes and frame times.
 */
export const BUDGETS = {
  /** Featured page: first paint with essay text and timeline marks, ÷ a blank HTML page's. */
  firstPaintVsBlank: 2.5,
  /** 100 events: ours ready ÷ vis-timeline ready (pre-compiled essay). */
  readyVsVisAt100: 1.0,
  /** 1,000 events: ours ready ÷ vis-timeline ready, files replaced after the build. */
  readyVsVisAt1000: 0.5,
  /** 10,000 events: ours ready ÷ the floor (fetch + JSON.parse of the same file on a blank page). */
  readyVsFloorAt10000: 2,
  /** Longest main-thread task while a 10,000-event file loads, ms. */
  loadLongTaskMs: 50,
  /** Scrub / zoom / pan frame p95 (frames are locked to 60 Hz: an idle page measures 16.7), ms. */
  frameP95Ms: 16.8,
  /** Initial JS with its preloaded chunks, gzip -9, bytes (1 kB = 1,000 B). */
  jsGzipBytes: 100_000,
  cssGzipBytes: 15_000,
  /** Longest task after the ready mark (settling, idle and gestures), ms. */
  afterLoadLongTaskMs: 100,
} as const

/** rAF timestamps are rounded to 0.1 ms with ±0.1 ms jitter: "≤ 16.8" allows what prints as 16.8. */
const FRAME_ROUNDING_MS = 0.05

/** One line of the budget table. `pass` is null when the figure was not measured (it then fails nothing). */
export type BudgetLine = {
  readonly what: string
  readonly measured: string
  readonly budget: string
  readonly pass: boolean | null
}

export type SeriesKey = { readonly target: TargetName; readonly size: number }

const ms = (v: number) => `${v.toFixed(v < 100 ? 1 : 0)} ms`
const times = (v: number) => `${v.toFixed(2)}×`

/** The figure of `pick` in the series of `key`, or null when that series did not run or get ready. */
function figure(
  series: readonly SeriesSummary[],
  key: SeriesKey,
  pick: (s: SeriesSummary) => number | null,
): number | null {
  const s = series.find((x) => x.target === key.target && x.size === key.size)
  return s && s.readyRuns > 0 ? pick(s) : null
}

/** `ours / theirs` of ready times, as a budget line: `1.43× (586 / 407 ms)`. */
function readyRatio(
  series: readonly SeriesSummary[],
  what: string,
  ours: SeriesKey,
  theirs: SeriesKey,
  limit: number,
): BudgetLine {
  const a = figure(series, ours, (s) => s.readyMs)
  const b = figure(series, theirs, (s) => s.readyMs)
  const budget = `≤ ${limit.toFixed(1)}×`
  if (a === null || b === null || b <= 0)
    return { what, measured: 'not measured', budget, pass: null }
  return {
    what,
    measured: `${times(a / b)} (${ms(a)} / ${ms(b)})`,
    budget,
    pass: a / b <= limit,
  }
}

function atMost(
  what: string,
  value: number | null,
  limit: number,
  format: (v: number) => string,
  slack = 0,
): BudgetLine {
  const budget = `≤ ${format(limit)}`
  if (value === null)
    return { what, measured: 'not measured', budget, pass: null }
  return { what, measured: format(value), budget, pass: value <= limit + slack }
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`

/** Frame p95 of scrub / zoom / pan for the app at `size`: the worst of the three, with all three shown. */
function framesLine(
  series: readonly SeriesSummary[],
  label: string,
  size: number,
  target: TargetName = 'app',
): BudgetLine {
  const what = `scrub / zoom / pan frame p95, ${label}`
  const s = series.find((x) => x.target === target && x.size === size)
  const p95s = s ? [s.scrub, s.zoom, s.pan].map((p) => p.p95Ms) : []
  const budget = `≤ ${BUDGETS.frameP95Ms} ms`
  if (!s || p95s.some((v) => v === null))
    return { what, measured: 'not measured', budget, pass: null }
  const values = p95s as number[]
  return {
    what,
    measured: values.map((v) => v.toFixed(1)).join(' / ') + ' ms',
    budget,
    pass: Math.max(...values) <= BUDGETS.frameP95Ms + FRAME_ROUNDING_MS,
  }
}

/**
 * Every budget as a line, in the order. `featuredSize` is the event count of the featured series
 * (68 for the shipped content). The first-paint line is the pre-render's scenario: it stays "not measured"
 * until that scenario (a blank page and the featured page's first contentful paint) is added to the bench.
 */
export function budgetLines(
  bundle: BundleSizes,
  series: readonly SeriesSummary[],
  featuredSize: number,
  firstPaint: FirstPaintFigures | null = null,
): BudgetLine[] {
  const longTask = (target: TargetName) =>
    atMost(
      `longest main-thread task while 10,000 events load (${target === 'app' ? 'pre-compiled' : 'files replaced'})`,
      figure(series, { target, size: 10_000 }, (s) => s.loadLongTaskMaxMs),
      BUDGETS.loadLongTaskMs,
      ms,
    )
  const afterLoad = Math.max(
    ...series
      .filter((s) => s.target === 'app' && s.readyRuns > 0)
      .map((s) => s.afterLoadLongTaskMaxMs ?? 0),
  )
  return [
    {
      what: 'featured page: first paint (essay text and marks) vs a blank HTML page',
      measured: firstPaint
        ? `${firstPaint.ratio.toFixed(2)}× (${ms(firstPaint.pageMedianMs)} vs ${ms(firstPaint.blankMedianMs)})`
        : 'not measured (bench/firstPaint.ts, skipped)',
      budget: `≤ ${BUDGETS.firstPaintVsBlank}×`,
      pass: firstPaint ? firstPaint.ratio <= BUDGETS.firstPaintVsBlank : null,
    },
    readyRatio(
      series,
      '100 events: ready vs vis-timeline (pre-compiled)',
      { target: 'app', size: 100 },
      { target: 'vis-timeline', size: 100 },
      BUDGETS.readyVsVisAt100,
    ),
    readyRatio(
      series,
      '1,000 events: ready vs vis-timeline (files replaced)',
      { target: 'app-replaced', size: 1_000 },
      { target: 'vis-timeline', size: 1_000 },
      BUDGETS.readyVsVisAt1000,
    ),
    readyRatio(
      series,
      '10,000 events: ready vs the floor (pre-compiled)',
      { target: 'app', size: 10_000 },
      { target: 'floor', size: 10_000 },
      BUDGETS.readyVsFloorAt10000,
    ),
    readyRatio(
      series,
      '10,000 events: ready vs the floor (files replaced)',
      { target: 'app-replaced', size: 10_000 },
      { target: 'floor', size: 10_000 },
      BUDGETS.readyVsFloorAt10000,
    ),
    longTask('app'),
    longTask('app-replaced'),
    framesLine(series, `${featuredSize} events (featured)`, featuredSize),
    framesLine(series, '1,000 events', 1_000),
    framesLine(series, '10,000 events', 10_000),
    framesLine(series, '10,000 events, rows by country', 10_000, 'app-rows'),
    atMost(
      'initial JS, gzip, with preloaded chunks',
      bundle.js.gzipBytes,
      BUDGETS.jsGzipBytes,
      kb,
    ),
    atMost('initial CSS, gzip', bundle.css.gzipBytes, BUDGETS.cssGzipBytes, kb),
    atMost(
      'longest task after load (any size)',
      Number.isFinite(afterLoad) ? afterLoad : null,
      BUDGETS.afterLoadLongTaskMs,
      ms,
      0.5,
    ),
    {
      what: 'Lighthouse mobile Performance, 5 runs (LCP ≤ 1.2 s, CLS 0)',
      measured: 'not measured here (npm run audit)',
      budget: '≥ 98 in 5 of 5',
      pass: null,
    },
  ]
}

/** The lines that missed their budget (measured and over it). */
export const missed = (lines: readonly BudgetLine[]) =>
  lines.filter((l) => l.pass === false)

/** Informational ratios beside the budgets: the other path, and the second peer. */
export function peerLines(series: readonly SeriesSummary[]): BudgetLine[] {
  const info = (line: BudgetLine): BudgetLine => ({
    ...line,
    budget: '',
    pass: null,
  })
  const lines: BudgetLine[] = []
  for (const size of [100, 1_000, 10_000])
    for (const ours of ['app', 'app-replaced'] as const)
      for (const peer of ['vis-timeline', 'timelinejs'] as const)
        lines.push(
          info(
            readyRatio(
              series,
              `${size.toLocaleString('en-US')} events: ${ours === 'app' ? 'pre-compiled' : 'files replaced'} vs ${peer}`,
              { target: ours, size },
              { target: peer, size },
              0,
            ),
          ),
        )
  return lines.filter((l) => l.measured !== 'not measured')
}
