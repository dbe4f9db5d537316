import type { RowFacet } from '../../store/timelineStore'
import type { FacetRow } from '../layout/rows'

const FACET_WORDS: Record<Exclude<RowFacet, 'none'>, string> = {
  country: 'country',
  organization: 'organisation',
  group: 'group',
}

/**
 * The rows in words, for assistive technology (the names' column beside the plot is hidden from it): which
 * rows there are, top to bottom, and how the keys move between them. Each event's button is in the first of
 * its rows.
 */
export function RowsSummary({
  facet,
  rows,
}: {
  readonly facet: RowFacet
  readonly rows: readonly FacetRow[]
}) {
  if (facet === 'none') return null
  return (
    <p className="visually-hidden">
      {`One row per ${FACET_WORDS[facet]}, top to bottom: `}
      {rows.map((r) => `${r.label} (${r.count})`).join(', ')}
      {
        '. An event in several rows has its button in the first; Up and Down arrows move between rows.'
      }
    </p>
  )
}
