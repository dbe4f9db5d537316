import type { Page } from 'playwright-core'

export type Point = { readonly x: number; readonly y: number }
export type Box = {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** Pointer moves are paced at about one per frame (60 Hz), as a real mouse delivers them. */
const MOVE_EVERY_MS = 16
/** Wheel notches about every 25 ms: a brisk spin of a mouse wheel. */
const WHEEL_EVERY_MS = 25
const NOTCHES_PER_DIRECTION = 8
/** One notch of a mouse wheel, in pixels (Chromium's deltaY for one click). */
const NOTCH_PX = 100
/** Hard cap on steps per gesture, whatever the clock says. */
const MAX_STEPS = 2_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export const centreOf = (box: Box): Point => ({
  x: box.x + box.width / 2,
  y: box.y + box.height / 2,
})

/** Waits until `startedAt + step * everyMs`, so steps keep their rhythm even when one is slow. */
async function pace(
  startedAt: number,
  step: number,
  everyMs: number,
): Promise<void> {
  const wait = startedAt + step * everyMs - Date.now()
  if (wait > 0) await sleep(wait)
}

/**
 * Presses at `from`, then sweeps the pointer back and forth between `minX` and `maxX` (page px, same y) for
 * `durationMs`, then releases. Returns the number of moves.
 */
export async function dragSweep(
  page: Page,
  from: Point,
  minX: number,
  maxX: number,
  durationMs: number,
): Promise<number> {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  const startedAt = Date.now()
  const stepPx = (maxX - minX) / 60 // a full sweep in about a second
  let x = from.x
  let direction = 1
  let step = 0
  try {
    while (Date.now() - startedAt < durationMs && step < MAX_STEPS) {
      x += direction * stepPx
      if (x >= maxX || x <= minX) {
        x = Math.min(maxX, Math.max(minX, x))
        direction = -direction
      }
      await page.mouse.move(x, from.y)
      step += 1
      await pace(startedAt, step, MOVE_EVERY_MS)
    }
  } finally {
    await page.mouse.up()
  }
  return step
}

/** Wheel notches at `at`, zooming in (up) `notches` times; untimed, used to prepare a pan. */
export async function wheelIn(
  page: Page,
  at: Point,
  notches: number,
): Promise<void> {
  await page.mouse.move(at.x, at.y)
  for (let i = 0; i < notches; i++) {
    await page.mouse.wheel(0, -NOTCH_PX)
    await sleep(WHEEL_EVERY_MS)
  }
}

/** Spins the wheel at `at`, alternating 8 notches in and 8 out, for `durationMs`. Returns the notches sent. */
export async function wheelAlternating(
  page: Page,
  at: Point,
  durationMs: number,
): Promise<number> {
  await page.mouse.move(at.x, at.y)
  const startedAt = Date.now()
  let step = 0
  while (Date.now() - startedAt < durationMs && step < MAX_STEPS) {
    const zoomingIn = Math.floor(step / NOTCHES_PER_DIRECTION) % 2 === 0
    await page.mouse.wheel(0, zoomingIn ? -NOTCH_PX : NOTCH_PX)
    step += 1
    await pace(startedAt, step, WHEEL_EVERY_MS)
  }
  return step
}
