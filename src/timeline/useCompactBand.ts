import { useSyncExternalStore } from 'react'

/** Phones: the width below which the page is one column (App.css) and the timeline band turns compact. */
export const COMPACT_QUERY = '(max-width: 699px)'

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(COMPACT_QUERY)
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

const isCompactNow = () => window.matchMedia(COMPACT_QUERY).matches

/**
 * True on phone-sized screens, where the sticky band is compact (fewer, tighter lanes; a shorter overview).
 * Follows the media query live (rotation, resizing); false where media queries are unknown.
 */
export function useCompactBand(): boolean {
  return useSyncExternalStore(subscribe, isCompactNow, () => false)
}
