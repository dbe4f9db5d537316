/**
 * `npm run check:csp`: builds the app into a temporary folder (the Content-Security-Policy meta is added at
 * build time only), serves it on a free port (scripts/appServer.ts), opens it in headless Chromium
 * and checks that it works under the policy: the `timeline-ready` mark is reached; SVG and PNG exports
 * download (the PNG loads a blob: image); Open… shows files and Back returns; print media shows the appendix
 * and hides controls; `?timeline=//other-host` is refused; and no CSP violation or page error is reported.
 * Exits 1 on any failure.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { buildApp, ROOT, serveApp, type AppServer } from './appServer'
import { assertChromium, launchChromium } from './chromium'

const READY_TIMEOUT_MS = 30_000

type Report = { violations: string[]; errors: string[]; notes: string[] }

/** Width and height of a PNG file, from its IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
}

/** The downloads, Open… and Back live in the header's Menu: open it when it is closed. */
async function openMenu(page: Page): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu', exact: true })
  if ((await menu.getAttribute('aria-expanded')) === 'false') await menu.click()
}

async function checkDownloads(page: Page, report: Report): Promise<void> {
  for (const format of ['SVG', 'PNG'] as const) {
    await openMenu(page)
    const button = page.getByRole('button', { name: `Download ${format}` })
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 10_000 }),
      button.click(),
    ])
    const path = await download.path()
    const bytes = readFileSync(path)
    // KEEP_EXPORTS=<folder> keeps the files to look at.
    if (process.env.KEEP_EXPORTS)
      await download.saveAs(
        join(process.env.KEEP_EXPORTS, download.suggestedFilename()),
      )
    const detail =
      format === 'PNG'
        ? `${pngSize(bytes).join(' x ')} px`
        : `${bytes.length.toLocaleString('en-US')} bytes`
    report.notes.push(
      `${format} export: ${download.suggestedFilename()} (${detail})`,
    )
  }
}

async function checkOpenFiles(page: Page, report: Report): Promise<void> {
  const events = readFileSync(join(ROOT, 'public/data/events.json'))
  const essay = readFileSync(join(ROOT, 'public/data/essay.md'), 'utf8')
  const renamed = essay.replace(/^# .*/, '# Opened under the CSP')
  await page.getByLabel('Open files').setInputFiles([
    { name: 'events.json', mimeType: 'application/json', buffer: events },
    {
      name: 'essay.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(renamed),
    },
  ])
  await page
    .getByRole('heading', { name: 'Opened under the CSP' })
    .waitFor({ timeout: 10_000 })
  report.notes.push('Open…: events.json + essay.md opened and shown')
  await openMenu(page)
  await page.getByRole('button', { name: 'Back to the featured essay' }).click()
  await page
    .getByRole('heading', { level: 1, name: /Imperfect Peace/ })
    .waitFor({ timeout: 10_000 })
  report.notes.push('Back to the featured essay: featured content shown again')
}

async function checkPrint(page: Page, report: Report): Promise<void> {
  await page.emulateMedia({ media: 'print' })
  const appendix = page.getByRole('heading', { name: 'Cited events' })
  // The appendix renders when the print media query starts to match, a moment after emulateMedia: wait for
  // it rather than look once (looking once failed about one run in three).
  const isShown = await appendix
    .waitFor({ state: 'visible', timeout: 5_000 })
    .then(
      () => true,
      () => false,
    )
  const openShown = await page
    .getByRole('button', { name: 'Open…' })
    .isVisible()
  const marker = await page
    .locator('.essay a.citation')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content)
  await page.emulateMedia({ media: 'screen' })
  report.notes.push(
    `print: Cited events ${isShown ? 'shown' : 'NOT shown'}, controls ${openShown ? 'SHOWN' : 'hidden'}, first citation marked ${marker}`,
  )
  if (!isShown || openShown)
    report.errors.push('the print stylesheet did not apply')
}

async function checkRefusedTimeline(
  origin: string,
  browser: Browser,
  report: Report,
): Promise<void> {
  const page = await browser.newPage()
  await page.goto(`${origin}?timeline=//evil.example/data/`)
  const alert = page.getByRole('alert')
  await alert.waitFor({ timeout: 10_000 })
  const text = (await alert.textContent()) ?? ''
  report.notes.push(`?timeline=//evil.example/data/: ${text.slice(0, 120)}…`)
  if (!text.includes('point at another site'))
    report.errors.push('?timeline= with another origin was not refused clearly')
  await page.close()
}

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
  for (const step of [checkDownloads, checkOpenFiles, checkPrint])
    await step(page, report).catch((error: unknown) =>
      report.errors.push(`${step.name}: ${String(error).split('\n')[0]}`),
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
  let server: AppServer | null = null
  let browser: Browser | null = null
  const report: Report = { violations: [], errors: [], notes: [] }
  try {
    await buildApp({ outDir })
    server = await serveApp({ distDir: outDir })
    browser = await launchChromium()
    await check(`${server.origin}/`, browser, report)
    await checkRefusedTimeline(`${server.origin}/`, browser, report)
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
