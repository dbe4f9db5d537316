import type { FacetCode, TimelineEvent } from '../../data/types'
import type { RowFacet } from '../../store/timelineStore'
import type { Lanes } from './geometry'
import { BOLD_WIDTH_RATIO, textWidthPx } from './labelText'
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

/** The label column's heading, over the rows' names. */
export const FACET_HEADINGS: Record<RowsChoice['facet'], string> = {
  country: 'Country',
  organization: 'Organisation',
  group: 'Group',
}

/** Widest the rows' label column may be, px; a longer name ends in an ellipsis (its `title` has it whole). */
export const GUTTER_MAX_PX = 136
/** The compact band's (phones') cap: the plot keeps most of a narrow screen. */
export const COMPACT_GUTTER_MAX_PX = 100
/** Room either side of a name in the column, px (Timeline.css), and in the compact band. */
const GUTTER_PAD_PX = 8
const COMPACT_GUTTER_PAD_PX = 6

/**
 * Width of the label column left of the plot for rows by facet, px: the widest of `texts` (the row names and
 * the column's heading), padded, at most the band's cap.
 */
export function rowsGutterPx(
  texts: readonly string[],
  isCompact: boolean,
): number {
  const widest = texts.reduce((w, text) => Math.max(w, textWidthPx(text)), 0)
  const pad = isCompact ? COMPACT_GUTTER_PAD_PX : GUTTER_PAD_PX
  return Math.min(
    isCompact ? COMPACT_GUTTER_MAX_PX : GUTTER_MAX_PX,
    Math.ceil(widest * BOLD_WIDTH_RATIO) + 2 * pad,
  )
}
