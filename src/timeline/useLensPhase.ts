import { useEffect, useState } from 'react'
import type { Lens } from '../store/timelineStore'
import { prefersReducedMotion } from '../ui/mediaQuery'

/** How long marks take to move between the two layouts, ms (Timeline.css uses the same). */
export const LENS_MOVE_MS = 450

/**
 * The layout to draw for the store's lens. Switching to the aligned view draws it at once (its marks start
 * where they were and move); switching back keeps it for `LENS_MOVE_MS` with `isLeaving` set, so its marks
 * can move back to their calendar places first. No delay under reduced motion.
 */
export function useLensPhase(lens: Lens): {
  shownLens: Lens
  isLeaving: boolean
} {
  const [shownLens, setShownLens] = useState(lens)
  const isImmediate = lens === 'aligned' || prefersReducedMotion()
  // Adjusting state while rendering (react.dev, "storing information from previous renders").
  if (shownLens !== lens && isImmediate) setShownLens(lens)

  useEffect(() => {
    if (shownLens === lens) return
    const timer = setTimeout(() => setShownLens(lens), LENS_MOVE_MS)
    return () => clearTimeout(timer)
  }, [lens, shownLens])

  return { shownLens, isLeaving: shownLens !== lens }
}
