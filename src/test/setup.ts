import '@testing-library/jest-dom/vitest'
// eslint-disable-next-line testing-library/no-manual-cleanup -- see the afterEach below
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeAll, vi } from 'vitest'
import { preloadDeferredModules } from '../ui/deferredModule'

// Lazily loaded parts (the aligned lens, the details) can take more than the default second to import when the
// suite shares a busy machine; a findBy that waits longer still fails when the element never comes.
configure({ asyncUtilTimeout: 4000 })

// Vitest runs without globals, so Testing Library cannot register its own afterEach cleanup.
afterEach(() => cleanup())

// The parts the page loads just after its first render are in place before a reader can use them: so too
// in tests, before the first test (the test file's imports have registered them by then).
beforeAll(() => preloadDeferredModules())

// jsdom has no layout: give the observers and SVG measuring that the panels use inert stand-ins.
class NoopObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
  takeRecords(): [] {
    return []
  }
}
vi.stubGlobal('ResizeObserver', NoopObserver)
vi.stubGlobal('IntersectionObserver', NoopObserver)
if (!('getBBox' in SVGElement.prototype)) {
  Object.defineProperty(SVGElement.prototype, 'getBBox', {
    value: () => ({ x: 0, y: 0, width: 0, height: 0 }),
  })
}
Element.prototype.scrollIntoView ??= function scrollIntoView() {}
window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  }) as MediaQueryList
// jsdom has no canvas: the timeline's lane canvas gets no context (and paints nothing) instead of a
// "Not implemented" error per render. Its buttons carry everything tests query.
HTMLCanvasElement.prototype.getContext = function getContext() {
  return null
} as typeof HTMLCanvasElement.prototype.getContext
