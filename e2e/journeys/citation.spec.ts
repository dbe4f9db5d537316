import {
  details,
  detailsSheetBox,
  essay,
  expectDetailsHeading,
  openApp,
  urlEvent,
} from '../appPage'
import { expectNoAxeViolations } from '../axe'
import { expect, test } from '../fixtures'

const EVENT_ID = 'budapest-memorandum-1994-12-05'

/** A plain click on a citation selects its event: the details region shows it and the URL deep-links it. */
test('click a citation to see the event', async ({
  page,
  viewportName,
  saveScreenshot,
}) => {
  await openApp(page)
  await expectNoAxeViolations(page, `initial (${viewportName})`)

  const link = essay(page).getByRole('link', {
    name: 'Budapest Memorandum',
    exact: true,
  })
  await expect(link, 'the citation deep-links its event').toHaveAttribute(
    'href',
    new RegExp(`event=${EVENT_ID}`),
  )
  const pathBefore = new URL(page.url()).pathname
  await link.click()
  await expectDetailsHeading(page, 'Budapest Memorandum')
  await expect
    .poll(() => urlEvent(page), { message: 'the URL carries ?event=' })
    .toBe(EVENT_ID)
  expect(
    new URL(page.url()).pathname,
    'the click selected in place (no navigation)',
  ).toBe(pathBefore)

  // The panel is on screen: beside the essay on desktop, a bottom sheet on a phone.
  await expect(details(page)).toBeInViewport()
  if (viewportName === 'phone') {
    const viewport = page.viewportSize()
    const sheet = await detailsSheetBox(page)
    const isBottomSheet =
      viewport !== null &&
      sheet !== null &&
      Math.abs(sheet.bottom - viewport.height) <= 2 &&
      sheet.width >= viewport.width - 2 &&
      sheet.y > 0
    expect(
      isBottomSheet,
      `on a phone the details are a bottom sheet (fixed box ${JSON.stringify(sheet)})`,
    ).toBe(true)
  }
  await saveScreenshot('selected')
  await expectNoAxeViolations(page, `event selected (${viewportName})`)
})
