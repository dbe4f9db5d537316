import type { Essay } from '../data/types'
import { useTimelineStore } from '../store/timelineStore'

/**
 * Under the byline: how to tell the author's links from the editors' (drawn in the same two styles), that the
 * lettered marks in the margin are notes on the record, and the way to "About this edition". Shown only when
 * the essay marks its links or has notes.
 */
export function EssayLegend({
  essay,
  noteCount,
}: {
  essay: Essay
  noteCount: number
}) {
  const setAboutOpen = useTimelineStore((s) => s.setAboutOpen)
  const hasInferred = essay.citations.some((c) => c.provenance === 'inferred')
  const hasAdded = essay.citations.some((c) => c.provenance === 'added')
  if (!hasInferred && !hasAdded && noteCount === 0) return null
  return (
    <p className="essay-legend">
      {(hasInferred || hasAdded) && (
        <>
          <span className="legend-sample is-authors">Underlined links</span> are
          the author’s
          {hasInferred && '; which event each meant is our reading'}.{' '}
        </>
      )}
      {hasAdded && (
        <>
          <span className="legend-sample is-added">Dotted links</span> were
          added by the editors.{' '}
        </>
      )}
      {noteCount > 0 && (
        <>A letter in the margin opens a note on what the record shows. </>
      )}
      <button
        type="button"
        className="about-open"
        onClick={() => setAboutOpen(true)}
      >
        About this edition
      </button>
    </p>
  )
}
