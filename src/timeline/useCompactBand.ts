import { useSyncExternalStore } from 'react'
import { COMPACT_QUERY, mediaMatches, subscribeMedia } from '../ui/mediaQuery'

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
