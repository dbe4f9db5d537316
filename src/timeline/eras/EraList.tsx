import { formatSpan } from '../../data/dates'
import type { Era } from '../../data/types'

/**
 * The eras for assistive technology, once: a list named "Eras" ("Occupation, 1945 – 1949"), visually hidden
 * because the bands say the same on screen. Read once after the marks, rather than repeated in every mark's
 * name, which would lengthen each of them for a fact shared by many.
 */
export function EraList({ eras }: { eras: readonly Era[] }) {
  if (eras.length === 0) return null
  return (
    <ul className="visually-hidden" aria-label="Eras">
      {eras.map((era, i) => (
        <li key={i}>{`${era.title}, ${formatSpan(era.start, era.end)}`}</li>
      ))}
    </ul>
  )
}
