import { fileURLToPath } from 'node:url'
import type { BrowserContext, CDPSession, Page } from 'playwright-core'
import { quantile } from './stats'
import type { GestureResult, Target } from './targets'

export type FrameStats = {
  /** Frames recorded (rAF deltas). */
  readonly frames: number
  readonly medianMs: number | null
  readonly p95Ms: number | null
  readonly maxMs: number | null
  /** Share of the wall time the page's main thread spent in tasks, %: headroom even at 60 fps. */
  readonly busyPct: number | null
}

export type PhaseResult = FrameStats & GestureResult

export type LongTask = { readonly startMs: number; readonly durationMs: number }

/** Steps on the way to the ready mark, ms from navigation start (probes.js `loadSteps`); null when absent. */
export type LoadSteps = {
  /** The page's scripts have run (DOMContentLoaded ended). */
  readonly scriptsMs: number | null
  /** events.json has arrived. */
  readonly dataMs: number | null
  /** The app's 'content-loaded' mark: content parsed, checked and in the store (ours only). */
  readonly contentMs: number | null
}

/** One fresh page: load, then the three gestures. Times in ms from navigation start unless stated. */
export type RunResult = {
  /** Navigation start to the 'timeline-ready' mark; null when it never came. */
  readonly readyMs: number | null
  /** Where the time to the ready mark went; null when not ready. */
  readonly steps: LoadSteps | null
  /** Why a figure is missing (not ready, a gesture failed), with the page's first errors. */
  readonly problems: readonly string[]
  /** Long tasks (> 50 ms) that started before the ready mark. */
  readonly loadLongTasks: readonly LongTask[]
  /** Long tasks that started after it: settling, idle and all three gestures. */
  readonly afterLoadLongTasks: readonly LongTask[]
  /** JS heap in use after load and a forced GC, bytes (CDP JSHeapUsedSize). */
  readonly heapBytes: number | null
  /** Half a second with no input after load: the frame-time floor of this machine. */
  readonly idle: FrameStats | null
  readonly scrub: PhaseResult | null
  readonly zoom: PhaseResult | null
  readonly pan: PhaseResult | null
}

export type RunOptions = {
  readonly url: string
  readonly target: Target
  /** How long to wait for 'timeline-ready' before reporting "not ready". */
  readonly readyTimeoutMs: number
  /** Length of each gesture. */
  readonly gestureMs: number
}

const PROBES = fileURLToPath(new URL('./page/probes.js', import.meta.url))
const SETTLE_MS = 500
const IDLE_MS = 500
const BETWEEN_PHASES_MS = 300

export function frameStats(
  deltas: readonly number[],
): Omit<FrameStats, 'busyPct'> {
  return {
    frames: deltas.length,
    medianMs: quantile(deltas, 0.5),
    p95Ms: quantile(deltas, 0.95),
    maxMs: deltas.length > 0 ? Math.max(...deltas) : null,
  }
}

/** Chromium's cumulative main-thread figures for the page (CDP Performance domain). */
async function metrics(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics')
  return new Map(list.map((m) => [m.name, m.value]))
}

/** Records rAF deltas and the main thread's busy share (task time / wall time) while `during` runs. */
async function recordFrames(
  page: Page,
  cdp: CDPSession,
  during: () => Promise<void>,
): Promise<FrameStats> {
  const before = await metrics(cdp)
  const startedAt = performance.now()
  await page.evaluate('window.__bench.startFrames()')
  await during()
  await page.waitForTimeout(100) // let the frame after the last input land
  const deltas = (await page.evaluate(
    'window.__bench.stopFrames()',
  )) as number[]
  const after = await metrics(cdp)
  const taskS =
    (after.get('TaskDuration') ?? 0) - (before.get('TaskDuration') ?? 0)
  return {
    ...frameStats(deltas),
    busyPct: (100 * taskS * 1000) / (performance.now() - startedAt),
  }
}

/** JS heap in use after a forced GC, bytes. */
async function heapAfterGc(cdp: CDPSession): Promise<number | null> {
  await cdp.send('HeapProfiler.collectGarbage')
  return (await metrics(cdp)).get('JSHeapUsedSize') ?? null
}

/** What a run has found so far: filled in as it goes, so a run cut short by the time limit still reports. */
export type RunRecord = {
  readyMs: number | null
  steps: LoadSteps | null
  problems: string[]
  longTasks: LongTask[]
  heapBytes: number | null
  idle: FrameStats | null
  scrub: PhaseResult | null
  zoom: PhaseResult | null
  pan: PhaseResult | null
  /** What the run was doing last ("load", "scrub"…), for "timed out during …". */
  stage: string
}

