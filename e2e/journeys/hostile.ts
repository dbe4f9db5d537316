import type { Page } from 'playwright-core'
import { details, essay, eventButton, openApp } from '../appPage'
import { ESSAY_TEXT, rawEvents } from '../content'
import { eventually, expectEqual, expectTrue } from '../expect'
import type { Journey, JourneyContext } from '../runner'

const EVENT_ID = 'budapest-memorandum-1994-12-05'
const IMG = '<img src=x onerror="window.__pwned=1;alert(1)">'
const SCRIPT = '<script>window.__pwned=1;alert(1)</script>'
const HOSTILE_TITLE = `Budapest ${IMG} Memorandum ${SCRIPT}`

type Route = { events: string; essay?: string }

async function serveContent(page: Page, content: Route): Promise<void> {
  await page.unrouteAll({ behavior: 'wait' })
  await page.route('**/data/events.json*', (r) =>
    r.fulfill({
      status: 200,
      contentType: 'application/json',
      body: content.events,
    }),
  )
  if (content.essay !== undefined) {
    const body = content.essay
    await page.route('**/data/essay.md*', (r) =>
      r.fulfill({ status: 200, contentType: 'text/markdown', body }),
    )
  }
}

/** events.json with HTML in the dataset title, an event's title and summary; `jsUrl` also plants a javascript: source. */
function hostileEvents(jsUrl: boolean): { text: string; index: number } {
  const data = rawEvents()
  const index = data.events.findIndex((e) => e.id === EVENT_ID)
  const event = data.events[index]
  const source = event?.sources[0]
  if (!event || !source) throw new Error(`${EVENT_ID} or its source is missing`)
  data.title = `${data.title} ${SCRIPT}`
  event.title = HOSTILE_TITLE
  event.summary = `${SCRIPT} <b onmouseover="window.__pwned=1">bold</b> <iframe src="javascript:window.__pwned=1"></iframe> ${event.summary}`
  if (jsUrl) source.url = 'javascript:window.__pwned=1'
  return { text: JSON.stringify(data), index }
}

/** Nothing ran: no flag, no dialog, no request for the planted image, no planted elements in the app. */
async function expectNothingRan(
  ctx: JourneyContext,
  imageRequests: readonly string[],
): Promise<void> {
  const { page } = ctx
  await page.waitForTimeout(300) // an onerror handler would have fired by now
  expectEqual(
    await page.evaluate(() => (window as { __pwned?: unknown }).__pwned),
    undefined,
    'window.__pwned',
  )
  expectEqual([...ctx.dialogs], [], 'dialogs opened by the page')
  expectEqual([...imageRequests], [], 'requests for the planted <img src=x>')
  const planted = await page.evaluate(
    () =>
      document.querySelectorAll(
        '#root img, #root script, #root iframe, #root [onerror], #root [onmouseover]',
      ).length,
  )
  expectEqual(planted, 0, 'img/script/iframe/on* elements inside the app')
}

/** Hostile content: a javascript: source is refused with an alert; HTML in text shows as text and runs nothing. */
export const hostileJourney: Journey = {
  name: 'hostile content runs nothing',
  viewports: ['desktop'],
  async run(ctx) {
    const { page } = ctx
    const imageRequests: string[] = []
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/x') imageRequests.push(r.url())
    })

    // 1. A javascript: source URL: validation refuses the content and says where.
    const withJsUrl = hostileEvents(true)
    await serveContent(page, { events: withJsUrl.text })
    await page.goto(`${ctx.origin}/?event=${EVENT_ID}`)
    const where = `events[${withJsUrl.index}].sources[0].url`
    await eventually(
      async () => (await page.getByRole('alert').allTextContents()).join(' '),
      (text) => text.includes(where),
      `a role=alert naming ${where} (a javascript: URL)`,
    )
    await ctx.screenshot('javascript-url')
    await expectNothingRan(ctx, imageRequests)

    // 2. Only HTML in text fields: it loads, and the markup shows as literal text.
    await serveContent(page, { events: hostileEvents(false).text })
    await openApp(ctx, `?event=${EVENT_ID}`)
    const heading = details(page).getByRole('heading', { name: /^Budapest/ })
    await eventually(
      async () => (await heading.textContent()) ?? '',
      (text) => text.includes('<img src=x') && text.includes('<script>'),
      'the event title to show its markup as text',
    )
    const button = eventButton(page, EVENT_ID)
    if (await button.isVisible()) {
      await button.hover()
      await button.focus()
    }
    expectTrue(
      ((await details(page).textContent()) ?? '').includes(
        '<iframe src="javascript:',
      ),
      'the summary shows its markup as text',
    )
    await ctx.screenshot('html-as-text')
    await expectNothingRan(ctx, imageRequests)

    // 3. Raw HTML in the essay: refused with an alert or shown inert, never run.
    const essayWithHtml = ESSAY_TEXT.replace(
      /\n\n/,
      `\n\n${IMG} ${SCRIPT}\n\nA paragraph with ${IMG} inline.\n\n`,
    )
    await serveContent(page, {
      events: hostileEvents(false).text,
      essay: essayWithHtml,
    })
    await page.goto(`${ctx.origin}/`)
    await eventually(
      async () =>
        (await essay(page).count()) + (await page.getByRole('alert').count()),
      (n) => n > 0,
      'the essay or an alert after raw HTML in essay.md',
    )
    await ctx.screenshot('essay-html')
    await expectNothingRan(ctx, imageRequests)
  },
}
