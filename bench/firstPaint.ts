/**
 * `npm run bench:first-paint` (and the last scenario of `npm run bench`): how soon the featured page shows the
 * essay's text and the timeline's marks, against a blank HTML page from the same server in the same run.
 * Medians of `--runs` fresh pages (default 5), each page served with gzip as a host would (scripts/appServer.ts).
 * Options: --runs N, --skip-build (use dist/ as it is), --ref <commit> (build that commit, for a before figure).
 */
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { Browser } from 'playwright-core'
import { serveApp } from '../scripts/appServer'
import { launchChromium } from '../scripts/chromium'
import { buildBenchApp } from './buildApp'
import { BENCH_DIR, CACHE_ROOT } from './paths'
import { medianOf } from './stats'
import { BUDGETS } from './budgets'

/** The budget (one place, with the others): the featured page's first paint, at most this many times the blank page's. */
const FIRST_PAINT_BUDGET = BUDGETS.firstPaintVsBlank

const VIEWPORT = { width: 1440, height: 900 }
const BLANK_PATH = '/bench-blank.html'

export type FirstPaintResult = {
  readonly blankMs: readonly number[]
  readonly pageMs: readonly number[]
  readonly blankMedianMs: number
  readonly pageMedianMs: number
  readonly ratio: number
  readonly isWithinBudget: boolean
}

/**
 * Runs in the page before anything loads: records when the essay's text and the timeline's marks are first in
 * the document (a pre-rendered still frame, or the live canvas once the app marks `timeline-ready`).
 */
function watchContent(): void {
  const seen: Record<string, number> = {}
  Object.assign(window, { benchContent: seen })
  const check = () => {
    if (
      seen.essay === undefined &&
      document.querySelector('article.essay p')?.textContent
    )
      seen.essay = performance.now()
    if (
      seen.marks === undefined &&
      (document.querySelector('.tl-first-frame svg text') ||
        performance.getEntriesByName('timeline-ready').length > 0)
    )
      seen.marks = performance.now()
    return seen.essay !== undefined && seen.marks !== undefined
  }
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect()
  })
  observer.observe(document, { childList: true, subtree: true })
  const poll = () => {
    if (!check()) requestAnimationFrame(poll)
  }
  requestAnimationFrame(poll)
}

/** First contentful paint of the page at `url`, and (for the app) when its content was first there, ms. */
async function measurePage(
  browser: Browser,
  url: string,
  waitForContent: boolean,
): Promise<number> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
  })
  try {
    const page = await context.newPage()
    // tsx names functions with a `__name` helper that the page does not have.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f' })
    if (waitForContent) await page.addInitScript(watchContent)
    await page.goto(url, { waitUntil: 'load' })
    return await page.evaluate(async (waitForContent: boolean) => {
      const paint = () =>
        performance.getEntriesByName('first-contentful-paint')[0]?.startTime
      const content = () =>
        (window as unknown as { benchContent?: Record<string, number> })
          .benchContent
      for (let i = 0; i < 600; i++) {
        const fcp = paint()
        const seen = content()
        const isThere =
          !waitForContent ||
          (seen?.essay !== undefined && seen.marks !== undefined)
        if (fcp !== undefined && isThere)
          // Painted no earlier than the content was in the document.
          return Math.max(fcp, seen?.essay ?? 0, seen?.marks ?? 0)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      throw new Error('no first paint with content within 30 s')
    }, waitForContent)
  } finally {
    await context.close()
  }
}

/** The scenario on an open browser, against the build in `distDir`. */
export async function measureFirstPaint(
  browser: Browser,
  distDir: string,
  runs = 5,
): Promise<FirstPaintResult> {
  const server = await serveApp({
    distDir,
    override: (path) =>
      path === BLANK_PATH ? join(BENCH_DIR, 'page/blank.html') : null,
  })
  const blankMs: number[] = []
  const pageMs: number[] = []
  try {
    // Interleaved, so a slow patch of the shared machine hits both alike.
    for (let i = 0; i < runs; i++) {
      blankMs.push(
        await measurePage(browser, `${server.origin}${BLANK_PATH}`, false),
      )
      pageMs.push(await measurePage(browser, `${server.origin}/`, true))
    }
  } finally {
    await server.close()
  }
  const blankMedianMs = medianOf(blankMs) ?? Number.NaN
  const pageMedianMs = medianOf(pageMs) ?? Number.NaN
  const ratio = pageMedianMs / blankMedianMs
  return {
    blankMs,
    pageMs,
    blankMedianMs,
    pageMedianMs,
    ratio,
    isWithinBudget: ratio <= FIRST_PAINT_BUDGET,
  }
}

/** One line per figure, with the budget. */
export function formatFirstPaint(result: FirstPaintResult): string {
  const ms = (values: readonly number[]) =>
    values.map((v) => v.toFixed(0)).join(', ')
  return [
    `First paint with essay text and timeline marks (featured page), medians of ${result.pageMs.length}:`,
    `  blank HTML page ${result.blankMedianMs.toFixed(0)} ms (${ms(result.blankMs)})`,
    `  featured page   ${result.pageMedianMs.toFixed(0)} ms (${ms(result.pageMs)})`,
    `  ratio ${result.ratio.toFixed(2)}× (budget ≤ ${FIRST_PAINT_BUDGET}×): ${result.isWithinBudget ? 'met' : 'MISSED'}`,
  ].join('\n')
}

async function main(): Promise<void> {
  const { values: args } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      'skip-build': { type: 'boolean', default: false },
      ref: { type: 'string' },
    },
  })
  const distDir = join(CACHE_ROOT, 'first-paint-dist')
  if (!args['skip-build']) {
    console.log(`Building ${args.ref ?? 'the working tree'} into ${distDir}…`)
    await buildBenchApp(distDir, { ref: args.ref })
  }
  const browser = await launchChromium()
  try {
    const result = await measureFirstPaint(
      browser,
      distDir,
      Math.max(5, Number(args.runs)),
    )
    console.log(formatFirstPaint(result))
    if (!result.isWithinBudget) process.exitCode = 1
  } finally {
    await browser.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
