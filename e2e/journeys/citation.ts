import {
  details,
  detailsSheetBox,
  essay,
  expectDetailsHeading,
  openApp,
  urlEvent,
} from '../appPage'
import { expectNoAxeViolations } from '../axe'
import { eventually, expectTrue } from '../expect'
import type { Journey } from '../runner'

const EVENT_ID = 'budapest-memorandum-1994-12-05'

/** A plain click on a citation selects its event: the details region shows it and the URL deep-links it. */
export const citationJourney: Journey = {
  name: 'click a citation to see the event',
  viewports: ['desktop', 'phone'],
  async run(ctx) {
    const { page } = ctx
    await openApp(ctx)
    await expectNoAxeViolations(page, `initial (${ctx.viewport})`)

    const link = essay(page).getByRole('link', {
      name: 'Budapest Memorandum',
      exact: true,
    })
    expectTrue(
      (await link.getAttribute('href'))?.includes(`event=${EVENT_ID}`),
      `the citation's href deep-links ?event=${EVENT_ID}`,
    )
    const pathBefore = new URL(page.url()).pathname
    await link.click()
    await expectDetailsHeading(page, 'Budapest Memorandum')
    await eventually(
      async () => urlEvent(page),
      (id) => id === EVENT_ID,
      `the URL to carry ?event=${EVENT_ID}`,
    )
    expectTrue(
      new URL(page.url()).pathname === pathBefore,
      'the click selected in place (no navigation)',
    )

    // The panel is on screen: beside the essay on desktop, a bottom sheet on a phone.
    const box = await details(page).boundingBox()
    const viewport = page.viewportSize()
    if (!box || !viewport) throw new Error('The details region has no box')
    expectTrue(
      box.width > 0 && box.y < viewport.height && box.y + box.height > 0,
      `the details region is within the viewport (${JSON.stringify(box)})`,
    )
    if (ctx.viewport === 'phone') {
      const sheet = await detailsSheetBox(page)
      expectTrue(
        sheet !== null &&
          Math.abs(sheet.bottom - viewport.height) <= 2 &&
          sheet.width >= viewport.width - 2 &&
          sheet.y > 0,
        `on a phone the details are a bottom sheet (fixed box ${JSON.stringify(sheet)})`,
      )
    }
    await ctx.screenshot('selected')
    await expectNoAxeViolations(page, `event selected (${ctx.viewport})`)
  },
}
