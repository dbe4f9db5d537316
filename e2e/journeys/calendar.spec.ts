import type { Locator, Page } from '@playwright/test'
import {
  countryGroup,
  essay,
  eventButton,
  openApp,
  openFiltersIfFolded,
  slider,
  timeline,
  waitForTimelineStill,
} from '../appPage'
import { expectNoAxeViolations } from '../axe'
import { idsInvolving, rawEvents } from '../content'
import { expect, test } from '../fixtures'

type Box = { x: number; y: number; width: number; height: number }

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox()
  if (!box) throw new Error(`${locator.toString()} has no box`)
  return box
}

/** The events of the White House and Alaska summits' week: 15 to 19 August 2025. */
const AUGUST_IDS = rawEvents()
  .events.filter((e) => e.start >= '2025-08-15' && e.start <= '2025-08-19')
  .map((e) => e.id)

/** The ids of the event buttons that reach past the timeline's left or right edge, with their boxes. */
async function buttonsPastEdges(page: Page): Promise<string[]> {
  const band = await boxOf(timeline(page))
  const boxes = await timeline(page)
    .locator('[data-event-id]')
    .evaluateAll((nodes) =>
      nodes.map((n) => {
        const r = n.getBoundingClientRect()
        return {
          id: n.getAttribute('data-event-id') ?? '',
          left: r.left,
          right: r.right,
        }
      }),
    )
  return boxes
    .filter((b) => b.right > band.x && b.left < band.x + band.width)
    .filter((b) => b.left < band.x - 0.5 || b.right > band.x + band.width + 0.5)
    .map((b) => `${b.id} ${Math.round(b.left)}–${Math.round(b.right)}`)
}

/** Each event of `ids` has its own button, shown inside the timeline's box. */
async function expectOwnButtonsInside(
  page: Page,
  ids: readonly string[],
  what: string,
): Promise<void> {
  const band = await boxOf(timeline(page))
  for (const id of ids) {
    const button = eventButton(page, id)
    await expect(button, `${what}: ${id} has its own button`).toBeVisible()
    const box = await boxOf(button)
    expect(
      box.x >= band.x - 0.5 && box.x + box.width <= band.x + band.width + 0.5,
      `${what}: ${id}'s button (${Math.round(box.x)}–${Math.round(box.x + box.width)}) lies inside the timeline (${band.x}–${band.x + band.width})`,
    ).toBe(true)
  }
}

/**
 * The essay's summer is legible: at the "2025 diplomacy" preset every event of 15–19 August 2025 has its own
 * mark (on a phone after opening the one cluster that holds them), and no button reaches past the edges.
 */
test('the 2025 preset gives each summit event its own mark', async ({
  page,
  viewportName,
  saveScreenshot,
}) => {
  expect(AUGUST_IDS.length, 'the week has its ten events').toBe(10)
  await openApp(page)
  await page.getByRole('button', { name: '2025 diplomacy' }).click()
  await expect(
    page.getByRole('button', { name: '2025 diplomacy' }),
  ).toHaveAttribute('aria-pressed', 'true')
  if (viewportName === 'phone') {
    // 390 px cannot part ten events in five days at nine months wide: one more zoom, into their cluster.
    await timeline(page)
      .getByRole('button', { name: /^10 events, 15 to 19 August 2025/ })
      .click()
  }
  await waitForTimelineStill(page)
  await expectOwnButtonsInside(page, AUGUST_IDS, '2025 preset')
  expect(await buttonsPastEdges(page), 'buttons past an edge').toEqual([])
  // The pointer off the marks, so no tooltip covers the picture.
  const text = await boxOf(essay(page))
  await page.mouse.move(text.x + 2, text.y + 2)
  await saveScreenshot('2025-preset-light')
  await expectNoAxeViolations(page, `2025 preset (${viewportName})`)
  await page.emulateMedia({ colorScheme: 'dark' })
  await saveScreenshot('2025-preset-dark')
  await expectNoAxeViolations(page, `2025 preset, dark (${viewportName})`)
})

/** Labels stay inside: in the whole-range view no event's button (mark and label) crosses an edge. */
test('no label reaches past the timeline’s edges', async ({ page }) => {
  await openApp(page)
  expect(await buttonsPastEdges(page), 'whole range').toEqual([])
  await page.getByRole('button', { name: 'Cold War guarantees' }).click()
  // The preset animates the view there: measure where it lands.
  await waitForTimelineStill(page)
  expect(await buttonsPastEdges(page), 'Cold War preset').toEqual([])
})

