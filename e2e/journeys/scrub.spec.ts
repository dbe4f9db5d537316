import type { Page } from '@playwright/test'
import { openApp, slider, timeline } from '../appPage'
import { expect, test } from '../fixtures'

type SliderState = { now: number; text: string }

async function sliderState(page: Page): Promise<SliderState> {
  const handle = slider(page)
  const [now, text] = await Promise.all([
    handle.getAttribute('aria-valuenow'),
    handle.getAttribute('aria-valuetext'),
  ])
  return { now: Number(now), text: text ?? '' }
}

/** Polls the slider until `accept` holds, then returns its state. */
async function sliderWhen(
  page: Page,
  accept: (state: SliderState) => boolean,
  message: string,
): Promise<SliderState> {
  await expect
    .poll(async () => accept(await sliderState(page)), { message })
    .toBe(true)
  return sliderState(page)
}

/** Drags the playhead with the pointer towards the roomier side of the timeline. */
async function dragPlayhead(page: Page): Promise<void> {
  const box = await slider(page).boundingBox()
  const area = await timeline(page).boundingBox()
  if (!box || !area) throw new Error('The playhead or the timeline has no box')
  const x = box.x + box.width / 2
  const y = box.y + box.height / 2
  const roomRight = area.x + area.width - x
  const distance =
    Math.min(area.width * 0.3, 300) * (roomRight > area.width / 2 ? 1 : -1)
  await page.mouse.move(x, y)
  await page.mouse.down()
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(x + (distance * i) / 10, y)
  await page.mouse.up()
}

/** The playhead: a pointer drag and the keyboard both move it; aria-valuetext says the date in words. */
test('scrub the playhead by pointer and keyboard', async ({
  page,
  saveScreenshot,
}) => {
  await openApp(page)
  const handle = slider(page)
  await expect(handle).toBeVisible()
  const min = Number(await handle.getAttribute('aria-valuemin'))
  const max = Number(await handle.getAttribute('aria-valuemax'))
  expect(min, 'aria-valuemin').toBeLessThan(max) // NaN fails too
  const before = await sliderState(page)
  expect(before.text, 'the slider has an aria-valuetext').not.toBe('')

  await dragPlayhead(page)
  const dragged = await sliderWhen(
    page,
    (s) => s.text !== before.text && s.now !== before.now,
    `a pointer drag changes aria-valuetext/now from "${before.text}"`,
  )
  expect(dragged.now, 'aria-valuenow after the drag').toBeGreaterThanOrEqual(
    min,
  )
  expect(dragged.now, 'aria-valuenow after the drag').toBeLessThanOrEqual(max)
  await saveScreenshot('dragged')

  await handle.focus()
  await page.keyboard.press('Home')
  const first = await sliderWhen(
    page,
    (s) => s.now !== dragged.now,
    'Home moves the playhead to the first event',
  )
  await page.keyboard.press('ArrowRight')
  const second = await sliderWhen(
    page,
    (s) => s.now > first.now && s.text !== first.text,
    `ArrowRight moves past "${first.text}" to the next event`,
  )
  await page.keyboard.press('ArrowLeft')
  await sliderWhen(
    page,
    (s) => s.text === first.text,
    `ArrowLeft returns from "${second.text}" to "${first.text}"`,
  )
  await page.keyboard.press('End')
  await sliderWhen(
    page,
    (s) => s.now > second.now,
    'End moves the playhead to the last event',
  )
  await expect(
    handle,
    'the slider keeps focus while scrubbing with the keyboard',
  ).toBeFocused()
  await saveScreenshot('keyboard')
})
