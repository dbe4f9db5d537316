import type { Locator } from '@playwright/test'
import {
  countryGroup,
  essay,
  filterStatus,
  openApp,
  timeline,
} from '../appPage'
import { expectNoAxeViolations } from '../axe'
import { idsInvolving, TOTAL_EVENTS } from '../content'
import { expect, test } from '../fixtures'

async function box(locator: Locator) {
  const b = await locator.boundingBox()
  if (!b) throw new Error('not laid out')
  return b
}

/**
 * The first screen belongs to the essay and the timeline: a one-row header whose filters and menu open over
 * the page. Desktop: the whole timeline and the essay's first paragraph show without scrolling; phone: the
 * timeline and the essay's title and first lines.
 */
test('a compact header: the first screen shows the timeline and the essay', async ({
  page,
  context,
  viewportName,
  saveScreenshot,
}) => {
  // One long journey (first screen, filters, chip, menu, share, about) with an axe pass at each stop: about
  // 25 s on a loaded two-core machine, so it gets twice the default.
  test.setTimeout(60_000)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openApp(page)
  const viewport = page.viewportSize()!
  const band = await box(timeline(page))
  expect(
    band.y + band.height,
    'the timeline ends on the first screen',
  ).toBeLessThanOrEqual(viewport.height)
  const title = await box(essay(page).getByRole('heading', { level: 1 }))
  expect(
    title.y,
    'the essay title starts below the timeline',
  ).toBeGreaterThanOrEqual(band.y + band.height)
  if (viewportName === 'desktop') {
    const first = await box(essay(page).locator('[data-passage-index="1"]'))
    expect(
      first.y + first.height,
      'the essay’s first paragraph ends on the first screen',
    ).toBeLessThanOrEqual(viewport.height)
  } else {
    expect(
      title.y + title.height + 40,
      'the essay’s title and its first line show on the first screen',
    ).toBeLessThanOrEqual(viewport.height)
  }
  // The timeline's controls fit the width, or the row shows (a fade at its edge) that it scrolls.
  const controls = await timeline(page)
    .locator('.tl-head')
    .evaluate((row) => ({
      overflows: row.scrollWidth > row.clientWidth + 1,
      fades: getComputedStyle(row).maskImage !== 'none',
    }))
  expect(
    !controls.overflows || controls.fades,
    'the controls fit, or visibly scroll',
  ).toBe(true)
  await saveScreenshot('first-screen')
  await expectNoAxeViolations(page, `first screen (${viewportName})`)

  // Filters open over the page, the count live while choosing; the timeline does not move.
  const filters = page.getByRole('button', { name: /^Filters/ })
  await filters.click()
  await expect(countryGroup(page)).toBeVisible()
  await countryGroup(page)
    .getByRole('checkbox', { name: /^Japan\b/ })
    .check()
  await expect(filterStatus(page), 'the count while choosing').toHaveText(
    `Showing ${idsInvolving(['JP'], 'any').size} of ${TOTAL_EVENTS} events`,
  )
  await expect(filterStatus(page)).toBeVisible()
  expect((await box(timeline(page))).y, 'the timeline stays put').toBe(band.y)
  await expect(
    page.getByRole('button', { name: /^Filters\b.*1 chosen/ }),
    'the button counts the filter',
  ).toBeVisible()
  await saveScreenshot('filters-open')
  await expectNoAxeViolations(page, `filters open (${viewportName})`)
  await page.keyboard.press('Escape')
  await expect(countryGroup(page), 'Escape closes the filters').toBeHidden()
  await expect(filters, 'focus goes back to Filters').toBeFocused()

  // With the filters closed, a chip on the timeline band says a filter is on, and clears it.
  const chip = page.getByRole('region', { name: 'Filters on' })
  await expect(chip).toContainText(
    `${idsInvolving(['JP'], 'any').size} of ${TOTAL_EVENTS} events`,
  )
  const bandNow = await box(timeline(page))
  const chipBox = await box(chip)
  expect(
    chipBox.y >= bandNow.y &&
      chipBox.y + chipBox.height <= bandNow.y + bandNow.height,
    'the chip sits on the timeline',
  ).toBe(true)
  const yearLabels = await timeline(page)
    .locator('.tl-axis text')
    .evaluateAll((nodes) =>
      nodes.map((n) => {
        const r = n.getBoundingClientRect()
        return {
          text: n.textContent ?? '',
          x: r.x,
          y: r.y,
          r: r.right,
          b: r.bottom,
        }
      }),
    )
  expect(yearLabels.length, 'the axis has year labels').toBeGreaterThan(2)
  expect(
    yearLabels
      .filter(
        (l) =>
          l.x < chipBox.x + chipBox.width &&
          l.r > chipBox.x &&
          l.y < chipBox.y + chipBox.height &&
          l.b > chipBox.y,
      )
      .map((l) => l.text),
    'the chip covers no year label of the axis',
  ).toEqual([])
  await expectNoAxeViolations(page, `filter chip (${viewportName})`)
  await chip.getByRole('button', { name: 'Clear filters' }).click()
  await expect(chip, 'cleared, the chip goes').toBeHidden()
  await expect(
    page.getByRole('button', { name: /^Filters$/ }),
    'no filter counted',
  ).toBeVisible()

  // One menu for the rest; Share link confirms visibly.
  const menu = page.getByRole('button', { name: 'Menu', exact: true })
  await menu.click()
  for (const name of [
    'Share link',
    'Open…',
    'Download SVG',
    'Download PNG',
    'Print…',
    'About this edition',
  ])
    await expect(
      page.getByRole('banner').getByRole('button', { name, exact: true }),
      `the menu offers ${name}`,
    ).toBeVisible()
  await saveScreenshot('menu-open')
  await expectNoAxeViolations(page, `menu open (${viewportName})`)
  const hasShareSheet = await page.evaluate(
    () => typeof navigator.share === 'function',
  )
  if (viewportName === 'desktop' || !hasShareSheet) {
    await page.getByRole('button', { name: 'Share link' }).click()
    const share = page.getByRole('dialog', { name: 'Share this view' })
    await share.getByRole('button', { name: 'Copy link' }).click()
    await expect(share.getByText('Link copied')).toBeVisible()
    expect(
      await page.evaluate(() => navigator.clipboard.readText()),
      'the copied link is the page’s address',
    ).toBe(page.url())
    await share.getByRole('button', { name: 'Close' }).click()
  }
  await page
    .locator('body')
    .click({ position: { x: 5, y: viewport.height - 5 } })
  await expect(
    page.getByRole('button', { name: 'Print…' }),
    'a press outside closes the menu',
  ).toBeHidden()
})
