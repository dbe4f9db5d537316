import { memo } from 'react'
import type { Passage as PassageData } from '../data/types'
import { useTimelineStore } from '../store/timelineStore'
import { InlineContent, type CitationView } from './InlineContent'

type Props = {
  passage: PassageData
  view: CitationView
}

/**
 * One paragraph, `<p id="p-N">`. Focusable by script only (tabIndex -1) so "Show in essay" can move focus
 * here; the paragraph number is drawn in the margin from `data-passage-index`. Memoised, and subscribed to
 * its own two states only, so a new selection or reading position re-renders just the passages it changes:
 * - cites the selected event: marked `aria-current` and highlighted;
 * - the reader is here (reading position): a quiet marker only.
 */
export const Passage = memo(function Passage({ passage, view }: Props) {
  const isCitingSelected = useTimelineStore((s) =>
    s.selectedEventId === null
      ? false
      : (s.dataset?.passagesByEvent
          .get(s.selectedEventId)
          ?.includes(passage.id) ?? false),
  )
  const isActive = useTimelineStore((s) => s.activePassageId === passage.id)
  const className = [
    'passage',
    isCitingSelected && 'is-citing-selected',
    isActive && 'is-active',
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <p
      id={passage.id}
      className={className}
      data-passage-index={passage.index}
      tabIndex={-1}
      aria-current={isCitingSelected ? 'true' : undefined}
    >
      <InlineContent inlines={passage.inlines} view={view} />
    </p>
  )
})
