import {
  details,
  essay,
  eventButton,
  expectDetailsHeading,
  openApp,
  timeline,
} from '../appPage'
import { citingParagraphCount, eventById } from '../content'
import { eventually, expectEqual, expectTrue } from '../expect'
import type { Journey } from '../runner'

/** Cited by two paragraphs, far from the top of the essay's last paragraphs, alone in its year. */
const EVENT_ID = 'russian-full-scale-invasion-2022-02-24'

type Box = { top: number; bottom: number }

/** Selecting an event on the timeline marks every passage citing it and scrolls the first into view. */
export const selectEventJourney: Journey = {
  name: 'select an event on the timeline to see its passages',
  viewports: ['desktop', 'phone'],
  async run(ctx) {
    const { page } = ctx
    const event = eventById(EVENT_ID)
    await openApp(ctx)
    // Read from the end, so the citing passages are far away.
    await page.evaluate(() =>
      window.scrollTo(0, document.documentElement.scrollHeight),
    )

    const button = eventButton(page, EVENT_ID)
    await button.waitFor({ state: 'visible' })
    const name =
      (await button.getAttribute('aria-label')) ??
      (await button.textContent()) ??
      ''
    expectTrue(
      name.startsWith(event.title),
      `the event button's name "${name}" starts with its title`,
    )
    await button.click()
    await expectDetailsHeading(page, event.title)
    expectEqual(
      await button.getAttribute('aria-pressed'),
      'true',
      'the selected event button aria-pressed',
    )

    const current = essay(page).locator('[aria-current="true"]')
    const expected = citingParagraphCount(EVENT_ID)
    await eventually(
      () => current.count(),
      (n) => n === expected,
      `${expected} passages marked aria-current="true"`,
    )

    // The first citing passage is scrolled to where the reader can see it: below the sticky timeline, above
    // the bottom of the viewport (or of the bottom sheet on a phone).
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
      const sheet =
        ctx.viewport === 'phone' ? await details(page).boundingBox() : null
      const height = page.viewportSize()?.height ?? 0
      return {
        passage,
        top: band ? band.y + band.height : 0,
        bottom: sheet ? sheet.y : height,
      }
    }
    await eventually(
      visible,
      ({ passage, top, bottom }) =>
        passage.top >= top - 2 && passage.top < bottom - 24,
      'the first citing passage to be scrolled into the visible part of the page',
    )
    await ctx.screenshot('passages')
  },
}
