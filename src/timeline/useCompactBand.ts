import { useSyncExternalStore } from 'react'
import { mediaMatches, subscribeMedia } from '../ui/mediaQuery'

/** Phones: the width below which the page is one column (App.css) and the timeline band turns compact. */
export const COMPACT_QUERY = '(max-width: 699px)'

const subscribe = (onChange: () => void) =>
  subscribeMedia(COMPACT_QUERY, onChange)
const isCompactNow = () => mediaMatches(COMPACT_QUERY)

/**
 * True on phone-sized screens, where the sticky band is compact (fewer, tighter lanes; a shorter overview).
 * Follows the media query live (rotation, resizing); false where media queries are unknown.
 */
export function useCompactBand(): boolean {
  return useSyncExternalStore(subscribe, isCompactNow, () => false)
}
