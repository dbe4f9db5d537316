import { useId } from 'react'
import { useTimelineStore, type Lens } from '../../store/timelineStore'
// Here, not in AlignedView.css: the toggle shows before (and without) the lazily loaded aligned view.
import './LensToggle.css'

/** Each choice: its value, its label, and the part of the label the compact band hides (kept in the name). */
const OPTIONS: readonly (readonly [Lens, string, string])[] = [
  ['chronological', 'Chronological', ''],
  ['aligned', 'Aligned', 'by guarantee'],
]

/**
 * "Timeline view": calendar time, or each precedent aligned on its guarantee. Native radio buttons,
 * so arrow keys move between the two as everywhere else; shown only when the dataset has cases.
 */
export function LensToggle() {
  const lens = useTimelineStore((s) => s.lens)
  const hasCases = useTimelineStore((s) => (s.dataset?.cases.length ?? 0) > 0)
  const name = useId()
  if (!hasCases && lens === 'chronological') return null
  return (
    <div className="tl-lens" role="radiogroup" aria-label="Timeline view">
      {OPTIONS.map(([value, label, more]) => (
        <label
          key={value}
          className={lens === value ? 'is-checked' : undefined}
        >
          <input
            type="radio"
            name={name}
            value={value}
            checked={lens === value}
            onChange={() => useTimelineStore.getState().setLens(value)}
          />
          {/* One inline box: a space between two flex items would collapse. */}
          <span>
            {label}
            {more && (
              <>
                {' '}
                <span className="narrow-hidden">{more}</span>
              </>
            )}
          </span>
        </label>
      ))}
    </div>
  )
}
