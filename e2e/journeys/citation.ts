import {
  details,
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
      box.width > 0 && box.height > 0,
      'the details region is rendered',
    )
    expectTrue(
      box.y < viewport.height && box.y + box.height > 0,
      `the details region is within the viewport (y ${box.y}, height ${box.height})`,
    )
    if (ctx.viewport === 'phone')
      expectTrue(
        Math.abs(box.y + box.height - viewport.height) <= 2 &&
          box.width >= viewport.width - 2,
        `on a phone the details are a bottom sheet (box ${JSON.stringify(box)})`,
      )
    await ctx.screenshot('selected')
    await expectNoAxeViolations(page, `event selected (${ctx.viewport})`)
  },
}
