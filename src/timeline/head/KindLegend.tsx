import { memo } from 'react'
import { useTimelineStore } from '../../store/timelineStore'
import { FAMILY_LABELS, hasKindlessEvents, OTHER_LABEL } from '../marks/kinds'

/** What the mark colours mean, and how imprecise and ongoing events look. */
export const KindLegend = memo(function KindLegend() {
  // "Other" only when some event names no kind (imported timelines often do).
  const hasOther = useTimelineStore((s) => hasKindlessEvents(s.dataset))
  const entries = hasOther ? [...FAMILY_LABELS, OTHER_LABEL] : FAMILY_LABELS
  return (
    <ul className="tl-legend" aria-label="Legend">
      {entries.map(([family, label]) => (
        <li key={family} className={`tl-k-${family}`}>
          <span className="tl-swatch" aria-hidden="true" />
          {label}
        </li>
      ))}
      <li className="tl-legend-band">
        <span className="tl-swatch" aria-hidden="true" />
        Month or year only
      </li>
    </ul>
  )
})
