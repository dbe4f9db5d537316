import { openApp, timeline } from '../appPage'
import { expectNoAxeViolations } from '../axe'
import { expect, test } from '../fixtures'

/** A reader compares countries side by side: one row each, named, reachable by keyboard, light and dark. */
test('rows by country: a labelled row per country, Up and Down move between rows', async ({
  page,
  viewportName,
  saveScreenshot,
}) => {
  await openApp(page)
  const rows = timeline(page).getByRole('combobox', { name: 'Rows' })
  await rows.selectOption({ label: 'By country' })
  await expect
    .poll(() => new URL(page.url()).searchParams.get('rows'), {
      message: 'the URL',
    })
    .toBe('country')
  await expect(timeline(page)).toContainText(
    /One row per country, top to bottom: United States \(\d+\), Ukraine \(\d+\)/,
  )
  // Each event's button is in the accessibility tree once: copies are hidden and out of the tab order.
  const copies = timeline(page).locator('[data-copy]')
  expect(await copies.count(), 'copies are drawn').toBeGreaterThan(0)
  await expect(copies.first()).toHaveAttribute('aria-hidden', 'true')
  await expect(copies.first()).toHaveAttribute('tabindex', '-1')

  // Keyboard: into the marks, then down a row and back.
  const marks = timeline(page).getByRole('toolbar', { name: 'Timeline events' })
  const stop = marks.locator('[tabindex="0"]')
  await stop.focus()
  const start = await page.evaluate(() =>
    document.activeElement?.getAttribute('data-key'),
  )
  await page.keyboard.press('ArrowDown')
  // The target's button may be drawn a frame after the key: focus follows it there.
  await expect
    .poll(
      () =>
        page.evaluate(() => document.activeElement?.getAttribute('data-key')),
      { message: 'ArrowDown moved focus to another mark' },
    )
    .not.toBe(start)
  await expect(page.locator(':focus')).not.toHaveAttribute('aria-hidden')
  await page.keyboard.press('ArrowUp')
  await expect(page.locator(':focus')).toHaveAttribute('data-key', start ?? '')
  await page.locator(':focus').blur()
  // The picture: the rows from the top (focus scrolled them to the marks it visited).
  await timeline(page)
    .locator('.tl-rows-scroll')
    .evaluate((frame) => frame.scrollTo({ top: 0 }))
  // The canvas repaints the rows after the scroll event: let it.
  await page.evaluate(
    () =>
      new Promise((done) =>
        requestAnimationFrame(() => requestAnimationFrame(done)),
      ),
  )

  await saveScreenshot('rows-by-country-light')
  await expectNoAxeViolations(page, `rows by country (${viewportName})`)
  await page.emulateMedia({ colorScheme: 'dark' })
  await saveScreenshot('rows-by-country-dark')
  await expectNoAxeViolations(page, `rows by country, dark (${viewportName})`)
})

/** The filter chooses what to compare: Japan and South Korea, two rows. */
test('rows by country with Japan and South Korea filtered: two rows', async ({
  page,
}) => {
  await openApp(page, '?countries=JP,KR&rows=country')
  await expect(timeline(page)).toContainText(
    /One row per country, top to bottom: Japan \(\d+\), South Korea \(\d+\)\./,
  )
  await expect(
    timeline(page).getByRole('combobox', { name: 'Rows' }),
  ).toHaveValue('country')
})
