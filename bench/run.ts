/**
 * `npm run bench`: builds the app, generates the synthetic datasets, and measures in headless Chromium, for
 * each size: the app on the files as the build publishes them (`app`, with the compiled essay) and as a site
 * that replaced them after the build (`app-replaced`: no compiled essay), vis-timeline and TimelineJS drawing
 * the same events (at 100 and 1,000; at 10,000 too with --peers-at-10000), and the floor (fetch + JSON.parse
 * of the same file on a blank page) at 10,000; and the app on the featured content. Prints one table per
 * size and the budgets, writes bench/results/latest.json, and exits 1 when a measured budget is missed.
 * Options: --sizes 100,1000 --runs 5 --only app,app-rows,floor --skip-build --skip-featured --out <file>, and
 * --lift-event-limit (build the app with its MAX_EVENTS check raised, to see how it fares past it) and
 * --ref <commit> (build that commit, not the working tree).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import type { Browser } from 'playwright-core'
import { buildBenchApp } from './buildApp'
import { measureBundle, measureFiles } from './bundle'
import { formatFirstPaint, measureFirstPaint } from './firstPaint'
import { SIZES, writeDatasets } from './generateDataset'
import {
  measureRun,
  newRunRecord,
  type RunResult,
  toRunResult,
} from './measureRun'
import { BUDGETS } from './budgets'
import { formatReport } from './report'
import { BENCH_DIR, BENCH_DIST as DIST, DATA_ROOT, ROOT } from './paths'
import { type BenchServer, startServer } from './server'
import { summarize, type SeriesSummary } from './summarize'
import {
  appReplacedTarget,
  appRowsTarget,
  appTarget,
  floorTarget,
  type Target,
  timelineJsTarget,
  visTarget,
} from './targets'
import { assertChromium, launchChromium } from '../scripts/chromium'

const VIS_UMD = join(ROOT, 'node_modules/vis-timeline/standalone/umd')
const TIMELINEJS_DIST = join(ROOT, 'node_modules/@knight-lab/timelinejs/dist')
/** The shipped content's event count: the featured series is labelled with it. */
const FEATURED_SIZE = 68
const SERIES_TIMEOUT_MS = 120_000
const READY_TIMEOUT_MS = 90_000
const GESTURE_MS = 3_000
const VIEWPORT = { width: 1440, height: 900 }

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string' },
    runs: { type: 'string', default: '5' },
    only: { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
    'skip-featured': { type: 'boolean', default: false },
    'peers-at-10000': { type: 'boolean', default: false },
    'lift-event-limit': { type: 'boolean', default: false },
    ref: { type: 'string' },
    out: { type: 'string', default: join(BENCH_DIR, 'results/latest.json') },
  },
})
const sizes = args.sizes ? args.sizes.split(',').map(Number) : [...SIZES]
const runCount = Math.max(1, Math.min(10, Number(args.runs)))
const only = args.only ? new Set(args.only.split(',')) : null

/** What is measured at each size (peers at 10,000 take minutes: only when asked). */
function targetsAt(size: number): Target[] {
  const peers =
    size < 10_000 || args['peers-at-10000'] ? [visTarget, timelineJsTarget] : []
  const all =
    size === FEATURED_SIZE
      ? [appTarget]
      : [
          appTarget,
          appReplacedTarget,
          ...(size >= 10_000 ? [appRowsTarget] : []),
          ...peers,
          ...(size >= 10_000 ? [floorTarget] : []),
        ]
  return all.filter((t) => !only || only.has(t.name))
}

let browser: Browser | null = null
let server: BenchServer | null = null

async function cleanUp(): Promise<void> {
  await browser?.close().catch(() => undefined)
  await server?.close().catch(() => undefined)
  browser = null
  server = null
}

let isStopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    isStopping = true
    console.error(`\n${signal}: closing the browser and server`)
    void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143))
  })
}

/** Runs `runCount` fresh pages for one target and size, within SERIES_TIMEOUT_MS overall. */
async function measureSeries(
  target: Target,
  size: number,
  origin: string,
): Promise<[RunResult[], boolean]> {
  const runs: RunResult[] = []
  const deadline = Date.now() + SERIES_TIMEOUT_MS
  let lastRunMs = 0
  for (let i = 0; i < runCount; i++) {
    const remaining = deadline - Date.now()
    // Do not start a run that the previous one says cannot finish in time.
    if (remaining <= lastRunMs || !browser) return [runs, true]
    const runStartedAt = Date.now()
    // A new context per run: empty cache and heap, as a first visit.
    const context = await browser.newContext({
      viewport: VIEWPORT,
      deviceScaleFactor: 1,
      // The app's CSP forbids eval, which Playwright's waitForFunction needs; the policy is not what is measured.
      bypassCSP: true,
    })
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<'timeout'>((done) => {
      timer = setTimeout(() => done('timeout'), remaining)
    })
    const record = newRunRecord()
    const run = measureRun(
      context,
      {
        url: `${origin}${target.path}`,
        target,
        readyTimeoutMs: READY_TIMEOUT_MS,
        gestureMs: GESTURE_MS,
      },
      record,
    )
    // A run cut short by the time limit rejects once its context closes: its record is kept instead.
    run.catch((error: unknown) =>
      record.problems.push(`run failed: ${String(error).split('\n')[0]}`),
    )
    try {
      const outcome = await Promise.race([run, timeout])
      if (outcome === 'timeout')
        record.problems.push(
          `stopped by the series time limit during ${record.stage}`,
        )
      runs.push(toRunResult(record))
      lastRunMs = Date.now() - runStartedAt
      process.stdout.write(
        `  ${target.name} ${size} run ${i + 1}: ready ${record.readyMs?.toFixed(0) ?? '—'} ms\n`,
      )
      if (outcome === 'timeout') return [runs, true]
      // A page that never got ready will not in the next run either: save the wait.
      if (record.readyMs === null) return [runs, false]
    } finally {
      clearTimeout(timer)
      await context.close().catch(() => undefined)
    }
  }
  return [runs, false]
}

