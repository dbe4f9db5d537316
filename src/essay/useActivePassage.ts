import { useEffect, type RefObject } from 'react'
import { useTimelineStore } from '../store/timelineStore'

/**
 * The reading line: a thin band across the middle of the viewport (45%–55% of its height). The passage
 * crossing it is the one being read. Margins are relative to the viewport, so the same band works whether
 * the essay scrolls in its own column (desktop) or with the page (phone).
 */
const READING_BAND = '-45% 0px -45% 0px'

/**
 * Report the passage crossing the reading line with `setActivePassage`, as the reader scrolls. Reading
 * position only: it never touches the selection. When the line falls between paragraphs (a heading, a gap)
 * the last passage stays active. Re-observes when `passageCount` changes (a new essay).
 */
export function useActivePassage(
  rootRef: RefObject<HTMLElement | null>,
  passageCount: number,
): void {
  const setActivePassage = useTimelineStore((s) => s.setActivePassage)

  useEffect(() => {
    const root = rootRef.current
    if (!root || passageCount === 0) return
    const crossing = new Map<string, number>() // passage id -> paragraph number
    let last: string | null = null

    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const el = entry.target as HTMLElement
          if (entry.isIntersecting)
            crossing.set(el.id, Number(el.dataset.passageIndex))
          else crossing.delete(el.id)
        }
        // Two short paragraphs can share the band: the earlier one is the one being finished.
        let next: string | null = null
        let best = Infinity
        for (const [id, index] of crossing) {
          if (index < best) {
            best = index
            next = id
          }
        }
        if (next !== null && next !== last) {
          last = next
          setActivePassage(next)
        }
      },
      { rootMargin: READING_BAND, threshold: 0 },
    )
    root
      .querySelectorAll('[data-passage-index]')
      .forEach((el) => observer.observe(el))
    return () => {
      observer.disconnect()
      setActivePassage(null)
    }
  }, [rootRef, passageCount, setActivePassage])
}
