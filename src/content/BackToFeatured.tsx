import { useTimelineStore } from '../store/timelineStore'

/**
 * "Back to the featured essay": shown while another timeline (opened files, `?timeline=`) is on screen, or
 * when a `?timeline=` value was refused. `onDone` runs after the switch (to place focus).
 */
export function BackToFeatured({ onDone }: { onDone?: () => void }) {
  const isFeatured = useTimelineStore(
    (s) => s.contentSource.kind === 'featured',
  )
  const backToFeatured = useTimelineStore((s) => s.backToFeatured)
  if (isFeatured) return null
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        backToFeatured()
        onDone?.()
      }}
    >
      Back to the featured essay
    </button>
  )
}
