import { openApp, slider, timeline } from '../appPage'
import { eventually, expectTrue } from '../expect'
import type { Journey, JourneyContext } from '../runner'

type SliderState = { now: number; text: string }

async function sliderState(ctx: JourneyContext): Promise<SliderState> {
  const handle = slider(ctx.page)
  const [now, text] = await Promise.all([
    handle.getAttribute('aria-valuenow'),
    handle.getAttribute('aria-valuetext'),
  ])
  return { now: Number(now), text: text ?? '' }
}

/** Drags the playhead with the pointer towards the roomier side of the timeline. */
async function dragPlayhead(ctx: JourneyContext): Promise<void> {
  const { page } = ctx
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
export const scrubJourney: Journey = {
  name: 'scrub the playhead by pointer and keyboard',
  viewports: ['desktop', 'phone'],
  async run(ctx) {
    const { page } = ctx
    await openApp(ctx)
    const handle = slider(page)
    await handle.waitFor({ state: 'visible' })
    const min = Number(await handle.getAttribute('aria-valuemin'))
    const max = Number(await handle.getAttribute('aria-valuemax'))
    expectTrue(
      Number.isFinite(min) && Number.isFinite(max) && min < max,
      `aria-valuemin/max: ${min}/${max}`,
    )
    const before = await sliderState(ctx)
    expectTrue(before.text !== '', 'the slider has an aria-valuetext')

    await dragPlayhead(ctx)
    const dragged = await eventually(
      () => sliderState(ctx),
      (s) => s.text !== before.text && s.now !== before.now,
      `a pointer drag to change aria-valuetext/now from "${before.text}"`,
    )
    expectTrue(
      dragged.now >= min && dragged.now <= max,
      `aria-valuenow ${dragged.now} within [${min}, ${max}]`,
    )
    await ctx.screenshot('dragged')

    await handle.focus()
    await page.keyboard.press('Home')
    const first = await eventually(
      () => sliderState(ctx),
      (s) => s.now !== dragged.now,
      'Home to move the playhead to the first event',
    )
    await page.keyboard.press('ArrowRight')
    const second = await eventually(
      () => sliderState(ctx),
      (s) => s.now > first.now && s.text !== first.text,
      `ArrowRight to move past "${first.text}" to the next event`,
    )
    await page.keyboard.press('ArrowLeft')
    await eventually(
      () => sliderState(ctx),
      (s) => s.text === first.text,
      `ArrowLeft to return from "${second.text}" to "${first.text}"`,
    )
    await page.keyboard.press('End')
    await eventually(
      () => sliderState(ctx),
      (s) => s.now > second.now,
      'End to move the playhead to the last event',
    )
    expectTrue(
      await handle.evaluate((el) => el === document.activeElement),
      'the slider keeps focus while scrubbing with the keyboard',
    )
    await ctx.screenshot('keyboard')
  },
}
