import { prefersReducedMotion } from '../ui/mediaQuery'

/**
 * Scrolling helpers for the essay. They touch the DOM, so they are called from effects only.
 */

/** 'smooth' unless the reader asked the system to reduce motion. */
export function scrollBehavior(): ScrollBehavior {
  return prefersReducedMotion() ? 'auto' : 'smooth'
}

/** Nearest ancestor that scrolls vertically, or null for the page itself. */
function scrollParent(el: Element): Element | null {
  for (let node = el.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node)
    if (overflowY === 'auto' || overflowY === 'scroll') return node
  }
  return null
}

/**
 * True when at least `minVisiblePx` of the element (or all of it, when shorter) shows inside its scroll
 * container and the viewport. jsdom has no layout, so there every element reads as out of view.
 */
export function isInView(el: Element, minVisiblePx = 32): boolean {
  const rect = el.getBoundingClientRect()
  if (rect.height === 0) return false
  const parent = scrollParent(el)
  // The page's scroll-padding marks what sticky or fixed layers cover (the timeline band, a bottom sheet).
  const page = getComputedStyle(document.documentElement)
  let top = parseFloat(page.scrollPaddingTop) || 0
  let bottom = window.innerHeight - (parseFloat(page.scrollPaddingBottom) || 0)
  if (parent) {
    const box = parent.getBoundingClientRect()
    top = Math.max(top, box.top)
    bottom = Math.min(bottom, box.bottom)
  }
  const visible = Math.min(rect.bottom, bottom) - Math.max(rect.top, top)
  return visible >= Math.min(minVisiblePx, rect.height)
}

/**
 * True when the whole of `el`'s box lies in the part of the viewport that the sticky band (scroll-padding-top)
 * and a bottom sheet (scroll-padding-bottom) leave free.
 */
export function isInFreeArea(el: Element): boolean {
  const rect = el.getBoundingClientRect()
  const page = getComputedStyle(document.documentElement)
  const top = parseFloat(page.scrollPaddingTop) || 0
  const bottom =
    window.innerHeight - (parseFloat(page.scrollPaddingBottom) || 0)
  return rect.top >= top && rect.bottom <= bottom
}

/**
 * Centre the first of `els` (the cited phrases) in the free part of the viewport unless one of them already
 * shows whole there. Returns whether it scrolled. Elements with no box (not laid out) are left alone. The
 * band's height and the details sheet settle after the first scroll to a selection (a deep link scrolls before
 * either is measured), so this runs again once they have.
 */
export function keepInFreeArea(els: readonly Element[]): boolean {
  const laidOut = els.filter((el) => el.getBoundingClientRect().height > 0)
  const first = laidOut[0]
  if (!first || laidOut.some(isInFreeArea)) return false
  first.scrollIntoView({ block: 'center', behavior: scrollBehavior() })
  return true
}

/**
 * How to align a passage when scrolling to it: centred, unless it (with its scroll margins) is taller than the
 * part of the viewport that the sticky band and any bottom sheet leave free (the page's scroll-padding, kept
 * from the band's measured height); then by its top, which lands just below the band, so a long passage never
 * starts hidden behind it (phones).
 */
export function passageBlock(el: Element): ScrollLogicalPosition {
  const page = getComputedStyle(document.documentElement)
  const own = getComputedStyle(el)
  const freePx =
    window.innerHeight -
    (parseFloat(page.scrollPaddingTop) || 0) -
    (parseFloat(page.scrollPaddingBottom) || 0)
  const heightPx =
    el.getBoundingClientRect().height +
    (parseFloat(own.scrollMarginTop) || 0) +
    (parseFloat(own.scrollMarginBottom) || 0)
  return heightPx > freePx ? 'start' : 'center'
}

/**
 * Bring the first of `ids` into view unless one of them is already visible; aligned by `block`, else as
 * `passageBlock` says. When the passage is too tall for the free space (phones, with the band above and the
 * details sheet below), `within(passage)` names the part that matters (the cited phrase), which is centred in
 * the free space instead, so it is not left below the sheet. Returns the element scrolled to.
 */
export function revealFirstPassage(
  ids: readonly string[],
  block?: ScrollLogicalPosition,
  within?: (passage: HTMLElement) => Element | null,
): HTMLElement | null {
  const elements = ids
    .map((id) => document.getElementById(id))
    .filter((el): el is HTMLElement => el !== null)
  const first = elements[0]
  if (!first || elements.some((el) => isInView(el))) return null
  const align = block ?? passageBlock(first)
  const part = align === 'start' && !block ? within?.(first) : null
  if (part) part.scrollIntoView({ block: 'center', behavior: scrollBehavior() })
  else first.scrollIntoView({ block: align, behavior: scrollBehavior() })
  return first
}

/**
 * `run` at most once per `intervalMs`: the first call runs at once, later calls within the interval are
 * gathered into one trailing run at its end, so the last call always takes effect. `cancel` drops a pending run.
 */
export function throttle(
  run: () => void,
  intervalMs: number,
): { (): void; cancel: () => void } {
  let lastRunMs = -Infinity
  let timer: ReturnType<typeof setTimeout> | null = null
  const fire = () => {
    timer = null
    lastRunMs = Date.now()
    run()
  }
  const throttled = () => {
    if (timer !== null) return
    const waitMs = lastRunMs + intervalMs - Date.now()
    if (waitMs <= 0) fire()
    else timer = setTimeout(fire, waitMs)
  }
  throttled.cancel = () => {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }
  return throttled
}
