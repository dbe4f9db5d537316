import {
  essay,
  expectDetailsHeading,
  foldDetailsSheet,
  openApp,
  urlEvent,
} from '../appPage'
import { eventById } from '../content'
import { eventually, expectEqual } from '../expect'
import type { Journey } from '../runner'

const FIRST = 'budapest-memorandum-1994-12-05'
const SECOND = 'berlin-blockade-and-airlift-1948-1949'

/** A deep link opens its event; selecting another pushes history, so Back returns to the first. */
export const deepLinkJourney: Journey = {
  name: 'open a deep link, select another event, go Back',
  viewports: ['desktop', 'phone'],
  async run(ctx) {
    const { page } = ctx
    const first = eventById(FIRST)
    const second = eventById(SECOND)
    await openApp(ctx, `?event=${FIRST}`)
    await expectDetailsHeading(page, first.title)
    await ctx.screenshot('deep-link')

    await foldDetailsSheet(page) // a phone's sheet covers the essay until folded
    await essay(page)
      .getByRole('link', { name: 'Berlin Airlift', exact: true })
      .click()
    await expectDetailsHeading(page, second.title)
    await eventually(
      async () => urlEvent(page),
      (id) => id === SECOND,
      `the URL to carry ?event=${SECOND}`,
    )

    await page.goBack()
    await eventually(
      async () => urlEvent(page),
      (id) => id === FIRST,
      `Back to restore ?event=${FIRST}`,
    )
    await expectDetailsHeading(page, first.title)
    await ctx.screenshot('back')

    await page.goForward()
    await expectDetailsHeading(page, second.title)
    expectEqual(urlEvent(page), SECOND, 'Forward restores the second selection')
  },
}
