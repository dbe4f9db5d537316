import { eventButton, expectDetailsHeading, openApp } from '../appPage'
import { expectNoAxeViolations } from '../axe'
import { eventById } from '../content'
import { expectTrue } from '../expect'
import type { Journey, JourneyContext } from '../runner'

const EVENT_ID = 'berlin-blockade-and-airlift-1948-1949'

async function expectNoHorizontalScroll(ctx: JourneyContext): Promise<void> {
  const { scroll, width } = await ctx.page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }))
  expectTrue(
    scroll <= width,
    `no horizontal page scroll at ${width} px (scrollWidth ${scroll})`,
  )
}

/** Dark mode: axe (contrast included) on the first view and with an event selected; no sideways scroll. */
export const darkModeJourney: Journey = {
  name: 'dark mode passes axe (contrast AA)',
  viewports: ['desktop', 'phone'],
  async run(ctx) {
    const { page } = ctx
    await page.emulateMedia({ colorScheme: 'dark' })
    await openApp(ctx)
    const background = await page.evaluate(
      () => getComputedStyle(document.body).backgroundColor,
    )
    const [r = 255, g = 255, b = 255] =
      background.match(/\d+/g)?.map(Number) ?? []
    expectTrue(
      r + g + b < 3 * 128,
      `dark mode darkens the page (body background ${background})`,
    )
    await expectNoHorizontalScroll(ctx)
    await ctx.screenshot('dark')
    if (ctx.viewport === 'desktop')
      await expectNoAxeViolations(page, 'dark, initial (desktop)')

    const event = eventById(EVENT_ID)
    const button = eventButton(page, EVENT_ID)
    await button.click()
    await expectDetailsHeading(page, event.title)
    await ctx.screenshot('dark-selected')
    await expectNoAxeViolations(page, `dark, event selected (${ctx.viewport})`)
  },
}

/** The light first view: no sideways scroll at either width (axe runs in the citation journey). */
export const layoutJourney: Journey = {
  name: 'layout fits the viewport',
  viewports: ['desktop', 'phone'],
  async run(ctx) {
    await openApp(ctx)
    await expectNoHorizontalScroll(ctx)
    await ctx.screenshot('initial')
  },
}
