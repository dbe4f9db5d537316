import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { openApp, timeline, visibleEventIds } from '../appPage'
import { expectNoAxeViolations } from '../axe'
import { expect, test } from '../fixtures'

/**
 * An editor who publishes with TimelineJS opens one of its JSON files, then a CSV downloaded from its
 * spreadsheet template, with Open…: each shows at once, every event a button on the timeline, with a short
 * report of what was converted. The fixtures are the project's own (src/data/import/fixtures/).
 */

const fixture = (name: string) =>
  readFileSync(
    join(import.meta.dirname, '../../src/data/import/fixtures', name),
  )

async function open(page: Page, name: string, mimeType: string) {
  await page.getByLabel('Open files').setInputFiles({
    name,
    mimeType,
    buffer: fixture(name),
  })
}

/** The essay's title as the page shows it. */
const essayTitle = (page: Page, title: string) =>
  page.getByRole('heading', { level: 1, name: title })

test('a TimelineJS file and a spreadsheet open at once, every event a button on the timeline', async ({
  page,
  viewportName,
  saveScreenshot,
}) => {
  await openApp(page)

  await open(page, 'telegraph.timelinejs.json', 'application/json')
  await expect(essayTitle(page, 'Wires across the sea')).toBeVisible()
  await expect(
    page.getByText('Showing your files: telegraph.timelinejs.json'),
  ).toBeAttached()
  await expect
    .poll(async () => (await visibleEventIds(page)).sort(), {
      message: 'every imported event is a button on the timeline',
    })
    .toEqual(
      [
        'a-cable-under-the-channel',
        'a-greeting-crosses-the-ocean',
        'a-line-across-a-continent',
        'the-cable-that-held',
        'lines-to-the-east',
        'prices-fall',
        'pacific-line',
      ].sort(),
    )
  await expect(
    timeline(page).getByRole('button', { name: /^The cable that held, / }),
  ).toBeAttached()
  const report = page.getByRole('region', {
    name: 'Converted from TimelineJS: telegraph.timelinejs.json',
  })
  // After a conversion that opens: a short note, what was converted in one line, the losses one click away.
  await expect(report).toContainText(
    /^Converted from TimelineJS: .*7 events.*: converted and shown\./,
  )
  await expect(report).toContainText(
    '1 image on a relative path was dropped (only full https addresses can be shown): “A line across a continent”.',
  )
  await expect(report).not.toContainText('events[')
  await saveScreenshot(`timelinejs-${viewportName}`)
  await report.getByRole('button', { name: 'Close' }).click()
  await expectNoAxeViolations(page, `TimelineJS file opened (${viewportName})`)

  await open(page, 'lighthouses.csv', 'text/csv')
  await expect(essayTitle(page, 'Lights along the coast')).toBeVisible()
  await expect
    .poll(async () => (await visibleEventIds(page)).length, {
      message: 'every row is a button on the timeline',
    })
    .toBe(4)
  await expect(
    timeline(page).getByRole('button', { name: /^A night of fog, / }),
  ).toBeAttached()
  const sheetReport = page.getByRole('region', { name: /lighthouses\.csv$/ })
  await expect(sheetReport).toContainText(
    'row 7 (“A new lens is fitted”): "ZZ"',
  )
  await saveScreenshot(`spreadsheet-${viewportName}`)
  await sheetReport.getByRole('button', { name: 'Close' }).click()
  await expectNoAxeViolations(page, `spreadsheet opened (${viewportName})`)
})
