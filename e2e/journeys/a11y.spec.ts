import type { Page } from '@playwright/test'
import { eventButton, expectDetailsHeading, openApp } from '../appPage'
import { expectNoAxeViolations } from '../axe'
import { eventById } from '../content'
import { expect, test } from '../fixtures'

const EVENT_ID = 'berlin-blockade-and-airlift-1948-1949'

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }))
  expect(
    scroll,
    `no horizontal page scroll at ${width} px (scrollWidth)`,
  ).toBeLessThanOrEqual(width)
}

/** The light first view: no sideways scroll at either width (axe runs in the citation journey). */
test('layout fits the viewport', async ({ page, saveScreenshot }) => {
  await openApp(page)
  await expectNoHorizontalScroll(page)
  await saveScreenshot('initial')
})

/** Dark mode: axe (contrast included) on the first view and with an event selected; no sideways scroll. */
test('dark mode passes axe (contrast AA)', async ({
  page,
  viewportName,
  saveScreenshot,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await openApp(page)
  const background = await page.evaluate(
    () => getComputedStyle(document.body).backgroundColor,
  )
  const [r = 255, g = 255, b = 255] =
    background.match(/\d+/g)?.map(Number) ?? []
  expect(
    r + g + b,
    `dark mode darkens the page (body background ${background})`,
  ).toBeLessThan(3 * 128)
  await expectNoHorizontalScroll(page)
  await saveScreenshot('dark')
  if (viewportName === 'desktop')
    await expectNoAxeViolations(page, 'dark, initial (desktop)')

  const event = eventById(EVENT_ID)
  await eventButton(page, EVENT_ID).click()
  await expectDetailsHeading(page, event.title)
  await saveScreenshot('dark-selected')
  await expectNoAxeViolations(page, `dark, event selected (${viewportName})`)
})
