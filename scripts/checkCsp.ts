/**
 * `npx tsx scripts/checkCsp.ts`: builds the app into a temporary folder (the Content-Security-Policy meta is
 * added at build time only), serves it with Vite's preview API on a free port, opens it in headless Chromium
 * and checks that it works under the policy: the `timeline-ready` mark is reached, no CSP violation or page
 * error is reported, and the PNG export (which loads a blob: image) downloads. Exits 1 on any failure.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { build, preview, type PreviewServer } from 'vite'
import { assertChromium, launchChromium } from '../e2e/browser'

const ROOT = join(import.meta.dirname, '..')
const READY_TIMEOUT_MS = 30_000

type Report = { violations: string[]; errors: string[]; notes: string[] }

async function check(
  origin: string,
  browser: Browser,
  report: Report,
): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.addInitScript(() => {
    const log: string[] = []
    Object.defineProperty(window, '__cspViolations', { value: log })
    document.addEventListener('securitypolicyviolation', (e) =>
      log.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`),
    )
  })
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text()))
      report.errors.push(`console: ${m.text()}`)
  })
  page.on('pageerror', (e) => report.errors.push(`page error: ${e.message}`))
  const started = Date.now()
  await page.goto(origin)
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  report.notes.push(
    `policy: ${csp ?? '(none: the build did not add the meta tag)'}`,
  )
  if (!csp)
    report.errors.push('no Content-Security-Policy meta tag in the built page')
  try {
    await page.waitForFunction(
      () => performance.getEntriesByName('timeline-ready').length > 0,
      null,
      {
        timeout: READY_TIMEOUT_MS,
      },
    )
    report.notes.push(`timeline-ready after ${Date.now() - started} ms`)
  } catch {
    report.errors.push(
      `timeline-ready was not reached within ${READY_TIMEOUT_MS / 1000} s`,
    )
  }
  const png = page.getByRole('button', { name: 'Download PNG' })
  if ((await png.count()) > 0) {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 10_000 }),
      png.click(),
    ])
    const path = await download.path()
    report.notes.push(
      `PNG export downloaded ${download.suggestedFilename()} (${path ? 'saved' : 'not saved'})`,
    )
  } else
    report.notes.push(
      'no "Download PNG" button on the page: PNG export not checked',
    )
  report.violations.push(
    ...(await page.evaluate(
      () =>
        (window as unknown as { __cspViolations: string[] }).__cspViolations,
    )),
  )
  await page.close()
}

async function main(): Promise<number> {
  assertChromium()
  const outDir = mkdtempSync(join(tmpdir(), 'precedent-csp-'))
  let server: PreviewServer | null = null
  let browser: Browser | null = null
  const report: Report = { violations: [], errors: [], notes: [] }
  try {
    await build({
      root: ROOT,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    })
    server = await preview({
      root: ROOT,
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    })
    const { port } = server.httpServer.address() as AddressInfo
    browser = await launchChromium()
    await check(`http://127.0.0.1:${port}/`, browser, report)
  } finally {
    await browser?.close().catch(() => undefined)
    await server?.close().catch(() => undefined)
    rmSync(outDir, { recursive: true, force: true })
  }
  for (const note of report.notes) console.log(note)
  for (const v of report.violations) console.log(`CSP violation: ${v}`)
  for (const e of report.errors) console.log(`error: ${e}`)
  const ok = report.violations.length === 0 && report.errors.length === 0
  console.log(ok ? 'CSP check passed' : 'CSP check FAILED')
  return ok ? 0 : 1
}

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => process.exit(130))
process.exitCode = await main()
