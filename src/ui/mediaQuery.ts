import { useSyncExternalStore } from 'react'

/*
 * The page's media queries, written once: the code reads them here, and the stylesheets name them as custom
 * media (`@media (--compact)`, `@media (--reduced-motion)`), which the build replaces with these
 * (scripts/customMedia.ts).
 */

/** Phones: the width below which the page is one column and the timeline band turns compact. */
export const COMPACT_QUERY = '(max-width: 699px)'

/** A wide but short screen (a 1280×720 laptop): the essay's opening is set tighter so that it shows at once. */
export const SHORT_QUERY = '(min-width: 700px) and (max-height: 800px)'

/** The reader asked the system for less motion. */
export const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)'

/** True when the reader asked the system for less motion (false where media queries are unknown). */
export function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia(REDUCED_MOTION_QUERY).matches
  )
}

/**
 * Media queries for `useSyncExternalStore`, which asks for a snapshot on every render (each zoom frame):
 * building a MediaQueryList each time showed up in the zoom profile. While a component subscribes, its list
 * is kept and read; with no subscriber (the first render, tests that stub `matchMedia`) it is asked afresh.
 */

const live = new Map<string, { list: MediaQueryList; users: number }>()

/** Subscribes `onChange` to `query`'s changes; returns the unsubscribe function. */
export function subscribeMedia(
  query: string,
  onChange: () => void,
): () => void {
  let entry = live.get(query)
  if (!entry) {
    entry = { list: window.matchMedia(query), users: 0 }
    live.set(query, entry)
  }
  const kept = entry
  kept.users += 1
  kept.list.addEventListener('change', onChange)
  return () => {
    kept.list.removeEventListener('change', onChange)
    kept.users -= 1
    if (kept.users === 0) live.delete(query)
  }
}

/** Whether `query` matches now. */
export function mediaMatches(query: string): boolean {
  return (live.get(query)?.list ?? window.matchMedia(query)).matches
}

/** A React hook over `query`: re-renders when it starts or stops matching. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => subscribeMedia(query, onChange),
    () => mediaMatches(query),
    () => false,
  )
}
