import { details, essay, foldDetailsSheet, openApp, openMenu } from '../appPage'
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

/** A one-pixel PNG, served for the imported timeline's image (the test server has no https host of its own). */
const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)

/** A TimelineJS file whose events carry an image (alt, caption, credit) and a video. */
const WITH_MEDIA = JSON.stringify({
  title: { text: { headline: 'Harbour lights', text: '<p>Two lamps.</p>' } },
  events: [
    {
      start_date: { year: 1901, month: 5, day: 2 },
      display_date: 'Spring 1901',
      text: { headline: 'The north lamp is lit' },
      media: {
        url: '//images.example.org/north-lamp.png',
        caption: 'The lamp on its first night',
        credit: 'Harbour archive',
        alt: 'A lamp on a stone pier',
      },
    },
    {
      start_date: { year: 1930 },
      text: { headline: 'A film of the south lamp' },
      media: { url: 'https://video.example.org/south-lamp.mp4' },
    },
  ],
})

test('an imported event shows its image with alt, caption and credit; a video is a link', async ({
  page,
  viewportName,
  saveScreenshot,
}) => {
  // The image's host answers from here: the request leaves the page as any https image would.
  await page.route('https://images.example.org/**', (route) =>
    route.fulfill({ contentType: 'image/png', body: PIXEL_PNG }),
  )
  await openApp(page)
  await openMenu(page)
  await page.getByLabel('Open files').setInputFiles({
    name: 'harbour.json',
    mimeType: 'application/json',
    buffer: Buffer.from(WITH_MEDIA),
  })
  await expect(essay(page).getByRole('heading', { level: 1 })).toHaveText(
    'Harbour lights',
  )
  await essay(page)
    .getByRole('link', { name: /The north lamp is lit/ })
    .first()
    .click()
  const panel = details(page)
  const image = panel.getByRole('img', { name: 'A lamp on a stone pier' })
  await image.scrollIntoViewIfNeeded()
  await expect(image).toBeVisible()
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0)
  // The protocol-relative address was made https.
  await expect(image).toHaveAttribute(
    'src',
    'https://images.example.org/north-lamp.png',
  )
  await expect(panel).toContainText('The lamp on its first night')
  await expect(panel).toContainText('Harbour archive')
  await expect(panel).toContainText('Spring 1901')
  await saveScreenshot('media-in-details')
  await expectNoAxeViolations(page, `media in details (${viewportName})`)

  // On a phone the details are a sheet over the essay: fold it to reach the next citation.
  await foldDetailsSheet(page)
  await essay(page)
    .getByRole('link', { name: /A film of the south lamp/ })
    .first()
    .click()
  await expect(
    details(page).getByRole('link', { name: /^Video: video\.example\.org/ }),
  ).toHaveAttribute('href', 'https://video.example.org/south-lamp.mp4')
})
