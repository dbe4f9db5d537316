import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import {
  newBlockedContext,
  type OffsiteRequest,
  type ViewportName,
} from './browser'
import { ROOT } from './app'

export const RESULTS_DIR = join(ROOT, 'test-results')
const JOURNEY_TIMEOUT_MS = 30_000
/** Playwright's call logs carry terminal colour codes. */
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g')

/** What a journey gets: a fresh page in a fresh context whose requests never leave 127.0.0.1. */
export type JourneyContext = {
  readonly page: Page
  readonly context: BrowserContext
  readonly origin: string
  readonly viewport: ViewportName
  /** Non-local requests seen so far (each was answered locally or aborted). */
  readonly offsite: readonly OffsiteRequest[]
  /** Dialogs (alert/confirm/prompt) the page opened; each was dismissed. */
  readonly dialogs: readonly string[]
  /** Uncaught exceptions in the page. The runner fails a journey that leaves any, unless it clears them. */
  readonly pageErrors: string[]
  /** Saves test-results/<journey>-<viewport>-<label>.png and returns its path. */
  readonly screenshot: (label: string) => Promise<string>
}

export type Journey = {
  readonly name: string
  readonly viewports: readonly ViewportName[]
  /** Set when the journey itself opens an off-site page (a source); otherwise any such request fails it. */
  readonly opensOffsitePages?: boolean
  readonly run: (ctx: JourneyContext) => Promise<void>
}

export type JourneyResult = {
  readonly title: string
  readonly ok: boolean
  readonly ms: number
  readonly error?: string
  readonly screenshot?: string
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

function withTimeout<T>(
  work: Promise<T>,
  ms: number,
  what: string,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} timed out after ${ms} ms`)),
      ms,
    )
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/** Runs one journey at one viewport in a fresh context; never throws. */
export async function runJourney(
  browser: Browser,
  origin: string,
  journey: Journey,
  viewport: ViewportName,
): Promise<JourneyResult> {
  const title = `${journey.name} @ ${viewport}`
  const base = `${slug(journey.name)}-${viewport}`
  const started = Date.now()
  mkdirSync(RESULTS_DIR, { recursive: true })
  const { context, offsite } = await newBlockedContext(browser, viewport)
  const page = await context.newPage()
  const dialogs: string[] = []
  const pageErrors: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss().catch(() => undefined)
  })
  page.on('pageerror', (error) => pageErrors.push(error.message))
  const ctx: JourneyContext = {
    page,
    context,
    origin,
    viewport,
    offsite,
    dialogs,
    pageErrors,
    screenshot: async (label) => {
      const path = join(RESULTS_DIR, `${base}-${slug(label)}.png`)
      await page.screenshot({ path, timeout: 5_000 })
      return path
    },
  }
  try {
    await withTimeout(journey.run(ctx), JOURNEY_TIMEOUT_MS, title)
    // The app itself loads nothing from other hosts (no fonts, CDNs or trackers).
    if (!journey.opensOffsitePages && offsite.length > 0)
      throw new Error(
        `Requests left 127.0.0.1 (answered locally): ${offsite.map((r) => r.url).join(', ')}`,
      )
    if (pageErrors.length > 0)
      throw new Error(`Uncaught errors in the page: ${pageErrors.join(' | ')}`)
    return { title, ok: true, ms: Date.now() - started }
  } catch (error) {
    const path = join(RESULTS_DIR, `${base}-FAILED.png`)
    const saved = await page
      .screenshot({ path, timeout: 5_000 })
      .then(() => path)
      .catch(() => undefined)
    const message = (
      error instanceof Error ? error.message : String(error)
    ).replace(ANSI_COLOUR, '')
    return {
      title,
      ok: false,
      ms: Date.now() - started,
      error: message,
      ...(saved ? { screenshot: saved } : {}),
    }
  } finally {
    await context.close().catch(() => undefined)
  }
}
