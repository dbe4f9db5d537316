import { lazy, Suspense } from 'react'
import { useTimelineStore } from '../store/timelineStore'

const AboutDialog = lazy(() =>
  import('./AboutDialog').then((m) => ({ default: m.AboutDialog })),
)

/**
 * "About this edition": how the timeline was made, what is our inference, what the notes are, the date the
 * content describes and where to report an error. A modal dialog, opened from the header, the essay's legend
 * and the footer (the store's `isAboutOpen`); its code loads on first use.
 */
export function AboutEdition() {
  const isOpen = useTimelineStore((s) => s.isAboutOpen)
  const dataset = useTimelineStore((s) => s.dataset)
  const setAboutOpen = useTimelineStore((s) => s.setAboutOpen)
  if (!isOpen || !dataset) return null
  return (
    <Suspense fallback={null}>
      <AboutDialog dataset={dataset} onClose={() => setAboutOpen(false)} />
    </Suspense>
  )
}
