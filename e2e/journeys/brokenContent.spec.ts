import type { Page } from '@playwright/test'
import { ESSAY_TEXT, rawEvents } from '../content'
import { DESKTOP_ONLY, expect, test } from '../fixtures'

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

function mentions(text: string, mention: string | RegExp): boolean {
  return typeof mention === 'string'
    ? text.includes(mention)
    : mention.test(text)
}

/** Broken content never crashes the page: an alert names the problem (file, field path, unknown id). */
test(
  'broken content shows an alert naming the problem',
  { tag: DESKTOP_ONLY },
  async ({ page, saveScreenshot }) => {
    for (const c of CASES)
      await test.step(c.label, async () => {
        await page.unrouteAll({ behavior: 'wait' })
        await serve(page, 'events.json', c.events)
        await serve(page, 'essay.md', c.essay)
        await page.goto('/')
        const alert = page.getByRole('alert')
        await expect
          .poll(
            async () => {
              const text = (await alert.allTextContents()).join(' ')
              return c.mentions.filter((m) => !mentions(text, m)).map(String)
            },
            { message: `${c.label}: what the role=alert does not name yet` },
          )
          .toEqual([])
        await saveScreenshot(c.label)
      })
  },
)
