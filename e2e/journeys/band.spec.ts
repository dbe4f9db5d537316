import type { Locator, Page } from '@playwright/test'
import { details, essay, openApp, slider, timeline } from '../appPage'
import { expectNoAxeViolations } from '../axe'
import { expect, test } from '../fixtures'

async function box(locator: Locator) {
  const b = await locator.boundingBox()
  if (!b) throw new Error('not laid out')
  return b
}

/** The bottom of the sticky band: the timeline and the guided reading's controls under it. */
async function bandBottom(page: Page): Promise<number> {
  const guide = await box(page.getByRole('group', { name: 'Guided reading' }))
  return guide.y + guide.height
}

/**
 * The reader sizes the timeline: collapse it to a slim strip while reading, size it by keyboard, and find it as
 * left on the next visit; a deep link's citing passage lands below the band, never under it.
 */
test('a timeline the reader sizes; a deep link lands below it', async ({
  page,
  viewportName,
  saveScreenshot,
}) => {
  await openApp(page)
  const open = await box(timeline(page))
  await timeline(page)
    .getByRole('button', { name: 'Collapse timeline' })
    .click()
  await expect(
    timeline(page).getByRole('button', { name: 'Expand timeline' }),
  ).toHaveAttribute('aria-expanded', 'false')
  await expect(slider(page), 'the strip keeps the playhead').toBeVisible()
  const strip = await box(timeline(page))
  expect(strip.height, 'the strip is slim').toBeLessThan(
    Math.min(open.height / 2, 110),
  )
  await saveScreenshot('collapsed')
  await expectNoAxeViolations(page, `collapsed (${viewportName})`)

  // Sized by keyboard: ↓ opens it lane by lane.
  const handle = timeline(page).getByRole('separator', {
    name: 'Timeline height',
  })
  await handle.focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(handle).toHaveAttribute('aria-valuetext', '4 lanes')
  await expect(handle, 'focus stays on the handle').toBeFocused()
  const sized = await box(timeline(page))
  expect(sized.height).toBeGreaterThan(strip.height)

  // Kept for the next visit; and a deep link's passage lands below the band.
  const id = 'budapest-memorandum-1994-12-05'
  await openApp(page, `?event=${id}`)
  await expect(
    timeline(page).getByRole('separator', { name: 'Timeline height' }),
    'the size is kept',
  ).toHaveAttribute('aria-valuetext', '4 lanes')
  const citation = essay(page)
    .getByRole('link', { name: 'Budapest Memorandum', exact: true })
    .first()
  await expect
    .poll(async () => (await box(citation)).y - (await bandBottom(page)), {
      message: 'the cited phrase starts below the band’s bottom edge',
    })
    .toBeGreaterThanOrEqual(0)
  if (viewportName === 'phone')
    await expect
      .poll(
        async () => {
          const link = await box(citation)
          return (await box(details(page))).y - (link.y + link.height)
        },
        { message: 'the cited phrase ends above the details sheet' },
      )
      .toBeGreaterThanOrEqual(0)
  await saveScreenshot('deep-link-sized')
  await expectNoAxeViolations(page, `deep link, sized band (${viewportName})`)
})
