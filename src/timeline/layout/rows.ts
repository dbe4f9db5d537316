import { countryName } from '../../data/names'
import type { FacetCode, TimelineEvent } from '../../data/types'
import type { RowFacet } from '../../store/timelineStore'
import { layoutEvents, type Layout, type MarkItem } from './layout'

/**
 * Rows by facet: one row per country, organisation or group, each packed on its own, so a reader compares
 * "what the US guaranteed" with "what Russia did" down the page. An event with several countries is drawn in
 * each of their rows: its first row (in row order) holds the real mark, the others hold copies, marked as such
 * so the page exposes each event's button once. Pure; the merged result is an ordinary `Layout`, so the
 * viewport, the canvas, the buttons and the export read it as they read lanes.
 */

/** One row: what it stands for and how it is labelled. */
export type FacetRow = {
  /** The country or organisation code, or the group; '' for the events that have none. */
  readonly key: string
  /** Short label drawn at the row's left edge ("United States", "NATO", "No organisation"). */
  readonly label: string
  /** Shown events in the row. */
  readonly count: number
}

/** What an event files under for `facet`: its countries, organisations, or its group. */
export function facetValues(
  event: TimelineEvent,
  facet: Exclude<RowFacet, 'none'>,
): readonly string[] {
  if (facet === 'country') return event.countries
  if (facet === 'organization') return event.organizations
  return event.group === null ? [] : [event.group]
}

const NONE_LABELS: Record<Exclude<RowFacet, 'none'>, string> = {
  country: 'No country',
  organization: 'No organisation',
  group: 'No group',
}

/** A row's label: countries by their English name, organisations by their code (short enough for the edge). */
function rowLabel(key: string, facet: Exclude<RowFacet, 'none'>): string {
  if (key === '') return NONE_LABELS[facet]
  return facet === 'country' ? countryName(key) : key
}

/**
 * The rows for `events` (the shown ones), most events first, then by label; a row with no shown event is left
 * out, so filtering collapses rows. When `filterCodes` names values of this facet (the reader filtered to
 * Japan and South Korea), only those rows are drawn: the filter chooses what to compare. Events that have no
 * value for the facet get a last row of their own ("No organisation"), so none goes missing.
 */
