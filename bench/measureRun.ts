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

/** One fresh page: load, then the three gestures. Times in ms from navigation start unless stated. */
export type RunResult = {
  /** Navigation start to the 'timeline-ready' mark; null when it never came. */
  readonly readyMs: number | null
  /** Why a figure is missing (not ready, a gesture failed), with the page's first errors. */
  readonly problems: readonly string[]
  /** Long tasks (> 50 ms) that started before the ready mark. */
  readonly loadLongTasks: readonly LongTask[]
  /** Long tasks that started after it: settling, idle and all three gestures. */
  readonly afterLoadLongTasks: readonly LongTask[]
  /** JS heap in use after load and a forced GC, bytes (CDP JSHeapUsedSize). */
  readonly heapBytes: number | null
  /** A second with no input after load: the frame-time floor of this machine. */
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
const IDLE_MS = 1_000
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

/** Loads the target in a new page of `context` and measures it; never throws for a page that misbehaves. */
export async function measureRun(
  context: BrowserContext,
  options: RunOptions,
): Promise<RunResult> {
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
  const problems: string[] = []
  await page.goto(options.url, { waitUntil: 'commit' })
  const readyMs = await page
    .waitForFunction(
      "performance.getEntriesByName('timeline-ready').length > 0",
      undefined,
      {
        timeout: options.readyTimeoutMs,
        polling: 50,
      },
    )
    .then(() => page.evaluate('window.__bench.readyMs()') as Promise<number>)
    .catch(async () => {
      const text = await page
        .evaluate('document.body.innerText.slice(0, 200)')
        .catch(() => '')
      problems.push(
        `not ready after ${options.readyTimeoutMs} ms; page says: ${JSON.stringify(text)}`,
      )
      return null
    })
  let heapBytes: number | null = null
  let idle: FrameStats | null = null
  const phases: Record<'scrub' | 'zoom' | 'pan', PhaseResult | null> = {
    scrub: null,
    zoom: null,
    pan: null,
  }
  if (readyMs !== null) {
    await page.waitForTimeout(SETTLE_MS)
    heapBytes = await heapAfterGc(cdp)
    idle = await recordFrames(page, cdp, () => page.waitForTimeout(IDLE_MS))
    for (const name of ['scrub', 'zoom', 'pan'] as const) {
      try {
        let gesture: GestureResult = { method: '', inputs: 0 }
        const frames = await recordFrames(page, cdp, async () => {
          gesture = await target[name](page, gestureMs)
        })
        phases[name] = { ...frames, ...gesture }
      } catch (error) {
        problems.push(
          `${name} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        )
      }
      await page.waitForTimeout(BETWEEN_PHASES_MS)
    }
  }
  const longTasks =
    ((await page.evaluate('window.__bench.longTasks')) as LongTask[]) ?? []
  const readyAt = readyMs ?? Infinity
  if (pageErrors.length > 0)
    problems.push(`page errors: ${pageErrors.slice(0, 3).join(' | ')}`)
  await page.close()
  return {
    readyMs,
    problems,
    loadLongTasks: longTasks.filter((t) => t.startMs < readyAt),
    afterLoadLongTasks: longTasks.filter((t) => t.startMs >= readyAt),
    heapBytes,
    idle,
    ...phases,
  }
}
