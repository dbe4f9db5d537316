import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Page } from '@playwright/test'
import { openMenu } from '../appPage'
import { ESSAY_TEXT, EVENTS_TEXT } from '../content'
import { DESKTOP_ONLY, expect, test } from '../fixtures'

/**
 * Availability under hostile input and servers: each case ends in a clear message within 5 s (the never-
 * answering server: a slow-connection hint at 5 s, then its 15 s timeout), with the featured essay one
 * click away. Self-contained: it serves its content by routing requests, and starts its own framing page.
 */

const FEATURED_HEADING = /Imperfect Peace/
const CLEAR_MESSAGE_MS = 5_000

/** Answers `/<folder>/events.json` and `/<folder>/essay.md`, or never answers when `body` is null. */
async function serveFolder(
  page: Page,
  folder: string,
  files: Record<string, string | null>,
): Promise<void> {
  // By path: a glob would also match the page's own address, whose query names the folder.
  await page.route(
    (url) => url.pathname.startsWith(`/${folder}/`),
    (route) => {
      const name =
        new URL(route.request().url()).pathname.split('/').pop() ?? ''
      const body = files[name]
      if (body === null) return // the request stays pending: a server that never answers
      if (body === undefined)
        return route.fulfill({ status: 404, body: 'Not found' })
      return route.fulfill({
        status: 200,
        contentType: name.endsWith('.json')
          ? 'application/json'
          : 'text/markdown',
        body,
      })
    },
  )
}

/** The time until `text` shows in the page, failing after `timeoutMs`. */
async function msUntilText(
  page: Page,
  text: string | RegExp,
  timeoutMs: number,
  startedAt: number,
): Promise<number> {
  await page
    .getByText(text)
    .first()
    .waitFor({ state: 'visible', timeout: timeoutMs })
  return Date.now() - startedAt
}

/** One click on "Back to the featured essay" shows the featured essay again. */
async function backToFeatured(page: Page): Promise<void> {
  await page
    .getByRole('button', { name: 'Back to the featured essay' })
    .first()
    .click()
  await page
    .getByRole('heading', { level: 1, name: FEATURED_HEADING })
    .waitFor({ state: 'visible', timeout: 10_000 })
}

async function neverAnswering(
  page: Page,
  saveScreenshot: (label: string) => Promise<void>,
): Promise<void> {
  await serveFolder(page, 'hangs', {
    'events.json': null,
    'essay.md': null,
    'essay.compiled.json': null,
  })
  const started = Date.now()
  await page.goto('/?timeline=/hangs/')
  // The ways out are there at once, while loading.
  for (const name of ['Try again', 'Open…', 'Back to the featured essay'])
    await page
      .getByRole('button', { name, exact: true })
      .first()
      .waitFor({ timeout: 2_000 })
  const hintMs = await msUntilText(
    page,
    /taking longer than usual/,
    CLEAR_MESSAGE_MS + 2_000,
    started,
  )
  expect(hintMs, 'ms until the slow-connection hint').toBeLessThanOrEqual(
    CLEAR_MESSAGE_MS + 1_500,
  )
  await saveScreenshot('never-answering-slow')
  const timeoutMs = await msUntilText(
    page,
    /no complete answer within 15 s/,
    20_000,
    started,
  )
  expect(timeoutMs, 'ms until the timeout message').toBeLessThan(20_000)
  await saveScreenshot('never-answering-timeout')
  await backToFeatured(page)
}

/** Content served from a folder whose alert must appear within 5 s and name `mention`. */
async function failsClearly(
  page: Page,
  saveScreenshot: (label: string) => Promise<void>,
  folder: string,
  files: Record<string, string>,
  mention: string | RegExp,
): Promise<void> {
  await serveFolder(page, folder, files)
  const started = Date.now()
  await page.goto(`/?timeline=/${folder}/`)
  const alert = page.getByRole('alert')
  await alert.waitFor({ state: 'visible', timeout: CLEAR_MESSAGE_MS })
  const ms = Date.now() - started
  const text = (await alert.textContent()) ?? ''
  if (typeof mention === 'string')
    expect(text, `the alert for ${folder}`).toContain(mention)
  else expect(text, `the alert for ${folder}`).toMatch(mention)
  expect(ms, `${folder}: ms until the alert`).toBeLessThanOrEqual(
    CLEAR_MESSAGE_MS,
  )
  await saveScreenshot(folder)
  await backToFeatured(page)
}

const duplicateHeadings = `# Repeated\n\n${'## h\n'.repeat(33_000)}`