export const newRunRecord = (): RunRecord => ({
  readyMs: null,
  steps: null,
  problems: [],
  longTasks: [],
  heapBytes: null,
  idle: null,
  scrub: null,
  zoom: null,
  pan: null,
  stage: 'start',
})

/** The record as a result: long tasks split at the ready mark. */
export function toRunResult(record: RunRecord): RunResult {
  const readyAt = record.readyMs ?? Infinity
  return {
    readyMs: record.readyMs,
    steps: record.steps,
    problems: [...record.problems],
    loadLongTasks: record.longTasks.filter((t) => t.startMs < readyAt),
    afterLoadLongTasks: record.longTasks.filter((t) => t.startMs >= readyAt),
    heapBytes: record.heapBytes,
    idle: record.idle,
    scrub: record.scrub,
    zoom: record.zoom,
    pan: record.pan,
  }
}

const firstLine = (error: unknown) =>
  error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)

/**
 * Resolves with the ready mark's time (ms from navigation start) as soon as the page reports it, or null:
 * when the page shows an alert (e.g. the content failed validation) and no mark follows within 2 s, or after
 * `timeoutMs`. Problems are added to `record`.
 */
async function waitForReady(
  page: Page,
  record: RunRecord,
  timeoutMs: number,
): Promise<number | null> {
  let onReady: (ms: number) => void = () => undefined
  const ready = new Promise<number>((resolve) => {
    onReady = resolve
  })
  page.on('console', (message) => {
    const [tag, a = '', b = ''] = message.text().split(' ')
    if (tag === '__bench:timeline-ready') onReady(Number(a))
    if (tag === '__bench:longtask')
      record.longTasks.push({ startMs: Number(a), durationMs: Number(b) })
  })
  // Unref'd: a pending wait must not keep the process alive after the run.
  const sleep = (ms: number) =>
    new Promise<null>((resolve) => setTimeout(() => resolve(null), ms).unref())
  const alert = page
    .waitForFunction(
      "document.querySelector('[role=alert]')?.textContent.trim() || null",
      undefined,
      {
        timeout: timeoutMs,
        polling: 250,
      },
    )
    .then(async (handle) => {
      const text = String(await handle.jsonValue())
      return Promise.race([ready, sleep(2_000).then(() => text)])
    })
    .catch(() => sleep(timeoutMs + 1_000))
  const outcome = await Promise.race([ready, alert, sleep(timeoutMs)])
  if (typeof outcome === 'number') return outcome
  record.problems.push(
    outcome === null
      ? `not ready after ${timeoutMs / 1000} s`
      : `not ready: the page shows an alert: ${JSON.stringify(outcome.slice(0, 160))}`,
  )
  return null
}

/** Loads the target in a new page of `context` and measures it into `record`; a misbehaving page never throws. */
export async function measureRun(
  context: BrowserContext,
  options: RunOptions,
  record: RunRecord,
): Promise<void> {
  const { target, gestureMs } = options
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text())
  })
  await page.addInitScript({ path: PROBES })
  record.stage = 'load'
  await page.goto(options.url, { waitUntil: 'commit' })
  record.readyMs = await waitForReady(page, record, options.readyTimeoutMs)
  if (record.readyMs !== null) {
    record.stage = 'settle'
    await page.waitForTimeout(SETTLE_MS)
    const missing = await target.check(page)
    if (missing) {
      record.problems.push(`ready, but ${missing}`)
      record.readyMs = null
    }
  }
  if (record.readyMs !== null) {
    record.steps = (await page.evaluate(
      'window.__bench.loadSteps()',
    )) as LoadSteps
    record.stage = 'heap'
    record.heapBytes = await heapAfterGc(cdp)
    record.stage = 'idle'
    record.idle = await recordFrames(page, cdp, () =>
      page.waitForTimeout(IDLE_MS),
    )
    for (const name of ['scrub', 'zoom', 'pan'] as const) {
      const drive = target[name]
      if (!drive) continue // the target has no such control: not measured
      record.stage = name
      try {
        let gesture: GestureResult = { method: '', inputs: 0 }
        const frames = await recordFrames(page, cdp, async () => {
          gesture = await drive(page, gestureMs)
        })
        record[name] = { ...frames, ...gesture }
      } catch (error) {
        record.problems.push(`${name} failed: ${firstLine(error)}`)
      }
      await page.waitForTimeout(BETWEEN_PHASES_MS)
    }
  }
  record.stage = 'done'
  if (pageErrors.length > 0)
    record.problems.push(`page errors: ${pageErrors.slice(0, 3).join(' | ')}`)
  await page.close()
}
