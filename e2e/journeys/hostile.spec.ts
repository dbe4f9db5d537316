import type { Page } from '@playwright/test'
import { details, essay, eventButton, openApp } from '../appPage'
import { ESSAY_TEXT, rawEvents } from '../content'
import { DESKTOP_ONLY, expect, test } from '../fixtures'

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
  page: Page,
  dialogs: readonly string[],
  imageRequests: readonly string[],
): Promise<void> {
  await page.waitForTimeout(300) // an onerror handler would have fired by now
  expect(
    await page.evaluate(() => (window as { __pwned?: unknown }).__pwned),
    'window.__pwned',
  ).toBeUndefined()
  expect(dialogs, 'dialogs opened by the page').toEqual([])
  expect(imageRequests, 'requests for the planted <img src=x>').toEqual([])
  await expect(
    page.locator(
      '#root img, #root script, #root iframe, #root [onerror], #root [onmouseover]',
    ),
    'img/script/iframe/on* elements inside the app',
  ).toHaveCount(0)
}

/** Hostile content: a javascript: source is refused with an alert; HTML in text shows as text and runs nothing. */
test(
  'hostile content runs nothing',
  { tag: DESKTOP_ONLY },
  async ({ page, dialogs, saveScreenshot }) => {
    const imageRequests: string[] = []
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/x') imageRequests.push(r.url())
    })

    await test.step('a javascript: source URL is refused, naming where', async () => {
      const withJsUrl = hostileEvents(true)
      await serveContent(page, { events: withJsUrl.text })
      await page.goto(`/?event=${EVENT_ID}`)
      const where = `events[${withJsUrl.index}].sources[0].url`
      await expect
        .poll(
          async () =>
            (await page.getByRole('alert').allTextContents()).join(' '),
          { message: 'a role=alert naming the javascript: URL' },
        )
        .toContain(where)
      await saveScreenshot('javascript-url')
      await expectNothingRan(page, dialogs, imageRequests)
    })

    await test.step('HTML in text fields loads and shows as literal text', async () => {
      await serveContent(page, { events: hostileEvents(false).text })
      await openApp(page, `?event=${EVENT_ID}`)
      const heading = details(page).getByRole('heading', { name: /^Budapest/ })
      await expect(
        heading,
        'the event title shows its markup as text',
      ).toContainText('<img src=x')
      await expect(heading).toContainText('<script>')
      const button = eventButton(page, EVENT_ID)
      if (await button.isVisible()) {
        await button.hover()
        await button.focus()
      }
      await expect(
        details(page),
        'the summary shows its markup as text',
      ).toContainText('<iframe src="javascript:')
      await saveScreenshot('html-as-text')
      await expectNothingRan(page, dialogs, imageRequests)
    })

    await test.step('raw HTML in the essay is refused or inert, never run', async () => {
      const essayWithHtml = ESSAY_TEXT.replace(
        /\n\n/,
        `\n\n${IMG} ${SCRIPT}\n\nA paragraph with ${IMG} inline.\n\n`,
      )
      await serveContent(page, {
        events: hostileEvents(false).text,
        essay: essayWithHtml,
      })
      await page.goto('/')
      await expect(
        essay(page).or(page.getByRole('alert')).first(),
        'the essay or an alert after raw HTML in essay.md',
      ).toBeAttached()
      await saveScreenshot('essay-html')
      await expectNothingRan(page, dialogs, imageRequests)
    })
  },
)
