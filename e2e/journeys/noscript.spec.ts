import { essay, timeline } from '../appPage'
import { expectNoAxeViolations } from '../axe'
import { expect, test } from '../fixtures'

const EVENT_ID = 'budapest-memorandum-1994-12-05'

/**
 * axe needs scripts in the page, so it checks the pre-rendered page with the app's own script blocked: what a
 * reader sees before the script arrives (the <noscript> list shows only with scripting off, checked below).
 */
test('the pre-rendered page, before its script runs, has no axe violations', async ({
  page,
  viewportName,
}) => {
  await page.route('**/assets/*.js', (route) => route.abort('blockedbyclient'))
  await page.goto('/')
  await expect(
    timeline(page).getByRole('img', { name: /as drawn at first load/ }),
  ).toBeVisible()
  await expectNoAxeViolations(page, `before the script (${viewportName})`)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  /**
   * With scripts off, the pre-rendered page is the whole app: the essay to read, the timeline as a still
   * picture, and each citation leading to its event in the list below the page, with dates and sources.
   */
  test('without JavaScript, read the essay and follow a citation to its event', async ({
    page,
    viewportName,
    saveScreenshot,
  }) => {
    await page.goto('/')
    await expect(
      essay(page).getByRole('heading', {
        level: 1,
        name: /Imperfect Peace in Ukraine/,
      }),
    ).toBeVisible()
    await expect(essay(page).getByText(/You can always count on/)).toBeVisible()

    const frame = timeline(page).getByRole('img', {
      name: /as drawn at first load/,
    })
    await expect(frame).toBeVisible()
    // The marks are in the document (SVG text), in the band that fits the screen.
    await expect(
      frame.locator('svg:visible text', { hasText: 'Berlin Blo' }),
      'a mark label in the still frame',
    ).toHaveCount(1)
    await saveScreenshot(`still page (${viewportName})`)

    await essay(page)
      .getByRole('link', { name: 'Budapest Memorandum', exact: true })
      .click()
    await expect(page).toHaveURL(new RegExp(`#event-${EVENT_ID}$`))
    const entry = page.locator(`[id="event-${EVENT_ID}"]`)
    await expect(entry).toBeInViewport()
    await expect(
      entry.getByRole('heading', { name: 'Budapest Memorandum' }),
    ).toBeVisible()
    await expect(
      entry.getByText('5 December 1994', { exact: true }),
    ).toBeVisible()
    await expect(
      entry.getByRole('list', { name: 'Sources' }).getByRole('link').first(),
      'a source, linked',
    ).toHaveAttribute('href', /^https:\/\//)
    await saveScreenshot(`event entry (${viewportName})`)
  })
})