/** Zoom + zooms about the selection: the selected event stays in view. */
test('zoom in keeps the selected event in view', async ({ page }) => {
  const id = 'budapest-memorandum-1994-12-05'
  await openApp(page, `?event=${id}`)
  await expect(eventButton(page, id)).toHaveAttribute('aria-pressed', 'true')
  for (let i = 0; i < 3; i++) {
    await page.getByRole('button', { name: 'Zoom in' }).click()
    await expectOwnButtonsInside(page, [id], `after zoom in ×${i + 1}`)
  }
})

/**
 * A filter refits the view: with Japan, every Japan event is drawn inside the timeline, by its own button or
 * (on a phone, where 2023 and 2025 lie a few px apart across eighty years) a cluster's.
 */
test('the Japan filter shows all its events in view', async ({
  page,
  viewportName,
}) => {
  await openApp(page)
  await page.getByRole('button', { name: '2025 diplomacy' }).click()
  await openFiltersIfFolded(page)
  await countryGroup(page)
    .getByRole('checkbox', { name: /^Japan\b/ })
    .check()
  await page.keyboard.press('Escape')
  const ids = idsInvolving(['JP'], 'any')
  expect(ids.size, 'Japan’s events').toBe(5)
  const band = await boxOf(timeline(page))
  await expect(timeline(page).locator('[data-mark]').first()).toBeVisible()
  const marks = await timeline(page)
    .locator('[data-mark]')
    .evaluateAll((nodes) =>
      nodes.map((n) => {
        const r = n.getBoundingClientRect()
        return {
          id: n.getAttribute('data-event-id'),
          name: n.getAttribute('aria-label') ?? '',
          left: r.left,
          right: r.right,
        }
      }),
    )
  const inside = marks.filter(
    (m) => m.left >= band.x - 0.5 && m.right <= band.x + band.width + 0.5,
  )
  const drawn = inside.reduce(
    (n, m) =>
      n + (m.id === null ? Number(/^(\d+) events/.exec(m.name)?.[1]) : 1),
    0,
  )
  expect(
    inside.filter((m) => m.id !== null && !ids.has(m.id)),
    'only Japan’s events',
  ).toEqual([])
  expect(
    drawn,
    `Japan’s 5 events inside the timeline (${marks.map((m) => m.name).join('; ')})`,
  ).toBe(5)
  if (viewportName === 'desktop')
    await expectOwnButtonsInside(page, [...ids], 'Japan')
  await expectNoAxeViolations(page, `Japan filter (${viewportName})`)
})

/** A left-to-right scrub moves the essay only forward (never back and forth). */
test('scrubbing left to right moves the essay only forward', async ({
  page,
}) => {
  await openApp(page)
  await expect(essay(page)).toBeVisible()
  const band = await boxOf(timeline(page))
  const knob = await boxOf(slider(page))
  const y = knob.y + knob.height / 2
  const positions: number[] = []
  await page.mouse.move(band.x + 4, y)
  await page.mouse.down()
  for (let i = 1; i <= 40; i++) {
    await page.mouse.move(band.x + 4 + ((band.width - 8) * i) / 40, y)
    await page.waitForTimeout(60)
    positions.push(await page.evaluate(() => Math.round(window.scrollY)))
  }
  await page.mouse.up()
  await page.waitForTimeout(400)
  positions.push(await page.evaluate(() => Math.round(window.scrollY)))
  const backwards = positions.filter((p, i) => i > 0 && p < positions[i - 1]!)
  expect(backwards, `scroll positions ${positions.join(' → ')}`).toEqual([])
  expect(positions.at(-1)!, 'the essay followed the scrub').toBeGreaterThan(
    positions[0]!,
  )
})

/** A deep zoom cannot be dragged far past the data: at two weeks wide it stops days after the last event. */
test('dragging a two-week window past the last event stops just after it', async ({
  page,
}) => {
  await openApp(page, '?from=2025-08-10&to=2025-08-24')
  const stage = await boxOf(timeline(page).locator('svg.tl-svg'))
  // Drag on the axis (no mark there) to the left, again and again: the window moves later.
  const y = stage.y + 20
  for (let i = 0; i < 4; i++) {
    await page.mouse.move(stage.x + stage.width - 40, y)
    await page.mouse.down()
    await page.mouse.move(stage.x + 40, y, { steps: 12 })
    await page.mouse.up()
  }
  await expect
    .poll(() => new URL(page.url()).searchParams.get('to') ?? '', {
      message: 'the window moved later',
    })
    .not.toBe('2025-08-24')
  const to = Date.parse(
    `${new URL(page.url()).searchParams.get('to') ?? ''}T00:00:00Z`,
  )
  // The last event is on 31 August 2025; a quarter of two weeks past it is 3.5 days.
  expect(to).toBeLessThanOrEqual(Date.UTC(2025, 8, 5))
})
