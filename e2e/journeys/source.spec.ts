import { details, expectDetailsHeading, openApp } from '../appPage'
import { eventById } from '../content'
import { expect, test } from '../fixtures'

const EVENT_ID = 'budapest-memorandum-1994-12-05'

// This journey opens an off-site page on purpose; the fixture answers it locally.
test.use({ opensOffsitePages: true })

/** A source opens in a new tab at its https URL; the request is answered locally, never by the internet. */
test('open a source in a new tab', async ({
  page,
  context,
  offsite,
  saveScreenshot,
}) => {
  const event = eventById(EVENT_ID)
  const source = event.sources[0]
  if (!source) throw new Error(`${EVENT_ID} has no source`)
  expect(source.url, 'the source URL').toMatch(/^https:\/\//)

  await openApp(page, `?event=${EVENT_ID}`)
  await expectDetailsHeading(page, event.title)
  const link = details(page).getByRole('link', { name: source.title }).first()
  await expect(link).toBeVisible()
  await expect(link, 'the source link').toHaveAttribute('href', source.url)
  await expect(link, 'the source link').toHaveAttribute('target', '_blank')
  const rel = (await link.getAttribute('rel'))?.split(/\s+/) ?? []
  expect(rel, 'the source link rel').toEqual(
    expect.arrayContaining(['noopener', 'noreferrer']),
  )
  await saveScreenshot('panel')

  const [tab] = await Promise.all([
    context.waitForEvent('page', { timeout: 5_000 }),
    link.click(),
  ])
  await expect(tab, 'the new tab').toHaveURL(source.url)
  expect(
    offsite.map((r) => r.url),
    'the source request was intercepted (answered locally)',
  ).toContain(source.url)
  expect(
    await tab.evaluate(() => window.opener),
    'the new tab has no window.opener',
  ).toBeNull()
  expect(
    new URL(page.url()).searchParams.get('event'),
    'the app stays on the event',
  ).toBe(EVENT_ID)
  await tab.close()
})
