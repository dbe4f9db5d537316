import type { Page } from 'playwright-core'
import { ESSAY_TEXT, rawEvents } from '../content'
import { eventually } from '../expect'
import type { Journey, JourneyContext } from '../runner'

type Served = { status?: number; contentType: string; body: string }
type BrokenCase = {
  readonly label: string
  readonly events?: Served
  readonly essay?: Served
  /** Every one must appear in the alert's text. */
  readonly mentions: readonly (string | RegExp)[]
}

const json = (body: string): Served => ({
  contentType: 'application/json',
  body,
})
const markdown = (body: string): Served => ({
  contentType: 'text/markdown',
  body,
})

function badDate(): string {
  const data = rawEvents()
  const first = data.events[0]
  if (!first) throw new Error('events.json has no events')
  first.start = '1953-13-01'
  return JSON.stringify(data)
}

function essayCitingUnknown(): string {
  const cited = ESSAY_TEXT.replace(
    /\(event:[^)]+\)/,
    '(event:no-such-event-1999)',
  )
  if (cited === ESSAY_TEXT) throw new Error('essay.md has no citation to break')
  return cited
}

const CASES: readonly BrokenCase[] = [
  {
    label: 'events-invalid-json',
    events: json('{"title": "x", "events": [{'),
    mentions: [/events\.json/i],
  },
  {
    label: 'events-bad-date',
    events: json(badDate()),
    mentions: ['events[0].start'],
  },
  {
    label: 'essay-unknown-event',
    essay: markdown(essayCitingUnknown()),
    mentions: ['cites unknown event', 'no-such-event-1999'],
  },
  {
    label: 'essay-missing',
    essay: { status: 404, contentType: 'text/plain', body: 'Not found' },
    mentions: [/essay\.md/i],
  },
]

async function serve(
  page: Page,
  path: string,
  served: Served | undefined,
): Promise<void> {
  if (!served) return
  await page.route(`**/data/${path}*`, (route) =>
    route.fulfill({
      status: served.status ?? 200,
      contentType: served.contentType,
      body: served.body,
    }),
  )
}

async function expectAlert(ctx: JourneyContext, c: BrokenCase): Promise<void> {
  const { page } = ctx
  await page.unrouteAll({ behavior: 'wait' })
  await serve(page, 'events.json', c.events)
  await serve(page, 'essay.md', c.essay)
  await page.goto(`${ctx.origin}/`)
  const alert = page.getByRole('alert')
  await eventually(
    async () => (await alert.allTextContents()).join(' '),
    (text) =>
      c.mentions.every((m) =>
        typeof m === 'string' ? text.includes(m) : m.test(text),
      ),
    `${c.label}: a role=alert naming ${c.mentions.map(String).join(' and ')}`,
  )
  await ctx.screenshot(c.label)
}

/** Broken content never crashes the page: an alert names the problem (file, field path, unknown id). */
export const brokenContentJourney: Journey = {
  name: 'broken content shows an alert naming the problem',
  viewports: ['desktop'],
  async run(ctx) {
    for (const c of CASES) await expectAlert(ctx, c)
  },
}
