import type { Page } from 'playwright-core'
import {
  type Box,
  centreOf,
  dragSweep,
  wheelAlternating,
  wheelIn,
} from './gestures'

/** What a gesture did, for the report ("drag overview window", or the fallback it used). */
export type GestureResult = { readonly method: string; readonly inputs: number }

/** A gesture of `durationMs` on the page; null when the target has no such control (not measured). */
export type Gesture =
  ((page: Page, durationMs: number) => Promise<GestureResult>) | null

export type TargetName =
  'app' | 'app-rows' | 'app-replaced' | 'vis-timeline' | 'timelinejs' | 'floor'

/**
 * Which files of a synthetic dataset the server answers /data/ with: `compiled` as `npm run build` publishes
 * them (with `essay.compiled.json`), `replaced` as a site that swapped its files after the build (no compiled
 * essay, so the app parses the Markdown in the browser). Both gzipped, as a static host serves them.
 */
export type DataPath = 'compiled' | 'replaced'

/** How to drive one timeline implementation in the page. */
export type Target = {
  readonly name: TargetName
  /** Path on the bench server. */
  readonly path: string
  readonly dataPath: DataPath
  readonly scrub: Gesture
  readonly zoom: Gesture
  readonly pan: Gesture
  /** After the ready mark: null when the drawing is on screen, else what is wrong (e.g. the panel failed). */
  readonly check: (page: Page) => Promise<string | null>
}

/** Null when `selector` is on screen, else a problem naming it and any alert the page shows. */
async function checkVisible(
  page: Page,
  selector: string,
): Promise<string | null> {
  const box = await boxOf(page, selector)
  if (box && box.width > 0 && box.height > 0) return null
  const alert = await page
    .locator('[role=alert]')
    .first()
    .textContent({ timeout: 1_000 })
    .catch(() => null)
  return `${selector} is not on screen${alert ? `; the page shows: ${JSON.stringify(alert.trim().slice(0, 120))}` : ''}`
}

/** Wheel notches to zoom in before panning: a full-extent view may have nowhere to pan to. */
const PAN_ZOOM_NOTCHES = 6

async function boxOf(page: Page, selector: string): Promise<Box | null> {
  const locator = page.locator(selector).first()
  if ((await locator.count()) === 0) return null
  return locator.boundingBox()
}

async function requireBox(page: Page, selector: string): Promise<Box> {
  const box = await boxOf(page, selector)
  if (!box) throw new Error(`no visible element matches ${selector}`)
  return box
}

/** Sweeps over the middle 90% of `plot` horizontally, pressing first at `from`. */
function sweepPlot(
  page: Page,
  from: { x: number; y: number },
  plot: Box,
  durationMs: number,
) {
  return dragSweep(
    page,
    from,
    plot.x + plot.width * 0.05,
    plot.x + plot.width * 0.95,
    durationMs,
  )
}

/** Sweeps ±25% of `plot`'s width around `from`, kept inside the plot. */
function sweepAround(
  page: Page,
  from: { x: number; y: number },
  plot: Box,
  durationMs: number,
) {
  const reach = plot.width * 0.25
  const minX = Math.max(plot.x + 2, from.x - reach)
  const maxX = Math.min(plot.x + plot.width - 2, from.x + reach)
  return dragSweep(page, from, minX, maxX, durationMs)
}

const APP_REGION = 'section[aria-label="Timeline"]'
const APP_SLIDER = '[role="slider"][aria-label="Timeline date"]'
const APP_OVERVIEW_WINDOW = '[aria-label="Visible period"]'

/**
 * The app's plot: the widest <svg> or <canvas> in the timeline region (its first child that can zoom), else
 * the region itself.
 */
async function appPlot(page: Page): Promise<Box> {
  const region = await requireBox(page, APP_REGION)
  const candidates = page.locator(`${APP_REGION} svg, ${APP_REGION} canvas`)
  let best: Box | null = null
  for (let i = 0, n = Math.min(await candidates.count(), 20); i < n; i++) {
    const box = await candidates.nth(i).boundingBox()
    if (
      box &&
      box.height >= 60 &&
      (!best || box.width * box.height > best.width * best.height)
    )
      best = box
  }
  return best ?? region
}

/** A point in the lanes, below the date axis at the top of the plot. */
const plotPoint = (plot: Box) => ({
  x: plot.x + plot.width / 2,
  y: plot.y + plot.height * 0.6,
})

