/**
 * `npm run test:e2e`: builds the app, serves dist/ on 127.0.0.1 and drives Debian's Chromium through the
 * user journeys (e2e/journeys), each in a fresh context at each of its viewports, with axe checks along the way.
 * Prints one line per journey and `N passed, M failed`; exits 1 on any failure.
 * Options: --skip-build, --grep <text> (journeys whose title contains it), --viewport desktop|phone.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { Browser } from 'playwright-core'
import { buildApp, serveApp, type AppServer } from './app'
import { axeLog } from './axe'
import { assertChromium, launchChromium, type ViewportName } from './browser'
import { JOURNEYS } from './allJourneys'
import { RESULTS_DIR, runJourney, type JourneyResult } from './runner'

const RUN_TIMEOUT_MS = 5 * 60_000

const { values: args } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    grep: { type: 'string' },
    viewport: { type: 'string' },
  },
})

let browser: Browser | null = null
let server: AppServer | null = null

async function cleanUp(): Promise<void> {
  const [b, s] = [browser, server]
  browser = null
  server = null
  await b?.close().catch(() => undefined)
  await s?.close().catch(() => undefined)
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: closing the browser and the server`)
    void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143))
  })
}

function selectedRuns(): {
  journey: (typeof JOURNEYS)[number]
  viewport: ViewportName
}[] {
  const grep = args.grep?.toLowerCase()
  return JOURNEYS.flatMap((journey) =>
    journey.viewports
      .filter((viewport) => !args.viewport || viewport === args.viewport)
      .map((viewport) => ({ journey, viewport }))
      .filter(({ journey: j, viewport }) =>
        grep ? `${j.name} @ ${viewport}`.toLowerCase().includes(grep) : true,
      ),
  )
}

async function main(): Promise<number> {
  assertChromium()
  const runs = selectedRuns()
  if (runs.length === 0) throw new Error('No journey matches the options')
  if (!args['skip-build']) {
    const t = Date.now()
    await buildApp()
    console.log(`built dist/ in ${Date.now() - t} ms`)
  }
  mkdirSync(RESULTS_DIR, { recursive: true })
  // Screenshots of earlier runs would pass for this one's.
  for (const file of readdirSync(RESULTS_DIR, { withFileTypes: true }))
    if (file.isFile() && file.name.endsWith('.png'))
      rmSync(join(RESULTS_DIR, file.name))
  server = await serveApp()
  browser = await launchChromium()
  console.log(
    `serving ${server.origin}; ${runs.length} journeys in ${browser.version()}`,
  )

  const results: JourneyResult[] = []
  for (const { journey, viewport } of runs) {
    const result = await runJourney(browser, server.origin, journey, viewport)
    results.push(result)
    const mark = result.ok ? 'ok  ' : 'FAIL'
    console.log(`${mark} ${result.title} (${result.ms} ms)`)
    if (!result.ok) {
      console.log(`     ${result.error?.replaceAll('\n', '\n     ')}`)
      if (result.screenshot)
        console.log(`     screenshot: ${result.screenshot}`)
    }
  }
  for (const run of axeLog)
    console.log(
      `axe ${run.state}: ${run.violations} violations, ${run.passes} rules passed${run.incomplete.length ? `; needs review: ${run.incomplete.join(', ')}` : ''}`,
    )
  const failed = results.filter((r) => !r.ok).length
  console.log(`${results.length - failed} passed, ${failed} failed`)
  return failed > 0 ? 1 : 0
}

const watchdog = setTimeout(() => {
  console.error(`The run took over ${RUN_TIMEOUT_MS / 1000} s: giving up`)
  void cleanUp().finally(() => process.exit(1))
}, RUN_TIMEOUT_MS)
watchdog.unref()

let code = 1
try {
  code = await main()
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
} finally {
  await cleanUp()
}
process.exit(code)
