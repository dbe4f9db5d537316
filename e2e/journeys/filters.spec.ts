import type { Page } from '@playwright/test'
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
import { expect, test } from '../fixtures'

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
  by: 'filters' | 'search' = 'filters',
): Promise<void> {
  if (by === 'filters')
    await expect(filterStatus(page), `${what}: the status`).toHaveText(
      statusFor(expected.size),
    )
  else
    await expect(
      page.getByRole('status').filter({ hasText: /match/ }),
      `${what}: the search's count`,
    ).toHaveText(`${expected.size} events match`)
  const visible = await visibleEventIds(page)
  expect(
    visible.filter((id) => !expected.has(id)),
    `${what}: events the timeline still shows`,
  ).toEqual([])
  expect(
    visible.length > 0 || expected.size === 0,
    `${what}: the timeline shows some of the ${expected.size} events`,
  ).toBe(true)
}

/** A country checkbox by the start of its label, opening "More" when it is collapsed away. */
async function countryCheckbox(page: Page, name: string) {
  const box = countryGroup(page).getByRole('checkbox', {
    name: new RegExp(`^${name}\\b`),
  })
  if ((await box.count()) === 0)
    await countryGroup(page).getByRole('button', { name: /^More/ }).click()
  await expect(box).toBeVisible()
  return box
}

function urlParam(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name)
}

/** Country filter in any and all modes, then search with the "/" shortcut and Escape. */
test('filter by country (any, all) and search', async ({
  page,
  viewportName,
  saveScreenshot,
}) => {
  await openApp(page)
  await openFiltersIfFolded(page)
  await expectShown(page, idsMatching(''), 'no filter')

  await (await countryCheckbox(page, 'Japan')).check()
  await expectShown(page, idsInvolving(['JP'], 'any'), 'Japan')
  await expect
    .poll(() => urlParam(page, 'countries'), { message: 'URL countries=' })
    .toBe('JP')

  await (await countryCheckbox(page, 'United States')).check()
  await expectShown(page, idsInvolving(['US', 'JP'], 'any'), 'US or Japan')
  await countryGroup(page).getByRole('radio', { name: 'All of these' }).check()
  await expectShown(page, idsInvolving(['US', 'JP'], 'all'), 'US and Japan')
  await expect
    .poll(
      () => [
        urlParam(page, 'countries')?.split(',').sort().join(','),
        urlParam(page, 'match'),
      ],
      { message: 'URL countries=, match=' },
    )
    .toEqual(['JP,US', 'all'])
  await saveScreenshot('filtered')
  if (viewportName === 'desktop')
    await expectNoAxeViolations(page, 'filtered (desktop)')

  await page.getByRole('button', { name: 'Clear', exact: true }).click()
  await expect(filterStatus(page), 'Clear shows every event again').toHaveText(
    statusFor(TOTAL_EVENTS),
  )

  // "/" from anywhere outside a text field focuses the search box.
  await page.locator('body').click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('/')
  await expect(searchBox(page), '"/" focuses the search box').toBeFocused()
  await page.keyboard.type('treaty')
  await expectShown(page, idsMatching('treaty'), 'search "treaty"', 'search')
  await expect(
    page.getByRole('listbox', { name: 'Matching events' }).getByRole('option'),
    'the first matches are listed',
  ).toHaveCount(Math.min(8, idsMatching('treaty').size))
  await expect
    .poll(() => urlParam(page, 'q'), { message: 'URL q=' })
    .toBe('treaty')
  await saveScreenshot('search')
  if (viewportName === 'desktop')
    await expectNoAxeViolations(page, 'search (desktop)')

  await page.keyboard.press('Escape')
  await expect(
    page.getByRole('listbox', { name: 'Matching events' }),
    'Escape closes the list of matches',
  ).toBeHidden()
  await page.keyboard.press('Escape')
  await expect(searchBox(page), 'then clears the search').toHaveValue('')
  await openFiltersIfFolded(page)
  await expectShown(page, idsMatching(''), 'search cleared')
})
