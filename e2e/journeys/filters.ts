import type { Page } from 'playwright-core'
import {
  countryGroup,
  filterStatus,
  openApp,
  openFiltersIfFolded,
  searchBox,
  visibleEventIds,
} from '../appPage'
import { expectNoAxeViolations } from '../axe'
import { idsInvolving, idsMatching, TOTAL_EVENTS } from '../content'
import { eventually, expectTrue } from '../expect'
import type { Journey } from '../runner'

function statusFor(shown: number): string {
  return shown === TOTAL_EVENTS
    ? `Showing all ${TOTAL_EVENTS} events`
    : `Showing ${shown} of ${TOTAL_EVENTS} events`
}

/** The status says how many are shown, and every event button left on the timeline is one that passes. */
async function expectShown(
  page: Page,
  expected: ReadonlySet<string>,
  what: string,
): Promise<void> {
  await eventually(
    async () => (await filterStatus(page).textContent())?.trim(),
    (text) => text === statusFor(expected.size),
    `${what}: the status to read "${statusFor(expected.size)}"`,
  )
  const visible = await visibleEventIds(page)
  const strays = visible.filter((id) => !expected.has(id))
  expectTrue(
    strays.length === 0,
    `${what}: the timeline still shows ${strays.join(', ')}`,
  )
  expectTrue(
    visible.length > 0 || expected.size === 0,
    `${what}: the timeline shows none of the ${expected.size} events`,
  )
}

/** A country checkbox by the start of its label, opening "More" when it is collapsed away. */
async function countryCheckbox(page: Page, name: string) {
  const box = countryGroup(page).getByRole('checkbox', {
    name: new RegExp(`^${name}\\b`),
  })
  if ((await box.count()) === 0)
    await countryGroup(page).getByRole('button', { name: /^More/ }).click()
  await box.waitFor({ state: 'visible' })
  return box
}

function urlParam(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name)
}

/** Country filter in any and all modes, then search with the "/" shortcut and Escape. */
export const filtersJourney: Journey = {
  name: 'filter by country (any, all) and search',
  viewports: ['desktop', 'phone'],
  async run(ctx) {
    const { page } = ctx
    await openApp(ctx)
    await openFiltersIfFolded(page)
    await expectShown(page, idsMatching(''), 'no filter')

    await (await countryCheckbox(page, 'Japan')).check()
    await expectShown(page, idsInvolving(['JP'], 'any'), 'Japan')
    await eventually(
      async () => urlParam(page, 'countries'),
      (v) => v === 'JP',
      'the URL to carry countries=JP',
    )

    await (await countryCheckbox(page, 'United States')).check()
    await expectShown(page, idsInvolving(['US', 'JP'], 'any'), 'US or Japan')
    await countryGroup(page)
      .getByRole('radio', { name: 'All of these' })
      .check()
    await expectShown(page, idsInvolving(['US', 'JP'], 'all'), 'US and Japan')
    await eventually(
      async () => [
        urlParam(page, 'countries')?.split(',').sort().join(','),
        urlParam(page, 'match'),
      ],
      ([countries, match]) => countries === 'JP,US' && match === 'all',
      'the URL to carry countries=US,JP&match=all',
    )
    await ctx.screenshot('filtered')
    if (ctx.viewport === 'desktop')
      await expectNoAxeViolations(page, 'filtered (desktop)')

    await page.getByRole('button', { name: 'Clear', exact: true }).click()
    await eventually(
      async () => (await filterStatus(page).textContent())?.trim(),
      (text) => text === statusFor(TOTAL_EVENTS),
      'Clear to show every event again',
    )

    // "/" from anywhere outside a text field focuses the search box.
    await page.locator('body').click({ position: { x: 2, y: 2 } })
    await page.keyboard.press('/')
    await eventually(
      () => searchBox(page).evaluate((el) => el === document.activeElement),
      Boolean,
      '"/" to focus the search box',
    )
    await page.keyboard.type('treaty')
    await expectShown(page, idsMatching('treaty'), 'search "treaty"')
    await eventually(
      async () => urlParam(page, 'q'),
      (v) => v === 'treaty',
      'the URL to carry q=treaty',
    )
    await ctx.screenshot('search')
    if (ctx.viewport === 'desktop')
      await expectNoAxeViolations(page, 'search (desktop)')

    await page.keyboard.press('Escape')
    await eventually(
      () => searchBox(page).inputValue(),
      (v) => v === '',
      'Escape to clear the search',
    )
    await expectShown(page, idsMatching(''), 'search cleared')
  },
}
