import { openApp, timeline } from '../appPage'
import { expect, test } from '../fixtures'

/**
 * The pre-rendered page paints the essay and a still frame of the timeline; the script then swaps in the live
 * canvas and its buttons. Nothing may move while it does: the page's layout shift stays 0.
 */
test('the live timeline replaces the still frame without moving the page', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const shifts: number[] = []
    Object.assign(window, { layoutShifts: shifts })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        shifts.push((entry as PerformanceEntry & { value: number }).value)
    }).observe({ type: 'layout-shift', buffered: true })
  })
  await openApp(page)
  await expect(timeline(page).locator('canvas')).toBeVisible()
  await expect(
    timeline(page).getByRole('img', { name: /as drawn at first load/ }),
    'the still frame is gone',
  ).toHaveCount(0)
  // Let any late shift be reported.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(resolve)),
  )
  const shifts = await page.evaluate(
    () => (window as unknown as { layoutShifts: number[] }).layoutShifts,
  )
  expect(shifts, 'layout shifts while the page started').toEqual([])
})
