import type { Page } from '@playwright/test'
import { details, openApp } from '../appPage'
import { DESKTOP_ONLY, expect, test } from '../fixtures'

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
          : within('fieldset, .filter-summary') ||
              // The header's "Filters" button, which opens them over the page.
              (el.hasAttribute('aria-expanded') &&
                (el.textContent ?? '').trim().startsWith('Filters'))
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
test(
  'keyboard only: tab order, visible focus, no trap',
  { tag: DESKTOP_ONLY },
  async ({ page, saveScreenshot }) => {
    await openApp(page)
    await page.evaluate(() =>
      (document.activeElement as HTMLElement | null)?.blur(),
    )

    const stops: Stop[] = []
    for (let i = 0; i < MAX_TABS; i++) {
      await page.keyboard.press('Tab')
      const stop = await focused(page)
      if (stop.area === 'body' || (i > 0 && stop.area === 'skip')) break
      stops.push(stop)
      expect(
        i,
        `focus never left the page or cycled after ${MAX_TABS} Tabs: a trap near ${stop.label}`,
      ).toBeLessThan(MAX_TABS - 1)
    }
    expect(
      stops.filter((s) => !s.ring).map((s) => s.label),
      'Tab stops without a visible focus ring',
    ).toEqual([])
    expect(stops[0]?.area, 'the first Tab stop (the skip link)').toBe('skip')

    const firsts = ORDER.map((area) => ({
      area,
      at: stops.findIndex((s) => s.area === area),
    }))
    expect(
      firsts.filter((f) => f.at < 0).map((f) => f.area),
      'areas never reached by Tab',
    ).toEqual([])
    expect(
      [...firsts].sort((a, b) => a.at - b.at).map((f) => f.area),
      'the order in which Tab first reaches each area',
    ).toEqual(ORDER)
    expect(
      stops.filter((s) => s.eventId !== null).length,
      "the timeline's events are one Tab stop (roving tabindex)",
    ).toBe(1)
    test.info().annotations.push({
      type: 'Tab stops',
      description: `${stops.length}: ${ORDER.map((a) => `${a} ${stops.filter((s) => s.area === a).length}`).join(', ')}, other ${stops.filter((s) => s.area === 'other').length}`,
    })

    await test.step('arrows move between events, Enter opens the details, Escape returns', async () => {
      const eventAt = stops.findIndex((s) => s.eventId !== null)
      await openApp(page) // a fresh start: Tab after blur() resumes where focus was
      for (let i = 0; i <= eventAt; i++) await page.keyboard.press('Tab')
      const onEvent = await focused(page)
      expect(
        onEvent.eventId,
        `Tab ${eventAt + 1} lands on an event again (got ${onEvent.label})`,
      ).not.toBeNull()
      await page.keyboard.press('ArrowRight')
      await expect
        .poll(
          async () => {
            const id = (await focused(page)).eventId
            return id !== null && id !== onEvent.eventId
          },
          { message: 'ArrowRight moves focus to the next event' },
        )
        .toBe(true)
      const next = await focused(page)
      await page.keyboard.press('Enter')
      await expect
        .poll(
          () =>
            details(page).evaluate((panel) =>
              panel.contains(document.activeElement),
            ),
          { message: 'Enter opens the details and moves focus into them' },
        )
        .toBe(true)
      await saveScreenshot('selected-by-keyboard')
      await page.keyboard.press('Escape')
      await expect
        .poll(async () => (await focused(page)).eventId, {
          message: 'Escape returns focus to the event',
        })
        .toBe(next.eventId)
    })

    await test.step('the skip link, then Tab, reaches the essay', async () => {
      await openApp(page)
      await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')
      await page.keyboard.press('Tab')
      await expect
        .poll(async () => (await focused(page)).area, {
          message: 'the area focused after the skip link and Tab',
        })
        .toBe('essay')
      await saveScreenshot('skip-link')
    })
  },
)
