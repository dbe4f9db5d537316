import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  isInFreeArea,
  isInView,
  keepInFreeArea,
  passageBlock,
  revealFirstPassage,
  throttle,
} from './essayScroll'

/** A paragraph in the document whose box is `top`..`top + height` px from the viewport's top. */
function paragraph(id: string, top: number, height = 100): HTMLElement {
  const el = document.createElement('p')
  el.id = id
  el.getBoundingClientRect = () =>
    ({
      top,
      bottom: top + height,
      height,
      left: 0,
      right: 600,
      width: 600,
    }) as DOMRect
  document.body.append(el)
  return el
}

afterEach(() => {
  document.body.replaceChildren()
  document.documentElement.style.removeProperty('scroll-padding-top')
  document.documentElement.style.removeProperty('scroll-padding-bottom')
  vi.restoreAllMocks()
})

describe('isInView', () => {
  it('isInView(el) is true when enough of the element shows in the viewport', () => {
    vi.stubGlobal('innerHeight', 800)
    expect(isInView(paragraph('a', 100))).toBe(true)
    expect(isInView(paragraph('b', 780))).toBe(false) // only 20 px show
    expect(isInView(paragraph('c', -90))).toBe(false) // scrolled past
  })

  it('isInView(el) does not count what the sticky band (scroll-padding-top) covers', () => {
    vi.stubGlobal('innerHeight', 800)
    document.documentElement.style.setProperty('scroll-padding-top', '300px')
    expect(isInView(paragraph('under-band', 150, 120))).toBe(false)
    expect(isInView(paragraph('below-band', 320))).toBe(true)
  })
})

describe('keepInFreeArea', () => {
  it('isInFreeArea(el) is true only when the whole box lies between the band and the sheet', () => {
    vi.stubGlobal('innerHeight', 800)
    document.documentElement.style.setProperty('scroll-padding-top', '300px')
    document.documentElement.style.setProperty('scroll-padding-bottom', '400px')
    expect(isInFreeArea(paragraph('free', 320, 40))).toBe(true)
    // Its first line under the band: a phrase that "starts under the band".
    expect(isInFreeArea(paragraph('first-line-hidden', 290, 40))).toBe(false)
    expect(isInFreeArea(paragraph('under-sheet', 380, 40))).toBe(false)
  })

  it('keepInFreeArea(els) centres the first phrase when none shows whole, and leaves a shown one alone', () => {
    vi.stubGlobal('innerHeight', 800)
    document.documentElement.style.setProperty('scroll-padding-top', '300px')
    const hidden = paragraph('hidden', 280, 40)
    const other = paragraph('other', 900, 40)
    const scroll = vi.fn()
    hidden.scrollIntoView = scroll
    expect(keepInFreeArea([hidden, other])).toBe(true)
    expect(scroll).toHaveBeenCalledWith({ block: 'center', behavior: 'smooth' })
    const shown = paragraph('shown', 400, 40)
    shown.scrollIntoView = vi.fn()
    expect(keepInFreeArea([hidden, shown])).toBe(false)
    expect(shown.scrollIntoView).not.toHaveBeenCalled()
  })

  it('keepInFreeArea(els) does nothing without layout (no box to place)', () => {
    const el = document.createElement('a')
    document.body.append(el)
    el.scrollIntoView = vi.fn()
    expect(keepInFreeArea([el])).toBe(false)
    expect(el.scrollIntoView).not.toHaveBeenCalled()
  })
})

describe('revealFirstPassage', () => {
  it('revealFirstPassage(ids) scrolls to the first passage when none shows', () => {
    vi.stubGlobal('innerHeight', 800)
    const first = paragraph('p-1', 2000)
    paragraph('p-2', 3000)
    const scroll = vi.spyOn(first, 'scrollIntoView')
    expect(revealFirstPassage(['p-1', 'p-2'])).toBe(first)
    expect(scroll).toHaveBeenCalledWith({ block: 'center', behavior: 'smooth' })
  })

  it('revealFirstPassage(ids) leaves the page alone when a citing passage already shows', () => {
    vi.stubGlobal('innerHeight', 800)
    const first = paragraph('p-1', -2000)
    paragraph('p-2', 200)
    const scroll = vi.spyOn(first, 'scrollIntoView')
    expect(revealFirstPassage(['p-1', 'p-2'])).toBeNull()
    expect(scroll).not.toHaveBeenCalled()
  })

  it('revealFirstPassage(ids) jumps without animation when reduced motion is asked for', () => {
    vi.stubGlobal('innerHeight', 800)
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query) =>
        ({ matches: query.includes('reduce'), media: query }) as MediaQueryList,
    )
    const first = paragraph('p-1', 2000)
    const scroll = vi.spyOn(first, 'scrollIntoView')
    revealFirstPassage(['p-1'])
    expect(scroll).toHaveBeenCalledWith({ block: 'center', behavior: 'auto' })
  })
})

describe('passageBlock', () => {
  it('passageBlock(el) centres a passage that fits below the sticky band, else aligns its top', () => {
    vi.stubGlobal('innerHeight', 844)
    // A phone: the compact band covers the top 260 px; 584 px are left to read in.
    document.documentElement.style.setProperty('scroll-padding-top', '260px')
    expect(passageBlock(paragraph('short', 2000, 300))).toBe('center')
    expect(passageBlock(paragraph('long', 2000, 640))).toBe('start')
  })

  it('revealFirstPassage(ids) brings a long passage in by its top, just below the band', () => {
    vi.stubGlobal('innerHeight', 844)
    document.documentElement.style.setProperty('scroll-padding-top', '260px')
    const long = paragraph('p-9', 3000, 700)
    const scroll = vi.spyOn(long, 'scrollIntoView')
    revealFirstPassage(['p-9'])
    expect(scroll).toHaveBeenCalledWith({ block: 'start', behavior: 'smooth' })
  })
})

describe('throttle', () => {
  afterEach(() => vi.useRealTimers())

  it('throttle(run, 300) runs the first call at once and gathers the next ones into one run at the end', () => {
    vi.useFakeTimers()
    const run = vi.fn()
    const follow = throttle(run, 300)
    follow()
    expect(run).toHaveBeenCalledTimes(1)
    follow()
    vi.advanceTimersByTime(100)
    follow()
    follow()
    expect(run).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(200)
    expect(run).toHaveBeenCalledTimes(2)
    vi.advanceTimersByTime(1000)
    expect(run).toHaveBeenCalledTimes(2)
    follow()
    expect(run).toHaveBeenCalledTimes(3)
  })

  it('cancel() drops the pending run', () => {
    vi.useFakeTimers()
    const run = vi.fn()
    const follow = throttle(run, 300)
    follow()
    follow()
    follow.cancel()
    vi.advanceTimersByTime(1000)
    expect(run).toHaveBeenCalledTimes(1)
  })
})
