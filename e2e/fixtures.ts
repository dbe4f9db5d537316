import { test as base, expect, type Route } from '@playwright/test'

/** The environment variable through which the global setup hands the served app's origin to the workers. */
export const ORIGIN_ENV = 'E2E_ORIGIN'

/** The tag of journeys that run in the desktop project only (the phone project's `grepInvert`). */
export const DESKTOP_ONLY = '@desktop-only'

export type ViewportName = 'desktop' | 'phone'

/** Per-project and per-file options (`test.use`). */
export type JourneyOptions = {
  /** The project's viewport, for the few steps a phone's layout changes (a folded filter list, a sheet). */
  readonly viewportName: ViewportName
  /** Set where the journey itself opens an off-site page (a source); otherwise any such request fails it. */
  readonly opensOffsitePages: boolean
}

/** A request that left 127.0.0.1: recorded, and answered without the internet. */
export type OffsiteRequest = { readonly url: string }

type JourneyFixtures = {
  /** Non-local requests so far (a document gets a stand-in page, anything else is aborted). */
  readonly offsite: readonly OffsiteRequest[]
  /** Dialogs (alert/confirm/prompt) the page opened; each was dismissed. */
  readonly dialogs: readonly string[]
  /** Uncaught exceptions in the page: any left at the end fail the test. */
  readonly pageErrors: string[]
  /** Console messages that report a hydration mismatch: any fail the test. */
  readonly hydrationErrors: string[]
  /** Saves `<label>.png` of the page in the test's output folder, to look at (kept for passing tests too). */
  readonly saveScreenshot: (label: string) => Promise<void>
}

function isLocal(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url)
    if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:')
      return true
    return hostname === '127.0.0.1'
  } catch {
    return false
  }
}

/** A stand-in for an off-site document (a source opened in a new tab), so the tab has a URL to check. */
function answerOffsite(route: Route): Promise<void> {
  if (route.request().resourceType() !== 'document')
    return route.abort('blockedbyclient')
  return route.fulfill({
    status: 200,
    contentType: 'text/html',
    body: '<!doctype html><html lang="en"><title>Stand-in</title><p>Stand-in for an external page.</p></html>',
  })
}

/**
 * React's words for a server/client mismatch: the development build's "hydrat…" messages, and the production
 * build's minified errors 418, 419, 422, 423 and 425 (hydration failed, text or tree differed).
 */
export function isHydrationMessage(text: string): boolean {
  return (
    /hydrat/i.test(text) ||
    /react\.dev\/errors\/4(18|19|22|23|25)\b/.test(text) ||
    /Minified React error #4(18|19|22|23|25)\b/.test(text)
  )
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/**
 * Playwright's `test` with what every journey gets: the served app as `baseURL` (so `page.goto('/?event=…')`),
 * a context whose requests never leave 127.0.0.1, and failures for off-site requests and uncaught page errors.
 * The viewport, touch and reduced motion come from the project (playwright.config.ts).
 */
export const test = base.extend<JourneyOptions & JourneyFixtures>({
  viewportName: ['desktop', { option: true }],
  opensOffsitePages: [false, { option: true }],

  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  baseURL: async ({}, use) => {
    const origin = process.env[ORIGIN_ENV]
    if (!origin)
      throw new Error(
        `${ORIGIN_ENV} is not set: run the journeys with \`npm run test:e2e\` (its global setup serves the app)`,
      )
    await use(origin)
  },

  offsite: [
    async ({ context, opensOffsitePages }, use) => {
      const offsite: OffsiteRequest[] = []
      await context.route('**/*', (route) => {
        const url = route.request().url()
        if (isLocal(url)) return route.fallback()
        offsite.push({ url })
        return answerOffsite(route)
      })
      await use(offsite)
      // The app itself loads nothing from other hosts (no fonts, CDNs or trackers).
      if (!opensOffsitePages)
        expect(
          offsite.map((r) => r.url),
          'requests that left 127.0.0.1 (answered locally)',
        ).toEqual([])
    },
    { auto: true },
  ],

  dialogs: [
    async ({ page }, use) => {
      const dialogs: string[] = []
      page.on('dialog', (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`)
        void dialog.dismiss().catch(() => undefined)
      })
      await use(dialogs)
    },
    { auto: true },
  ],

  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      await use(errors)
      expect(errors, 'uncaught errors in the page').toEqual([])
    },
    { auto: true },
  ],

  hydrationErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('console', (message) => {
        const text = message.text()
        if (message.type() === 'error' && isHydrationMessage(text))
          errors.push(text)
      })
      await use(errors)
      expect(errors, 'hydration mismatches logged by React').toEqual([])
    },
    { auto: true },
  ],

  saveScreenshot: async ({ page }, use, testInfo) => {
    await use(async (label) => {
      const path = testInfo.outputPath(`${slug(label)}.png`)
      await page.screenshot({ path, timeout: 5_000 })
    })
  },
})

export { expect }
