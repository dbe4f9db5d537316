import type { Locator, Page } from '@playwright/test'
import { details, essay, openApp, timeline } from '../appPage'
import { expectNoAxeViolations } from '../axe'
import { expect, test } from '../fixtures'

const guide = (page: Page) =>
  page.getByRole('group', { name: 'Guided reading' })

async function box(locator: Locator) {
  const b = await locator.boundingBox()
  if (!b) throw new Error('not laid out')
  return b
}

/** The citation the guide's status names ("Step 2 of 76: “anchor”"), in the essay. */
async function stepCitation(page: Page): Promise<Locator> {
  const status = (await guide(page).getByRole('status').textContent()) ?? ''
  const anchor = /“(.+)”$/.exec(status)?.[1]
  if (!anchor) throw new Error(`no step in the status: ${status}`)
  return essay(page).getByRole('link', { name: anchor, exact: true }).first()
}

/** The step's citation shows between the timeline's bottom edge and (on a phone) the details card. */
async function expectCitationInView(
  page: Page,
  isPhone: boolean,
  what: string,
) {
  const citation = await stepCitation(page)
  await expect
    .poll(
      async () => {
        const band = await box(timeline(page))
        const link = await box(citation)
        const viewport = page.viewportSize()!
        // On a phone the details are a card over the bottom of the essay; on a desktop a column beside it.
        const floor = isPhone
          ? Math.min((await box(details(page))).y, viewport.height)
          : viewport.height
        return link.y >= band.y + band.height && link.y + link.height <= floor
      },
      { message: `${what}: the cited phrase is in view, below the timeline` },
    )
    .toBe(true)
}

/**
 * Guided reading at the reader's pace: Next step (Enter, then →) moves one citation at a time, focus staying on
 * the button; the step is announced; nothing moves on its own; on a phone the event is a compact card that
 * leaves the passage readable.
 */
test('guided reading: manual steps, focus kept, passage in view', async ({
  page,
  viewportName,
  saveScreenshot,
}) => {
  await openApp(page)
  const next = guide(page).getByRole('button', { name: 'Next step' })
  await next.focus()
  await page.keyboard.press('Enter')
  await expect(guide(page).getByRole('status')).toHaveText(/^Step 1 of \d+: /)
  await expect(next, 'focus stays on "Next step"').toBeFocused()
  await expect(
    details(page).getByRole('heading', { level: 2 }),
    'the step’s event is shown',
  ).toBeVisible()
  await expectCitationInView(page, viewportName === 'phone', 'step 1')

  await page.keyboard.press('ArrowRight')
  await expect(guide(page).getByRole('status')).toHaveText(/^Step 2 of \d+: /)
  await expect(next, 'focus still on "Next step"').toBeFocused()
  await expectCitationInView(page, viewportName === 'phone', 'step 2')
  if (viewportName === 'phone') {
    await expect(
      details(page).getByRole('button', { name: 'Show details' }),
      'on a phone the event is a compact card',
    ).toBeVisible()
    const card = await box(details(page))
    expect(
      card.height,
      'the card leaves most of the screen to the essay',
    ).toBeLessThan(page.viewportSize()!.height * 0.25)
  }
  await saveScreenshot('step-2')
  await expectNoAxeViolations(page, `guided step (${viewportName})`)

  // Manual by default; with reduced motion (as this project runs) no autoplay is offered.
  await expect(
    guide(page).getByRole('button', { name: 'Autoplay' }),
  ).toHaveCount(0)
  await page.waitForTimeout(4_500)
  await expect(
    guide(page).getByRole('status'),
    'nothing advances on its own',
  ).toHaveText(/^Step 2 of /)

  await guide(page).getByRole('button', { name: 'Stop guided reading' }).click()
  await expect(
    guide(page).getByRole('button', { name: 'Read with the essay' }),
    'Stop gives way to Read, focus kept',
  ).toBeFocused()
})