/** The commit a ref names, for the record; '' when git cannot say. */
function gitCommit(ref: string): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', ref], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim()
  } catch {
    return ''
  }
}

async function main(): Promise<void> {
  try {
    assertChromium()
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
  const startedAt = Date.now()
  if (args['skip-build'] && existsSync(join(DIST, 'index.html')))
    console.log(`Using the last build in ${DIST}`)
  else {
    console.log(`Building the app (vite build -> ${DIST})…`)
    await buildBenchApp(DIST, {
      liftEventLimit: args['lift-event-limit'],
      ref: args.ref,
    })
  }
  const bundle = measureBundle(DIST)
  const peerBundles = {
    'vis-timeline': {
      js: measureFiles(VIS_UMD, ['vis-timeline-graph2d.min.js']),
      css: measureFiles(VIS_UMD, []),
    },
    timelinejs: {
      js: measureFiles(TIMELINEJS_DIST, ['js/timeline.js']),
      css: measureFiles(TIMELINEJS_DIST, ['css/timeline.css']),
    },
  }
  console.log(`Generating datasets (${sizes.join(', ')} events)…`)
  const dataDirs = writeDatasets(DATA_ROOT, sizes)
  server = await startServer({
    distDir: DIST,
    files: new Map([
      ['/vis/', join(BENCH_DIR, 'vis/index.html')],
      ['/vis/main.js', join(BENCH_DIR, 'vis/main.js')],
      [
        '/vis/vis-timeline-graph2d.min.js',
        join(VIS_UMD, 'vis-timeline-graph2d.min.js'),
      ],
      ['/timelinejs/', join(BENCH_DIR, 'timelinejs/index.html')],
      ['/timelinejs/main.js', join(BENCH_DIR, 'timelinejs/main.js')],
      ['/timelinejs/timeline.js', join(TIMELINEJS_DIST, 'js/timeline.js')],
      ['/timelinejs/timeline.css', join(TIMELINEJS_DIST, 'css/timeline.css')],
      ['/floor/', join(BENCH_DIR, 'floor/index.html')],
      ['/floor/main.js', join(BENCH_DIR, 'floor/main.js')],
    ]),
  })
  browser = await launchChromium()
  const series: SeriesSummary[] = []
  const raw: Record<string, RunResult[]> = {}
  const allSizes = args['skip-featured'] ? sizes : [FEATURED_SIZE, ...sizes]
  for (const size of allSizes) {
    for (const target of targetsAt(size)) {
      server.useDataset(
        size === FEATURED_SIZE ? null : (dataDirs.get(size) ?? ''),
        target.dataPath === 'compiled',
      )
      const neverReady = series.find(
        (s) => s.target === target.name && s.readyRuns === 0,
      )
      if (neverReady) {
        // Not ready at a smaller size: it will not be at this one; say so instead of waiting again.
        const skipped = summarize(target.name, size, [], false)
        series.push({
          ...skipped,
          problems: [`skipped: not ready at ${neverReady.size} events`],
        })
        continue
      }
      const [runs, timedOut] = await measureSeries(target, size, server.origin)
      raw[`${target.name}/${size}`] = runs
      series.push(summarize(target.name, size, runs, timedOut))
    }
  }
  // Its own scenario: the featured page as built (pre-rendered) against a blank page, interleaved.
  const firstPaint = args['skip-featured']
    ? null
    : await measureFirstPaint(browser, DIST, Math.max(5, runCount))
  const chromiumVersion = browser.version()
  await cleanUp()
  const report = formatReport(
    bundle,
    peerBundles,
    series,
    FEATURED_SIZE,
    firstPaint,
  )
  const note =
    `headless Chromium ${chromiumVersion}, ${VIEWPORT.width}x${VIEWPORT.height}, ${cpus().length} cores, ` +
    `median of ${runCount} fresh pages; gestures ${GESTURE_MS / 1000} s each; files gzipped. ` +
    'Figures on a shared machine are noisy.' +
    (args['lift-event-limit']
      ? ' App built with MAX_EVENTS lifted (--lift-event-limit).'
      : '') +
    (args.ref
      ? ` App built from ${args.ref} (${gitCommit(args.ref)}).`
      : ' App built from the working tree.')
  console.log(
    `\n${note}\n\n${report.text}${firstPaint ? `\n\n${formatFirstPaint(firstPaint)}` : ''}\n\n(${((Date.now() - startedAt) / 1000).toFixed(0)} s)`,
  )
  mkdirSync(dirname(args.out), { recursive: true })
  const json = {
    generatedAt: new Date().toISOString(),
    note,
    budgets: BUDGETS,
    budgetLines: report.budgets,
    report: report.text,
    bundle,
    peerBundles,
    series,
    firstPaint,
    runs: raw,
  }
  writeFileSync(args.out, `${JSON.stringify(json, null, 2)}\n`)
  console.log(`Wrote ${args.out}`)
  // CI does not run the bench; a person running it sees a missed budget in the exit status too.
  if (report.missed.length > 0) process.exitCode = 1
}

main()
  .catch((error: unknown) => {
    if (isStopping) return // the browser closed under a run: expected on the way out
    console.error(error)
    process.exitCode = 1
  })
  .finally(() => cleanUp())
