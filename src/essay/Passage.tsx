import type { Passage as PassageData } from '../data/types'
import { InlineContent, type CitationView } from './InlineContent'

type Props = {
  passage: PassageData
  /** The passage cites the selected event: marked `aria-current` and highlighted. */
  isCitingSelected: boolean
  /** The reader is here (reading position); a quiet marker only. */
  isActive: boolean
  view: CitationView
}

/**
 * One paragraph, `<p id="p-N">`. Focusable by script only (tabIndex -1) so "Show in essay" can move focus
 * here; the paragraph number is drawn in the margin from `data-passage-index`.
 */
export function Passage({ passage, isCitingSelected, isActive, view }: Props) {
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
}
