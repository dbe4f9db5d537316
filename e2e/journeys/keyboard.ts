import type { Page } from 'playwright-core'
import { details, openApp } from '../appPage'
import { eventually, expectEqual, expectTrue, fail } from '../expect'
import type { Journey } from '../runner'

const MAX_TABS = 400

type Area =
  | 'skip'
  | 'search'
  | 'filters'
  | 'timeline'
  | 'essay'
  | 'details'
  | 'other'
  | 'body'
type Stop = { area: Area; label: string; ring: boolean; eventId: string | null }

/** Where focus is now: which part of the page, a label for messages, and whether a focus ring is drawn. */
function focused(page: Page): Promise<Stop> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body || el === document.documentElement)
      return { area: 'body' as const, label: 'body', ring: true, eventId: null }
    const within = (selector: string) => el.closest(selector) !== null
    const area = el.classList.contains('skip-link')
      ? 'skip'
      : el.matches('input[type="search"]')
        ? 'search'
        : within('[aria-label="Timeline"]')
          ? 'timeline'
          : within('fieldset, .filter-summary')
            ? 'filters'
            : within('article[aria-label="Essay"]')
              ? 'essay'
              : within('aside[aria-label="Event details"]')
                ? 'details'
                : 'other'
    const style = getComputedStyle(el)
    const outline =
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== ''
    const name =
      el.getAttribute('aria-label') ??
      (el.textContent ?? '').trim().slice(0, 40)
    return {
      area,
      label: `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${name}"`,
      ring: outline || shadow,
      eventId: el.getAttribute('data-event-id'),
    }
  })
}

const ORDER: readonly Area[] = [
  'skip',
  'search',
  'filters',
  'timeline',
  'essay',
]

/** Tab from the top: every control reachable in reading order, focus always visible, and no trap. */
export const keyboardJourney: Journey = {
  name: 'keyboard only: tab order, visible focus, no trap',
  viewports: ['desktop'],
  async run(ctx) {
    const { page } = ctx
    await openApp(ctx)
    await page.evaluate(() =>
      (document.activeElement as HTMLElement | null)?.blur(),
    )

    const stops: Stop[] = []
    for (let i = 0; i < MAX_TABS; i++) {
      await page.keyboard.press('Tab')
      const stop = await focused(page)
      if (stop.area === 'body' || (i > 0 && stop.area === 'skip')) break
      stops.push(stop)
      if (i === MAX_TABS - 1)
        fail(
          `focus never left the page or cycled after ${MAX_TABS} Tabs: a trap near ${stop.label}`,
        )
    }
    const noRing = stops.filter((s) => !s.ring)
    expectTrue(
      noRing.length === 0,
      `no visible focus ring on: ${noRing.map((s) => s.label).join('; ')}`,
    )
    expectEqual(stops[0]?.area, 'skip', 'the first Tab stop (the skip link)')

    const firsts = ORDER.map((area) => ({
      area,
      at: stops.findIndex((s) => s.area === area),
    }))
    const missing = firsts.filter((f) => f.at < 0).map((f) => f.area)
    expectTrue(
      missing.length === 0,
      `never reached by Tab: ${missing.join(', ')}`,
    )
    for (let i = 1; i < firsts.length; i++) {
      const [a, b] = [firsts[i - 1], firsts[i]]
      if (a && b && a.at > b.at)
        fail(
          `Tab order: ${b.area} (stop ${b.at}) comes before ${a.area} (stop ${a.at})`,
        )
    }
    const eventStops = stops.filter((s) => s.eventId !== null)
    expectTrue(
      eventStops.length === 1,
      `the timeline's events are one Tab stop (roving tabindex); saw ${eventStops.length}`,
    )
    console.log(
      `     ${stops.length} Tab stops: ${ORDER.map((a) => `${a} ${stops.filter((s) => s.area === a).length}`).join(', ')}, other ${stops.filter((s) => s.area === 'other').length}`,
    )

    // Select an event from the keyboard: arrows move between events, Enter opens the panel, Escape returns.
    const eventAt = stops.findIndex((s) => s.eventId !== null)
    await openApp(ctx) // a fresh start: Tab after blur() resumes where focus was
    for (let i = 0; i <= eventAt; i++) await page.keyboard.press('Tab')
    const onEvent = await focused(page)
    expectTrue(
      onEvent.eventId !== null,
      `Tab ${eventAt + 1} lands on an event again (got ${onEvent.label})`,
    )
    await page.keyboard.press('ArrowRight')
    const next = await eventually(
      () => focused(page),
      (s) => s.eventId !== null && s.eventId !== onEvent.eventId,
      'ArrowRight to move focus to the next event',
    )
    await page.keyboard.press('Enter')
    await eventually(
      () =>
        details(page).evaluate((panel) =>
          panel.contains(document.activeElement),
        ),
      Boolean,
      'Enter to open the details and move focus into them',
    )
    await ctx.screenshot('selected-by-keyboard')
    await page.keyboard.press('Escape')
    await eventually(
      () => focused(page),
      (s) => s.eventId === next.eventId,
      'Escape to return focus to the event',
    )

    // The skip link moves focus to the essay; the next Tab is the essay's first link.
    await openApp(ctx)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await eventually(
      () => focused(page),
      (s) => s.area === 'essay',
      'skip link then Tab to reach the essay',
    )
    await ctx.screenshot('skip-link')
  },
}
