import type { Page } from '@playwright/test'
import { openApp, timeline } from '../appPage'
import { expectNoAxeViolations } from '../axe'
import { expect, test } from '../fixtures'

/** A reader compares countries side by side: one row each, named, reachable by keyboard, light and dark. */
test('rows by country: a labelled row per country, Up and Down move between rows', async ({
  page,
  viewportName,
  saveScreenshot,
}) => {
  await openApp(page)
  const rows = timeline(page).getByRole('combobox', { name: 'Rows' })
  await rows.selectOption({ label: 'By country' })
  await expect
    .poll(() => new URL(page.url()).searchParams.get('rows'), {
      message: 'the URL',
    })
    .toBe('country')
  await expect(timeline(page)).toContainText(
    /One row per country, top to bottom: United States \(\d+\), Ukraine \(\d+\)/,
  )
  // Each event's button is in the accessibility tree once: copies are hidden and out of the tab order.
  const copies = timeline(page).locator('[data-copy]')
  expect(await copies.count(), 'copies are drawn').toBeGreaterThan(0)
  await expect(copies.first()).toHaveAttribute('aria-hidden', 'true')
  await expect(copies.first()).toHaveAttribute('tabindex', '-1')

  // Keyboard: into the marks, then down a row and back.
  const marks = timeline(page).getByRole('toolbar', { name: 'Timeline events' })
  const stop = marks.locator('[tabindex="0"]')
  await stop.focus()
  const start = await page.evaluate(() =>
    document.activeElement?.getAttribute('data-key'),
  )
  await page.keyboard.press('ArrowDown')
  // The target's button may be drawn a frame after the key: focus follows it there.
  await expect
    .poll(
      () =>
        page.evaluate(() => document.activeElement?.getAttribute('data-key')),
      { message: 'ArrowDown moved focus to another mark' },
    )
    .not.toBe(start)
  await expect(page.locator(':focus')).not.toHaveAttribute('aria-hidden')
  await page.keyboard.press('ArrowUp')
  await expect(page.locator(':focus')).toHaveAttribute('data-key', start ?? '')
  await page.locator(':focus').blur()
  // The picture: the rows from the top (focus scrolled them to the marks it visited).
  await timeline(page)
    .locator('.tl-rows-scroll')
    .evaluate((frame) => frame.scrollTo({ top: 0 }))
  // The canvas repaints the rows after the scroll event: let it.
  await page.evaluate(
    () =>
      new Promise((done) =>
        requestAnimationFrame(() => requestAnimationFrame(done)),
      ),
  )

  await saveScreenshot('rows-by-country-light')
  await expectNoAxeViolations(page, `rows by country (${viewportName})`)
  const pageColour = () =>
    page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  const light = await pageColour()
  await page.emulateMedia({ colorScheme: 'dark' })
  // The page takes the dark scheme a moment after the canvas does: picture it once both have.
  await expect.poll(pageColour, { message: 'the dark page' }).not.toBe(light)
  await page.evaluate(
    () =>
      new Promise((done) =>
        requestAnimationFrame(() => requestAnimationFrame(done)),
      ),
  )
  await saveScreenshot('rows-by-country-dark')
  await expectNoAxeViolations(page, `rows by country, dark (${viewportName})`)
})

/** The filter chooses what to compare: Japan and South Korea, two rows. */
test('rows by country with Japan and South Korea filtered: two rows', async ({
  page,
}) => {
  await openApp(page, '?countries=JP,KR&rows=country')
  await expect(timeline(page)).toContainText(
    /One row per country, top to bottom: Japan \(\d+\), South Korea \(\d+\)\./,
  )
  await expect(
    timeline(page).getByRole('combobox', { name: 'Rows' }),
  ).toHaveValue('country')
})

/** Where focus is: a mark button or not, its row (by the row label beside it), and whether it is in view. */
async function focusedMark(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement
    const frame = document.querySelector('.tl-rows-scroll')
    const plot = frame?.querySelector('.tl-proxies')
    if (!el || !frame || !plot) return null
    const box = el.getBoundingClientRect()
    const y = box.top + box.height / 2
    const labels = [...frame.querySelectorAll('[title]')]
    const f = frame.getBoundingClientRect()
    const p = plot.getBoundingClientRect()
    return {
      key: el.getAttribute('data-key'),
      isMark: el.hasAttribute('data-mark'),
      isHidden: el.closest('[aria-hidden="true"]') !== null,
      row: labels.findIndex((label) => {
        const r = label.getBoundingClientRect()
        return y >= r.top && y < r.bottom
      }),
      rows: labels.length,
      // Inside the frame as scrolled (top to bottom) and the plot (left to right), and the page's viewport.
      isInFrame:
        box.top >= f.top - 1 &&
        box.bottom <= f.bottom + 1 &&
        box.left >= p.left - 1 &&
        box.right <= p.right + 1,
      isInViewport:
        box.top >= 0 &&
        box.left >= 0 &&
        box.bottom <= window.innerHeight &&
        box.right <= window.innerWidth,
      // Real marks drawn in rows below this one (none once the walk reaches the last row it can).
      realBelow: [
        ...frame.querySelectorAll('[data-mark]:not([data-copy])'),
      ].filter((m) => {
        const r = m.getBoundingClientRect()
        return r.top > box.bottom
      }).length,
    }
  })
}

