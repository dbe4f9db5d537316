import { existsSync } from 'node:fs'
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Route,
} from 'playwright-core'

export const CHROMIUM_PATH = '/usr/bin/chromium'

/** Debian's Chromium flags (shared/toolchain.md); nothing resolves but 127.0.0.1, as a second wall. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
]

/** Fails with how to install it when Debian's Chromium is missing (no browser downloads are possible here). */
export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it with: apt-get install chromium`,
    )
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 30_000,
  })
}

export const VIEWPORTS = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const
export type ViewportName = keyof typeof VIEWPORTS

/** A request that left 127.0.0.1: recorded by the context and answered without the internet. */
export type OffsiteRequest = { readonly url: string }

export type BlockedContext = {
  readonly context: BrowserContext
  /** Every non-local request the pages made (each was fulfilled locally or aborted). */
  readonly offsite: OffsiteRequest[]
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

/** A stand-in page for an off-site document (a source opened in a new tab). */
function offsitePage(route: Route): Promise<void> {
  const url = route.request().url()
  const body = `<!doctype html><html lang="en"><title>Stand-in</title><p>Stand-in for an external page.</p></html>`
  if (route.request().resourceType() === 'document')
    return route.fulfill({
      status: 200,
      contentType: 'text/html',
      body,
      headers: { 'x-url': url },
    })
  return route.abort('blockedbyclient')
}

/**
 * A fresh context whose every non-local request is recorded and never reaches the internet: documents get a
 * small stand-in page (so a source link's new tab has a URL to check), everything else is aborted.
 */
export async function newBlockedContext(
  browser: Browser,
  viewport: ViewportName,
): Promise<BlockedContext> {
  const size = VIEWPORTS[viewport]
  const context = await browser.newContext({
    viewport: size,
    deviceScaleFactor: 1,
    isMobile: viewport === 'phone',
    hasTouch: viewport === 'phone',
    reducedMotion: 'reduce',
  })
  const offsite: OffsiteRequest[] = []
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (isLocal(url)) return route.fallback()
    offsite.push({ url })
    return offsitePage(route)
  })
  // tsx compiles page.evaluate callbacks with esbuild's keepNames, whose __name helper the page lacks.
  await context.addInitScript('globalThis.__name ??= (fn) => fn')
  context.setDefaultTimeout(8_000)
  context.setDefaultNavigationTimeout(15_000)
  return { context, offsite }
}