export function facetRows(
  events: readonly TimelineEvent[],
  facet: Exclude<RowFacet, 'none'>,
  filterCodes: ReadonlySet<FacetCode> = new Set(),
): FacetRow[] {
  const counts = new Map<string, number>()
  for (const event of events) {
    const values = facetValues(event, facet)
    if (values.length === 0) counts.set('', (counts.get('') ?? 0) + 1)
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  const chosen = [...counts.keys()].filter((key) => filterCodes.has(key))
  const keys = chosen.length > 0 ? chosen : [...counts.keys()]
  const rows = keys
    .filter((key) => key !== '')
    .map((key) => ({
      key,
      label: rowLabel(key, facet),
      count: counts.get(key)!,
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en'))
  const none = chosen.length > 0 ? 0 : (counts.get('') ?? 0)
  if (none > 0) rows.push({ key: '', label: rowLabel('', facet), count: none })
  return rows
}

/** A mark in a faceted layout: which row it is in, and whether it is a copy of a mark in an earlier row. */
export type RowItem = MarkItem & {
  /** Index into the rows. */
  readonly rowIndex: number
  /** True when every event it draws has its real mark in an earlier row: not focusable, hidden from AT. */
  readonly isCopy: boolean
}

/** A `Layout` whose items carry their row: see `RowItem`. */
export type RowsLayout = Omit<Layout, 'item'> & {
  readonly item: (i: number) => RowItem
  readonly rows: readonly FacetRow[]
  readonly lanesPerRow: number
}

/**
 * Lay out `events` (sorted by time) in `rows`, `lanesPerRow` lanes each, at a layout scale. Each row is packed
 * with `layoutEvents`; the items are merged in `left` order. Keys stay unique: an event's mark in its first
 * row keeps the event id (the key the rest of the timeline uses), copies and clusters add `@row`. A copy's
 * `copyOf` names the event it repeats. O(n log n) in placed items.
 */
export function layoutRows(
  events: readonly TimelineEvent[],
  rows: readonly FacetRow[],
  facet: Exclude<RowFacet, 'none'>,
  pxPerMs: number,
  originMs: number,
  lanesPerRow = 1,
): RowsLayout {
  const rowOf = new Map(rows.map((row, r) => [row.key, r]))
  const subsets: TimelineEvent[][] = rows.map(() => [])
  const firstRow = new Map<TimelineEvent, number>()
  for (const event of events) {
    const values = facetValues(event, facet)
    let first = Infinity
    for (const value of values.length === 0 ? [''] : values) {
      const r = rowOf.get(value)
      if (r === undefined) continue
      subsets[r]!.push(event)
      first = Math.min(first, r)
    }
    if (first !== Infinity) firstRow.set(event, first)
  }
  const parts = subsets.map((subset) =>
    layoutEvents(subset, pxPerMs, originMs, lanesPerRow),
  )
  // Every placed item as (row, index in the row), ordered by `left`.
  const total = parts.reduce((n, p) => n + p.length, 0)
  const rowAt = new Int32Array(total)
  const indexAt = new Int32Array(total)
  let n = 0
  parts.forEach((part, r) => {
    for (let k = 0; k < part.length; k++) {
      rowAt[n] = r
      indexAt[n] = k
      n += 1
    }
  })
  const leftOf = (i: number) => parts[rowAt[i]!]!.left[indexAt[i]!]!
  const order = Array.from({ length: total }, (_, i) => i).sort(
    (a, b) => leftOf(a) - leftOf(b) || rowAt[a]! - rowAt[b]!,
  )
  const left = Float64Array.from(order, leftOf)
  const maxRight = new Float64Array(total)
  let running = -Infinity
  order.forEach((i, k) => {
    const part = parts[rowAt[i]!]!
    // A row's own running maximum bounds each of its items' right edges.
    running = Math.max(running, part.maxRight[indexAt[i]!]!)
    maxRight[k] = running
  })

  const made: (RowItem | undefined)[] = []
  const item = (k: number): RowItem => {
    let it = made[k]
    if (!it) {
      const i = order[k]!
      const r = rowAt[i]!
      const base = parts[r]!.item(indexAt[i]!)
      const isCopy = base.events.every((e) => firstRow.get(e) !== r)
      const isOwn = base.shape !== 'cluster' && !isCopy
      const rowKey = rows[r]!.key
      it = {
        ...base,
        key: isOwn ? base.key : `${base.key}@${rowKey}`,
        row: r * lanesPerRow + base.row,
        rowIndex: r,
        isCopy,
        ...(isCopy && base.shape !== 'cluster'
          ? { copyOf: base.events[0]!.id }
          : {}),
      }
      made[k] = it
    }
    return it
  }
  return {
    pxPerMs,
    originMs,
    length: total,
    item,
    left,
    maxRight,
    rows,
    lanesPerRow,
  }
}

/** Is `item` from a faceted layout? */
export function isRowItem(item: MarkItem): item is RowItem {
  return 'rowIndex' in item
}

/**
 * Where ArrowUp (-1) or ArrowDown (1) goes from `from`: the mark nearest in time (by start) in the next row in
 * that direction that has a real (not copy) mark; null at the first or last row. O(n).
 */
export function markInNextRow(
  layout: RowsLayout,
  from: RowItem,
  direction: 1 | -1,
): RowItem | null {
  const lastRow = layout.rows.length - 1
  for (
    let r = from.rowIndex + direction;
    r >= 0 && r <= lastRow;
    r += direction
  ) {
    let best: RowItem | null = null
    for (let k = 0; k < layout.length; k++) {
      const it = layout.item(k)
      if (it.rowIndex !== r || it.isCopy) continue
      if (!best || Math.abs(it.x0 - from.x0) < Math.abs(best.x0 - from.x0))
        best = it
    }
    if (best) return best
  }
  return null
}

/**
 * Where ArrowRight (1), ArrowLeft (-1), Home or End goes within `from`'s row: the next or previous real mark,
 * or the first or last; null when there is none that way. O(n).
 */
export function markInRow(
  layout: RowsLayout,
  from: RowItem,
  step: 1 | -1 | 'first' | 'last',
): RowItem | null {
  const inRow: RowItem[] = []
  for (let k = 0; k < layout.length; k++) {
    const it = layout.item(k)
    if (it.rowIndex === from.rowIndex && !it.isCopy) inRow.push(it)
  }
  if (step === 'first') return inRow[0] ?? null
  if (step === 'last') return inRow[inRow.length - 1] ?? null
  const at = inRow.indexOf(from)
  return at === -1 ? null : (inRow[at + step] ?? null)
}

const cache = new WeakMap<readonly TimelineEvent[], Map<string, RowsLayout>>()
const CACHE_LEVELS = 12

/** `layoutRows`, remembered for the last few levels per events array and rows (zooming back is free). */
export function cachedRowsLayout(
  events: readonly TimelineEvent[],
  rows: readonly FacetRow[],
  facet: Exclude<RowFacet, 'none'>,
  pxPerMs: number,
  originMs: number,
): RowsLayout {
  let byLevel = cache.get(events)
  if (!byLevel) {
    byLevel = new Map()
    cache.set(events, byLevel)
  }
  const key = `${facet}:${rows.map((r) => r.key).join(',')}@${pxPerMs}@${originMs}`
  let layout = byLevel.get(key)
  if (!layout) {
    layout = layoutRows(events, rows, facet, pxPerMs, originMs)
    if (byLevel.size >= CACHE_LEVELS)
      byLevel.delete(byLevel.keys().next().value!)
    byLevel.set(key, layout)
  }
  return layout
}

/**
 * The drawn item that holds `event` for focus and selection: its own real mark, else a real cluster holding
 * it, a copy only when nothing real is drawn; undefined when none is.
 */
export function ownItemOf(
  items: readonly MarkItem[],
  event: TimelineEvent | undefined,
): MarkItem | undefined {
  if (!event) return undefined
  let cluster: MarkItem | undefined
  let copy: MarkItem | undefined
  for (const item of items) {
    if (!item.events.includes(event)) continue
    if (isRowItem(item) && item.isCopy) copy ??= item
    else if (item.events.length > 1) cluster ??= item
    else return item
  }
  return cluster ?? copy
}

/** Keys of every drawn item that holds `event` (its mark, copies and clusters): all are ringed when selected. */
export function keysHolding(
  items: readonly MarkItem[],
  event: TimelineEvent | undefined,
): ReadonlySet<string> {
  const keys = new Set<string>()
  if (event)
    for (const item of items)
      if (item.events.includes(event)) keys.add(item.key)
  return keys
}
