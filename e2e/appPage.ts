import type { Locator, Page } from 'playwright-core'
import type { JourneyContext } from './runner'

/** Opens the app at `search` (e.g. `?event=x`) and waits for the essay, the sign that content loaded. */
export async function openApp(ctx: JourneyContext, search = ''): Promise<void> {
  await ctx.page.goto(`${ctx.origin}/${search}`)
  await essay(ctx.page).waitFor({ state: 'visible', timeout: 10_000 })
}

/** Opens the app and waits for its role=alert (content that failed to load or validate). */
export async function openAppExpectingAlert(
  ctx: JourneyContext,
  search = '',
): Promise<Locator> {
  await ctx.page.goto(`${ctx.origin}/${search}`)
  const alert = ctx.page.getByRole('alert')
  await alert.first().waitFor({ state: 'visible', timeout: 10_000 })
  return alert
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
  await detailsHeading(page, title).waitFor({
    state: 'visible',
    timeout: 5_000,
  })
}
