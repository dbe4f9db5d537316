import type { FacetCode, TimelineEvent } from '../../data/types'
import type { RowFacet } from '../../store/timelineStore'
import type { Lanes } from './geometry'
import {
  cachedRowsLayout,
  facetRows,
  type FacetRow,
  type RowsLayout,
} from './rows'

/** The reader's rows by facet, as the viewport takes them: the facet and its rows (from `facetRows`). */
export type RowsChoice = {
  readonly facet: Exclude<RowFacet, 'none'>
  readonly rows: readonly FacetRow[]
}

/**
 * The lanes and layout for rows by facet: one lane per row (at least one, so an empty view keeps its
 * height), as tall as the band's lanes; the band's own lane count then sets how much shows before the rows
 * scroll (see `Viewport.frameH`).
 */
export function rowsLanes(
  events: readonly TimelineEvent[],
  choice: RowsChoice,
  band: Lanes,
  pxPerMs: number,
  originMs: number,
): { lanes: Lanes; layout: RowsLayout } {
  return {
    lanes: { ...band, rows: Math.max(1, choice.rows.length) },
    layout: cachedRowsLayout(
      events,
      choice.rows,
      choice.facet,
      pxPerMs,
      originMs,
    ),
  }
}

/**
 * The rows to draw for the reader's choice, or null for lanes by time: `none`, or `group` when no event of
 * the dataset has a group (the control does not offer it then; a link may still ask).
 */
export function rowsChoiceFor(
  events: readonly TimelineEvent[],
  facet: RowFacet,
  filterCodes: ReadonlySet<FacetCode>,
  hasGroups: boolean,
): RowsChoice | null {
  if (facet === 'none' || (facet === 'group' && !hasGroups)) return null
  return { facet, rows: facetRows(events, facet, filterCodes) }
}

/** True when some event of `dataset` has a group: rows by group are offered then. */
export function datasetHasGroups(dataset: {
  readonly events: readonly TimelineEvent[]
}): boolean {
  return dataset.events.some((e) => e.group !== null)
}