/** d3-zoom loads just after the first render; a wheel before it attaches would scroll the page instead. */
async function zoomReady(page: Page): Promise<void> {
  await page
    .locator(`${APP_REGION} [data-zoom="ready"]`)
    .first()
    .waitFor({ state: 'attached', timeout: 10_000 })
}

export const appTarget: Target = {
  name: 'app',
  path: '/',
  dataPath: 'compiled',
  check: (page) =>
    checkVisible(page, `${APP_REGION} svg, ${APP_REGION} canvas`),
  async scrub(page, durationMs) {
    const plot = await appPlot(page)
    const slider = await boxOf(page, APP_SLIDER)
    if (slider) {
      const inputs = await sweepPlot(page, centreOf(slider), plot, durationMs)
      return { method: 'drag the "Timeline date" slider', inputs }
    }
    const inputs = await sweepPlot(page, centreOf(plot), plot, durationMs)
    return { method: 'drag on the plot (no "Timeline date" slider)', inputs }
  },
  async zoom(page, durationMs) {
    await zoomReady(page)
    const inputs = await wheelAlternating(
      page,
      plotPoint(await appPlot(page)),
      durationMs,
    )
    return { method: 'wheel over the plot', inputs }
  },
  async pan(page, durationMs) {
    const plot = await appPlot(page)
    await zoomReady(page)
    await wheelIn(page, plotPoint(plot), PAN_ZOOM_NOTCHES)
    await page.waitForTimeout(300)
    const overview = await boxOf(page, APP_OVERVIEW_WINDOW)
    if (overview) {
      const region = await requireBox(page, APP_REGION)
      const inputs = await sweepAround(
        page,
        centreOf(overview),
        region,
        durationMs,
      )
      return { method: 'drag the "Visible period" overview window', inputs }
    }
    const inputs = await sweepAround(page, plotPoint(plot), plot, durationMs)
    return {
      method: 'drag the main plot (no "Visible period" control)',
      inputs,
    }
  },
}

/** The app with one row per country (`?rows=country`): the same gestures over the rows. */
export const appRowsTarget: Target = {
  ...appTarget,
  name: 'app-rows',
  path: '/?rows=country',
}

const VIS_PLOT = '.vis-panel.vis-center'

export const visTarget: Target = {
  name: 'vis-timeline',
  path: '/vis/',
  dataPath: 'replaced',
  check: (page) => checkVisible(page, VIS_PLOT),
  async scrub(page, durationMs) {
    const plot = await requireBox(page, VIS_PLOT)
    const bar = await requireBox(page, '.vis-custom-time.playhead')
    const inputs = await sweepPlot(
      page,
      { x: bar.x + bar.width / 2, y: plot.y + 40 },
      plot,
      durationMs,
    )
    return { method: 'drag the custom time bar', inputs }
  },
  async zoom(page, durationMs) {
    const inputs = await wheelAlternating(
      page,
      centreOf(await requireBox(page, VIS_PLOT)),
      durationMs,
    )
    return { method: 'wheel over the plot', inputs }
  },
  async pan(page, durationMs) {
    const plot = await requireBox(page, VIS_PLOT)
    await wheelIn(page, centreOf(plot), PAN_ZOOM_NOTCHES)
    await page.waitForTimeout(300)
    const inputs = await sweepAround(page, centreOf(plot), plot, durationMs)
    return { method: 'drag the plot', inputs }
  },
}

/** The app on the files a site replaced after the build: no compiled essay, so the Markdown is parsed too. */
export const appReplacedTarget: Target = {
  ...appTarget,
  name: 'app-replaced',
  dataPath: 'replaced',
}

const TIMELINEJS_NAV = '.tl-timenav'

/** TimelineJS 3.9: a slide show over a time navigation strip, which pans by drag; it has no playhead or wheel zoom. */
export const timelineJsTarget: Target = {
  name: 'timelinejs',
  path: '/timelinejs/',
  dataPath: 'replaced',
  check: (page) => checkVisible(page, TIMELINEJS_NAV),
  scrub: null,
  zoom: null,
  async pan(page, durationMs) {
    const nav = await requireBox(page, TIMELINEJS_NAV)
    const inputs = await sweepAround(page, centreOf(nav), nav, durationMs)
    return { method: 'drag the time navigation', inputs }
  },
}

/** The floor: a blank page that fetches and parses the same events.json. Nothing to see or drive. */
export const floorTarget: Target = {
  name: 'floor',
  path: '/floor/',
  dataPath: 'replaced',
  check: () => Promise.resolve(null),
  scrub: null,
  zoom: null,
  pan: null,
}
