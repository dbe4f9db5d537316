import type { Locator, Page } from '@playwright/test'
import {
  essay,
  expectDetailsHeading,
  foldDetailsSheet,
  openApp,
  timeline,
} from '../appPage'
import { eventById } from '../content'
import { expect, test } from '../fixtures'

/**
 * The screens of docs/screens/ (linked from the README): the first screen, mid-essay reading, a citation
 * followed, the "2025 diplomacy" preset, the aligned view and a deep link, light and dark, at 1440×900,
 * 1280×720 and 768×1024 (the desktop project sets each size itself) and 390×844 (the phone project, with
 * touch). Each is saved as `<state>-<width>x<height>-<scheme>.png`; the journey also checks, at every size, that
 * the first screen shows what it promises.
 */

const DESKTOP_SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
  { width: 768, height: 1024 },
] as const

const DEEP_LINK = 'budapest-memorandum-1994-12-05'
const FOLLOWED = 'berlin-blockade-and-airlift-1948-1949'

async function box(locator: Locator) {
  const b = await locator.boundingBox()
  if (!b) throw new Error('not laid out')
  return b
}

/** The first screen: the whole timeline, then the essay's title, and (wider than a phone) its first paragraph. */
async function expectFirstScreen(page: Page, isPhone: boolean, size: string) {
  const viewport = page.viewportSize()!
  const band = await box(timeline(page))
  expect(
    band.y + band.height,
    `${size}: the timeline ends on the first screen`,
  ).toBeLessThanOrEqual(viewport.height)
  const title = await box(essay(page).getByRole('heading', { level: 1 }))
  if (isPhone) {
    expect(
      title.y + title.height + 40,
      `${size}: the essay’s title and its first line show`,
    ).toBeLessThanOrEqual(viewport.height)
    return
  }
  const first = await box(essay(page).locator('[data-passage-index="1"]'))
  expect(
    first.y + first.height,
    `${size}: the essay’s first paragraph ends on the first screen`,
  ).toBeLessThanOrEqual(viewport.height)
}

test('the screens of the README, at four sizes, light and dark', async ({
  page,
  viewportName,
  saveScreenshot,
}) => {
  test.setTimeout(240_000)
  const isPhone = viewportName === 'phone'
  const sizes = isPhone ? [page.viewportSize()!] : DESKTOP_SIZES
  for (const { width, height } of sizes) {
    await page.setViewportSize({ width, height })
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      const name = (state: string) =>
        saveScreenshot(`${state}-${width}x${height}-${scheme}`)
      const size = `${width}×${height} ${scheme}`

      await openApp(page)
      await expectFirstScreen(page, isPhone, size)
      await name('first-screen')

      // Reading, part-way down the essay: the band stays, the passage's events light up.
      await essay(page)
        .locator('[data-passage-index="12"]')
        .scrollIntoViewIfNeeded()
      await expect(
        essay(page).locator('[data-passage-index="12"]'),
      ).toBeInViewport()
      await name('reading')

      // A citation followed: its event's details open beside (or under) the passage.
      await essay(page)
        .getByRole('link', { name: 'Berlin Airlift', exact: true })
        .first()
        .click()
      await expectDetailsHeading(page, eventById(FOLLOWED).title)
      await name('citation')

      // The essay's own year, at the "2025 diplomacy" preset.
      await foldDetailsSheet(page)
      await timeline(page)
        .getByRole('button', { name: '2025 diplomacy' })
        .click()
      await expect(
        timeline(page).getByRole('button', { name: '2025 diplomacy' }),
      ).toHaveAttribute('aria-pressed', 'true')
      await name('preset-2025')

      await openApp(page, '?lens=aligned')
      await expect(
        timeline(page).getByRole('group', { name: /^Divided Germany/ }),
      ).toBeVisible()
      const marksBottom = await timeline(page)
        .locator('[data-event-id]')
        .evaluateAll((marks) =>
          Math.max(...marks.map((m) => m.getBoundingClientRect().bottom)),
        )
      const guide = await box(
        page.getByRole('group', { name: 'Guided reading' }),
      )
      expect(
        guide.y,
        `${size}: guided reading covers none of the aligned rows`,
      ).toBeGreaterThanOrEqual(marksBottom)
      await name('aligned')

      await openApp(page, `?event=${DEEP_LINK}`)
      await expectDetailsHeading(page, eventById(DEEP_LINK).title)
      await name('deep-link')
    }
  }
})
