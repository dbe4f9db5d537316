import { openApp } from '../appPage'
import { eventById } from '../content'
import { eventually, expectEqual } from '../expect'
import type { Journey } from '../runner'

const FIRST_CITED = 'budapest-memorandum-1994-12-05'

/**
 * Printing: the endnotes ("Cited events", with each source's URL written out) exist only while the page is
 * printed, so the screen never pays for them.
 */
export const printJourney: Journey = {
  name: 'print the essay with its cited events',
  viewports: ['desktop'],
  async run(ctx) {
    const { page } = ctx
    await openApp(ctx)
    const appendix = page.getByRole('region', { name: 'Cited events' })
    expectEqual(await appendix.count(), 0, 'endnotes on screen')

    await page.emulateMedia({ media: 'print' })
    await appendix.waitFor({ state: 'visible' })
    const event = eventById(FIRST_CITED)
    const text = await eventually(
      () => appendix.innerText(),
      (t) => t.includes(event.title),
      `the endnotes name ${event.title}`,
    )
    const url = event.sources[0]?.url ?? ''
    expectEqual(
      text.includes(decodeURI(url)),
      true,
      `the endnotes write out ${url}`,
    )
    await ctx.screenshot('print')

    await page.emulateMedia({ media: 'screen' })
    await eventually(
      () => appendix.count(),
      (n) => n === 0,
      'endnotes gone after printing',
    )
  },
}
