import {
  detailsSheetBox,
  essay,
  eventButton,
  expectDetailsHeading,
  foldDetailsSheet,
  openApp,
  timeline,
} from '../appPage'
import { citingParagraphCount, eventById } from '../content'
import { expect, test } from '../fixtures'

/**
 * Desktop: cited by two paragraphs and alone in its year. Phone: the whole range squeezes 2022 into a
 * cluster, so an event drawn on its own at that width (cited once, in the "Lessons" section).
 */
const EVENT_IDS = {
  desktop: 'russian-full-scale-invasion-2022-02-24',
  phone: 'berlin-blockade-and-airlift-1948-1949',
} as const

type Box = { top: number; bottom: number }

/** Selecting an event on the timeline marks every passage citing it and scrolls the first into view. */
test('select an event on the timeline to see its passages', async ({
  page,
  viewportName,
  saveScreenshot,
}) => {
  const EVENT_ID = EVENT_IDS[viewportName]
  const event = eventById(EVENT_ID)
  await openApp(page)
  // Read from the end, so the citing passages are far away.
  await page.evaluate(() =>
    window.scrollTo(0, document.documentElement.scrollHeight),
  )

  const button = eventButton(page, EVENT_ID)
  await expect(button).toBeVisible()
  const name =
    (await button.getAttribute('aria-label')) ??
    (await button.textContent()) ??
    ''
  expect(
    name.startsWith(event.title),
    `the event button's name "${name}" starts with its title`,
  ).toBe(true)
  await button.click()
  await expectDetailsHeading(page, event.title)
  await expect(button, 'the selected event button').toHaveAttribute(
    'aria-pressed',
    'true',
  )

  const current = essay(page).locator('[aria-current="true"]')
  await expect(current, 'passages marked aria-current="true"').toHaveCount(
    citingParagraphCount(EVENT_ID),
  )

  await foldDetailsSheet(page) // a phone's sheet covers the essay until folded

  // Where the first citing passage sits, and the band the sticky timeline and any sheet leave free.
  const visible = async (): Promise<{
    passage: Box
    top: number
    bottom: number
  }> => {
    const passage = await current.first().evaluate((el) => {
      const r = el.getBoundingClientRect()
      return { top: r.top, bottom: r.bottom }
    })
    const band = await timeline(page).boundingBox()
    const sheet = await detailsSheetBox(page)
    const height = page.viewportSize()?.height ?? 0
    return {
      passage,
      top: band ? band.y + band.height : 0,
      bottom: sheet ? sheet.y : height,
    }
  }
  // In view: a good part of it shows in the band left free by the sticky timeline and any sheet (a tall
  // passage centred in a short band may show its middle only).
  await expect
    .poll(
      async () => {
        const { passage, top, bottom } = await visible()
        return (
          Math.min(passage.bottom, bottom) - Math.max(passage.top, top) >=
          Math.min(passage.bottom - passage.top, 48)
        )
      },
      {
        message:
          'the first citing passage is scrolled into the visible part of the page',
      },
    )
    .toBe(true)
  await saveScreenshot('passages')
})
