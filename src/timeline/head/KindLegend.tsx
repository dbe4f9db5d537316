import { memo } from 'react'
import { FAMILY_LABELS } from '../marks/kinds'

/** What the mark colours mean, and how imprecise and ongoing events look. */
export const KindLegend = memo(function KindLegend() {
  return (
    <ul className="tl-legend" aria-label="Legend">
      {FAMILY_LABELS.map(([family, label]) => (
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
