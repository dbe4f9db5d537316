import { essay, openApp, openMenu } from '../appPage'
import { expectNoAxeViolations } from '../axe'
import { expect, test } from '../fixtures'

/** A TimelineJS file of our own: a title slide, HTML text, a relative image (dropped), a group. */
const TIMELINE_JS = JSON.stringify({
  title: {
    text: { headline: 'A life', text: '<p>An <b>introduction</b>.</p>' },
  },
  eras: [
    {
      start_date: { year: 1945 },
      end_date: { year: 1965 },
      text: { headline: 'Early years' },
    },
  ],
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
 * Opening a file that cannot be shown puts its problems in a dialog over the page: the essay stays exactly
 * where it was and closing the dialog leaves the page as it was. A TimelineJS file that converts opens at
 * once, with a short note that offers the bundle.
 */
test('reports open over the page without moving it; a conversion leaves a short note', async ({
  page,
  viewportName,
  saveScreenshot,
}) => {
  await openApp(page)
  const essayHeading = essay(page).getByRole('heading', { level: 1 })
  const before = (await essayHeading.boundingBox())?.y
  await openMenu(page)
  await page.getByLabel('Open files').setInputFiles({
    name: 'events.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"title": 1}'),
  })
  const dialog = page.getByRole('dialog', {
    name: 'The files could not be opened',
  })
  await expect(dialog).toBeVisible()
  await expect(dialog).toBeInViewport({ ratio: 1 })
  expect((await essayHeading.boundingBox())?.y, 'the essay did not move').toBe(
    before,
  )
  await saveScreenshot('problems-dialog')
  await expectNoAxeViolations(page, `problems dialog (${viewportName})`)
  await dialog.getByRole('button', { name: 'Dismiss' }).click()
  await expect(dialog).toBeHidden()
  expect((await essayHeading.boundingBox())?.y).toBe(before)

  await openMenu(page)
  await page.getByLabel('Open files').setInputFiles({
    name: 'a-life.json',
    mimeType: 'application/json',
    buffer: Buffer.from(TIMELINE_JS),
  })
  await expect(essay(page).getByRole('heading', { level: 1 })).toHaveText(
    'A life',
  )
  const note = page.getByRole('region', {
    name: 'Converted from TimelineJS: a-life.json',
  })
  await expect(note).toBeVisible()
  await expect(
    note.getByRole('button', { name: 'Download bundle' }),
  ).toBeVisible()
  // What the file had beyond dates and words: its era, named once, and its group as a filter.
  await expect(page.getByRole('list', { name: 'Eras' })).toContainText(
    'Early years',
  )
  await saveScreenshot('conversion-note')
  await expectNoAxeViolations(page, `conversion note (${viewportName})`)
  await note.getByRole('button', { name: 'Close' }).click()
  await expect(note).toBeHidden()
  await page.getByRole('button', { name: /^Filters/ }).click()
  await page
    .getByRole('group', { name: 'Filter by group' })
    .getByRole('checkbox', { name: /^Work/ })
    .check()
  await expect(
    page.getByRole('button', { name: /^Filters/ }),
  ).toHaveAccessibleName(/^Filters\b.*1 chosen$/)
  await saveScreenshot('group-filter')
})
