import { expect, type Page } from '@playwright/test'

/**
 * Opens the app at `search` (e.g. `?event=x`) and waits for the essay, the sign that content loaded, and for
 * the app to answer input (the pre-rendered page shows the essay before its script has run).
 */
export async function openApp(page: Page, search = ''): Promise<void> {
  await page.goto(`/${search}`)
  await expect(essay(page)).toBeVisible({ timeout: 10_000 })
  await waitForInteractive(page)
}

/**
 * Waits until the app's script has taken over the page (App.tsx marks `app-interactive`) and the timeline has
 * settled: hydration hands the still frame over to the live view in a transition, and a phone's compact band
 * follows a render later, so a journey that acted at once could press a mark that was about to move.
 */
export async function waitForInteractive(page: Page): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('app-interactive').length > 0,
    undefined,
    { timeout: 10_000 },
  )
  await waitForTimelineStill(page)
}

/** Waits until the timeline's marks and height stay put for five frames (3 s at most): a move has ended. */
export async function waitForTimelineStill(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((settled) => {
        // The marks' places and the band's height, unchanged over five frames in a row (or 3 s at most).
        const signature = () => {
          const region = document.querySelector('[aria-label="Timeline"]')
          const marks = [...(region?.querySelectorAll('[data-mark]') ?? [])]
          return JSON.stringify([
            region?.getBoundingClientRect().height,
            region?.querySelector('canvas') !== null,
            marks.map((m) => {
              const box = m.getBoundingClientRect()
              return [m.getAttribute('data-key'), box.x, box.y]
            }),
          ])
        }
        const started = performance.now()
        let last = ''
        let still = 0
        const tick = () => {
          const now = signature()
          still = now === last ? still + 1 : 0
          last = now
          if (still >= 5 || performance.now() - started > 3000) settled()
          else requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      }),
  )
}

export const essay = (page: Page) =>
  page.getByRole('article', { name: 'Essay' })
export const timeline = (page: Page) =>
  page.getByRole('region', { name: 'Timeline' })
export const slider = (page: Page) =>
  page.getByRole('slider', { name: 'Timeline date' })
export const details = (page: Page) =>
  page.getByRole('complementary', { name: 'Event details' })
export const searchBox = (page: Page) =>
  page.getByRole('searchbox', { name: 'Search events' })
export const countryGroup = (page: Page) =>
  page.getByRole('group', { name: 'Filter by country' })
export const filterStatus = (page: Page) =>
  page.getByRole('status').filter({ hasText: /^Showing / })
export const eventButton = (page: Page, id: string) =>
  timeline(page).locator(`[data-event-id="${id}"]`)

/** The event ids of the timeline's visible event buttons (not clusters). */
export function visibleEventIds(page: Page): Promise<string[]> {
  return timeline(page)
    .locator('[data-event-id]')
    .evaluateAll((nodes) =>
      nodes
        .filter((n) => {
          const r = n.getBoundingClientRect()
          return (
            r.width > 0 &&
            r.height > 0 &&
            getComputedStyle(n).visibility !== 'hidden'
          )
        })
        .map((n) => n.getAttribute('data-event-id') ?? ''),
    )
}

/** The `event` query parameter of the page's URL. */
export function urlEvent(page: Page): string | null {
  return new URL(page.url()).searchParams.get('event')
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The details region's heading whose name starts with `title`. */
export const detailsHeading = (page: Page, title: string) =>
  details(page).getByRole('heading', {
    name: new RegExp(`^${escapeRegExp(title)}`),
  })

/** Waits until the details region shows a heading starting with `title`. */
export async function expectDetailsHeading(
  page: Page,
  title: string,
): Promise<void> {
  await expect(detailsHeading(page, title)).toBeVisible()
}

/** The filters open over the page from the header's "Filters" button: open them when they are closed. */
export async function openFiltersIfFolded(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: /^Filters\b/ })
  if (
    (await toggle.isVisible()) &&
    (await toggle.getAttribute('aria-expanded')) === 'false'
  )
    await toggle.click()
}

/** The header's one Menu (Share link, Open…, downloads, Print…, About): open it when it is closed. */
export async function openMenu(page: Page): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu', exact: true })
  if ((await menu.getAttribute('aria-expanded')) === 'false') await menu.click()
}

/** On a phone the details are a sheet over the essay: fold it to its title bar to read the essay. */
export async function foldDetailsSheet(page: Page): Promise<void> {
  const fold = details(page).getByRole('button', { name: 'Hide details' })
  if (await fold.isVisible()) await fold.click()
}

export type Rect = {
  x: number
  y: number
  width: number
  height: number
  bottom: number
}

/** The box of the details' fixed-position container (the phone's bottom sheet), or null when not fixed. */
export function detailsSheetBox(page: Page): Promise<Rect | null> {
  return details(page).evaluate((region) => {
    for (let el: Element | null = region; el; el = el.parentElement) {
      if (getComputedStyle(el).position !== 'fixed') continue
      const r = el.getBoundingClientRect()
      return {
        x: r.x,
        y: r.y,
        width: r.width,
        height: r.height,
        bottom: r.bottom,
      }
    }
    return null
  })
}
