import { essay, openApp, openMenu } from '../appPage'
import { expectNoAxeViolations } from '../axe'
import { expect, test } from '../fixtures'

/** A TimelineJS file of our own that converts but cannot be shown yet (its events name no country). */
const TIMELINE_JS = JSON.stringify({
  title: {
    text: { headline: 'A life', text: '<p>An <b>introduction</b>.</p>' },
  },
  events: [
    {
      start_date: { year: 1950, month: 3 },
      text: { headline: 'Born', text: '<p>In a small town.</p>' },
      media: { url: 'relative/picture.jpg', caption: 'A picture' },
    },
    {
      start_date: { year: 1970 },
      text: { headline: 'Moved abroad' },
      group: 'Work',
    },
  ],
})

/**
 * Opening a file whose report has much to say shows the report in a dialog over the page: the essay stays
 * exactly where it was, the report is within the screen and scrolls inside, and closing it leaves the page
 * as it was.
 */
test('a conversion report opens over the page without moving it', async ({
  page,
  viewportName,
  saveScreenshot,
}) => {
  await openApp(page)
  const essayHeading = essay(page).getByRole('heading', { level: 1 })
  const before = (await essayHeading.boundingBox())?.y
  await openMenu(page)
  await page.getByLabel('Open files').setInputFiles({
    name: 'a-life.json',
    mimeType: 'application/json',
    buffer: Buffer.from(TIMELINE_JS),
  })
  const dialog = page.getByRole('dialog', {
    name: 'Converted from TimelineJS: a-life.json',
  })
  await expect(dialog).toBeVisible()
  await expect(dialog).toBeInViewport({ ratio: 1 })
  expect((await essayHeading.boundingBox())?.y, 'the essay did not move').toBe(
    before,
  )
  await saveScreenshot('report-dialog')
  await expectNoAxeViolations(page, `import report (${viewportName})`)

  // The report's last action is reachable inside the dialog, however long the report.
  const close = dialog.getByRole('button', { name: 'Close' })
  await close.scrollIntoViewIfNeeded()
  await expect(close).toBeInViewport()
  await close.click()
  await expect(dialog).toBeHidden()
  expect((await essayHeading.boundingBox())?.y).toBe(before)
})