/**
 * Presses `key` until focus stays put, and twice more (the end of the rows holds it), checking after each
 * press that focus is on a real mark in view.
 */
async function walkRows(page: Page, key: 'ArrowDown' | 'ArrowUp') {
  const visited: number[] = []
  let stayed = 0
  for (let step = 0; step < 60; step++) {
    const before = await focusedMark(page)
    await page.keyboard.press(key)
    // The target's row may be drawn a frame or two after the key: give it time, then look.
    await page.evaluate(
      () =>
        new Promise((done) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => setTimeout(done, 50)),
          ),
        ),
    )
    const now = await focusedMark(page)
    const where = `${key} #${step + 1} from ${before?.key} (row ${before?.row})`
    expect(now?.isMark, `${where}: focus is on a mark, not the page`).toBe(true)
    expect(now?.isHidden, `${where}: not a hidden copy`).toBe(false)
    expect(now?.isInFrame, `${where}: ${now?.key} inside the rows frame`).toBe(
      true,
    )
    expect(now?.isInViewport, `${where}: ${now?.key} in the viewport`).toBe(
      true,
    )
    if (now?.key === before?.key) {
      stayed += 1
      if (stayed === 3) return { visited, last: now }
      continue
    }
    expect(stayed, `${where}: moved again after staying put`).toBe(0)
    expect(
      key === 'ArrowDown' ? now!.row > before!.row : now!.row < before!.row,
      `${where}: moved a row ${key === 'ArrowDown' ? 'down' : 'up'} (row ${now?.row})`,
    ).toBe(true)
    visited.push(now!.row)
  }
  throw new Error(`${key} never stopped`)
}

/** Up and Down reach every row and never lose focus or leave it out of view. */
test('rows by country: ArrowDown walks to the last row and ArrowUp back, focus always on a mark in view', async ({
  page,
}) => {
  await openApp(page, '?rows=country')
  const marks = timeline(page).getByRole('toolbar', { name: 'Timeline events' })
  await marks.locator('[tabindex="0"]').focus()
  const top = await walkRows(page, 'ArrowUp')
  expect(top.last?.row, 'ArrowUp ends in the first row').toBe(0)
  const down = await walkRows(page, 'ArrowDown')
  expect(down.visited.length, 'rows visited going down').toBeGreaterThan(3)
  expect(down.last?.realBelow, 'no real mark below the last row reached').toBe(
    0,
  )
  const up = await walkRows(page, 'ArrowUp')
  expect(up.last?.row, 'ArrowUp walks back to the first row').toBe(0)
  // The walk went as far down as real marks go: the rows below the last it reached hold copies only.
  expect(await lowestRealRow(page), 'the lowest row with a real mark').toBe(
    down.last?.row,
  )
})

/** Scrolls the rows' frame from top to bottom and returns the lowest row that has a real (not copy) mark. */
async function lowestRealRow(page: Page): Promise<number> {
  let lowest = -1
  for (let top = 0; ;) {
    const seen = await page.evaluate(async (scrollTop) => {
      const frame = document.querySelector('.tl-rows-scroll')!
      frame.scrollTop = scrollTop
      await new Promise((done) =>
        requestAnimationFrame(() => requestAnimationFrame(done)),
      )
      const labels = [...frame.querySelectorAll('[title]')].map((label) =>
        label.getBoundingClientRect(),
      )
      const rows = [
        ...frame.querySelectorAll('[data-mark]:not([data-copy])'),
      ].map((mark) => {
        const box = mark.getBoundingClientRect()
        const y = box.top + box.height / 2
        return labels.findIndex((r) => y >= r.top && y < r.bottom)
      })
      return {
        row: Math.max(-1, ...rows),
        next: frame.scrollTop + frame.clientHeight,
        isEnd: frame.scrollTop + frame.clientHeight >= frame.scrollHeight - 1,
      }
    }, top)
    lowest = Math.max(lowest, seen.row)
    if (seen.isEnd) return lowest
    top = seen.next
  }
}
