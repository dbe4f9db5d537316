import { details, expectDetailsHeading, openApp } from '../appPage'
import { eventById } from '../content'
import { eventually, expectEqual, expectTrue } from '../expect'
import type { Journey } from '../runner'

const EVENT_ID = 'budapest-memorandum-1994-12-05'

/** A source opens in a new tab at its https URL; the request is answered locally, never by the internet. */
export const sourceJourney: Journey = {
  name: 'open a source in a new tab',
  viewports: ['desktop', 'phone'],
  opensOffsitePages: true,
  async run(ctx) {
    const { page, context } = ctx
    const event = eventById(EVENT_ID)
    const source = event.sources[0]
    if (!source) throw new Error(`${EVENT_ID} has no source`)
    expectTrue(
      source.url.startsWith('https://'),
      `the source URL is https: ${source.url}`,
    )

    await openApp(ctx, `?event=${EVENT_ID}`)
    await expectDetailsHeading(page, event.title)
    const link = details(page).getByRole('link', { name: source.title })
    await link.first().waitFor({ state: 'visible' })
    expectEqual(
      await link.first().getAttribute('href'),
      source.url,
      'the source link href',
    )
    expectEqual(
      await link.first().getAttribute('target'),
      '_blank',
      'the source link target',
    )
    const rel = (await link.first().getAttribute('rel'))?.split(/\s+/) ?? []
    expectTrue(
      rel.includes('noopener') && rel.includes('noreferrer'),
      `rel="${rel.join(' ')}" has noopener noreferrer`,
    )
    await ctx.screenshot('panel')

    const [tab] = await Promise.all([
      context.waitForEvent('page', { timeout: 5_000 }),
      link.first().click(),
    ])
    await eventually(
      async () => tab.url(),
      (url) => url === source.url,
      `the new tab to open ${source.url}`,
    )
    expectTrue(
      ctx.offsite.some((r) => r.url === source.url),
      'the source request was intercepted (answered locally)',
    )
    expectEqual(
      await tab.evaluate(() => window.opener),
      null,
      'the new tab has no window.opener',
    )
    expectEqual(
      new URL(page.url()).searchParams.get('event'),
      EVENT_ID,
      'the app stays on the event',
    )
    await tab.close()
  },
}