const invalidEvents = JSON.stringify({
  title: 'Broken',
  asOf: '2025-08-31',
  events: Array.from({ length: 20_000 }, () => ({ id: 1 })),
})

async function longAttributeImport(
  page: Page,
  saveScreenshot: (label: string) => Promise<void>,
): Promise<void> {
  await page.goto('/')
  await page
    .getByRole('heading', { level: 1, name: FEATURED_HEADING })
    .waitFor({ timeout: 10_000 })
  const timelineJs = JSON.stringify({
    events: [
      {
        start_date: { year: 1994 },
        text: {
          headline: 'Long attributes',
          text: `<a ${'href=x '.repeat(80_000)}`,
        },
        media: { url: 'https://[' },
      },
    ],
  })
  const started = Date.now()
  await page.getByLabel('Open files').setInputFiles({
    name: 'long-attributes.json',
    mimeType: 'application/json',
    buffer: Buffer.from(timelineJs),
  })
  await page
    .getByRole('heading', {
      name: 'Converted from TimelineJS: long-attributes.json',
    })
    .waitFor({ timeout: CLEAR_MESSAGE_MS })
  const ms = Date.now() - started
  expect(ms, 'ms until the import report').toBeLessThanOrEqual(CLEAR_MESSAGE_MS)
  const report = (await page.locator('.import-report').textContent()) ?? ''
  expect(report, 'the report names the event of the refused media').toContain(
    'was dropped: “Long attributes”.',
  )
  await saveScreenshot('long-attribute-import')
  // The import shows at once; the featured essay stays one click away.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Imported timeline' }),
  ).toBeVisible()
  await openMenu(page)
  await backToFeatured(page)
}

test(
  'hostile files and a silent server end in a clear message, with the featured essay one click away',
  { tag: DESKTOP_ONLY },
  async ({ page, saveScreenshot }) => {
    // The silent server alone takes 15 s before its timeout message.
    test.setTimeout(90_000)
    await failsClearly(
      page,
      saveScreenshot,
      'duplicate-headings',
      { 'events.json': EVENTS_TEXT, 'essay.md': duplicateHeadings },
      'has 33,003 lines; the limit is 10,000',
    )
    await failsClearly(
      page,
      saveScreenshot,
      'invalid-events',
      { 'events.json': invalidEvents, 'essay.md': ESSAY_TEXT },
      /The content has at least [\d,]+ problems/,
    )
    await longAttributeImport(page, saveScreenshot)
    await neverAnswering(page, saveScreenshot)
  },
)

/** A page on another origin (another port of 127.0.0.1) that frames the app. */
async function framingPage(
  appOrigin: string,
): Promise<{ server: Server; url: string }> {
  const server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html' })
    response.end(
      `<!doctype html><title>Framer</title><iframe src="${appOrigin}/" width="800" height="600"></iframe>`,
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { server, url: `http://127.0.0.1:${port}/` }
}

test(
  'the server sends the security headers, and another site cannot frame the app',
  { tag: DESKTOP_ONLY },
  async ({ page, baseURL, saveScreenshot }) => {
    const response = await page.goto('/')
    if (!response) throw new Error('no response for the page')
    const headers = response.headers()
    const policy = headers['content-security-policy'] ?? ''
    expect(policy, 'Content-Security-Policy').toContain(
      "frame-ancestors 'none'",
    )
    expect(policy, 'no unsafe-inline in the policy').not.toContain(
      'unsafe-inline',
    )
    expect(headers['x-content-type-options'], 'X-Content-Type-Options').toBe(
      'nosniff',
    )
    expect(headers['referrer-policy'], 'Referrer-Policy').toBe('no-referrer')
    expect(
      headers['permissions-policy'],
      'a Permissions-Policy header',
    ).toBeTruthy()

    const framer = await framingPage(new URL(baseURL ?? '/').origin)
    try {
      await page.goto(framer.url)
      await page.waitForTimeout(1_500)
      const framed = page.frames().filter((f) => f !== page.mainFrame())
      expect(framed, 'frames in the framing page').toHaveLength(1)
      const headings = await framed[0]!
        .getByRole('heading', { name: FEATURED_HEADING })
        .count()
        .catch(() => 0)
      expect(
        headings,
        'essay headings rendered inside the other site’s frame',
      ).toBe(0)
      await saveScreenshot('framed-by-another-site')
    } finally {
      await new Promise((resolve) => framer.server.close(resolve))
    }
  },
)
