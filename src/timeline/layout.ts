import { compareEvents } from '../data/buildDataset'
import type { TimelineEvent } from '../data/types'
import { clusterEvents, type Group } from './clusters'
import {
  GAP_PX,
  HIT_PX,
  MERGE_PX,
  MIN_LABEL_PX,
  OPEN_PX,
  POINT_R,
  ROWS,
  clusterWidthPx,
} from './geometry'
import { fitText, textWidthPx } from './labelText'
import { packLanes, type LaneBox } from './lanes'

/**
 * The marks' layout at one zoom level: clusters, then lanes. Computed once per (events, level) and cached, never
 * per frame: within a level the marks only stretch (see `zoomLevel`), which can open gaps but never overlaps.
 */

/** How an item is drawn: an exact-day point, a faint band over an imprecise month/year, a bar, or a cluster. */
export type MarkShape = 'point' | 'band' | 'span' | 'cluster'

export type MarkItem = {
  /** The event id, or `cluster:` + the first event's id. */
  readonly key: string
  readonly shape: MarkShape
  /** In time order: one event, or a cluster's members. */
  readonly events: readonly TimelineEvent[]
  readonly row: number
  /** Left of the target and right of everything the item draws, layout px. */
  readonly left: number
  readonly right: number
  /** Drawn extent, layout px: the event's start..end, or a cluster badge's left..right. */
  readonly x0: number
  readonly x1: number
  /** Shown label ('' when hidden), where it starts and the width it may take, layout px. */
  readonly label: string
  readonly labelX: number
  readonly labelWidth: number
}

export type Layout = {
  /** Layout px per UTC ms at this level. */
  readonly pxPerMs: number
  readonly originMs: number
  /** Sorted by `left`. */
  readonly items: readonly MarkItem[]
  /** `maxRight[i]`: the largest `right` among items 0..i, for finding what reaches into a window. */
  readonly maxRight: Float64Array
}

const DAY_MS = 864e5

/** Zoom levels per doubling of scale: within one, marks stretch by at most 2^(1/4), about 19%. */
const LEVELS_PER_OCTAVE = 4

/** The layout scale for a screen scale: the largest level at or below it, so marks only ever move apart. */
export function zoomLevel(pxPerMs: number): number {
  return (
    2 **
    (Math.floor(Math.log2(pxPerMs) * LEVELS_PER_OCTAVE) / LEVELS_PER_OCTAVE)
  )
}

/** Where an event mark's target and label sit, px from its start, for a drawn width `widthPx` (0 for a point). */
export function markGeometry(widthPx: number): {
  hitLeft: number
  hitRight: number
  labelLeft: number
} {
  if (widthPx >= HIT_PX) return { hitLeft: 0, hitRight: widthPx, labelLeft: 6 }
  // A small mark gets a full-size target around its middle, and its label follows it.
  const mid = widthPx / 2
  return {
    hitLeft: mid - HIT_PX / 2,
    hitRight: mid + HIT_PX / 2,
    labelLeft: Math.max(widthPx, POINT_R) + 5,
  }
}

/** How one event is drawn: a bar for a span or an ongoing event, a point for an exact day, else a band. */
export function eventShape(event: TimelineEvent): MarkShape {
  if (event.end !== null || event.ongoing) return 'span'
  return event.start.precision === 'day' ? 'point' : 'band'
}

type Draft = {
  box: LaneBox
  group: Group
  shape: MarkShape
  x0: number
  x1: number
}

function draft(group: Group): Draft {
  const [event] = group.events
  if (group.events.length > 1 || !event) {
    const left = (group.firstPx + group.lastPx) / 2 - HIT_PX / 2
    const width = clusterWidthPx(group.events.length)
    const box = {
      left,
      markRight: left + width,
      labelLeft: left,
      labelWidth: 0,
      count: group.events.length,
    }
    return { box, group, shape: 'cluster', x0: left, x1: left + width }
  }
  const shape = eventShape(event)
  const x0 = group.firstPx
  const x1 = shape === 'point' ? x0 : group.endPx
  const g = markGeometry(x1 - x0)
  const box = {
    left: x0 + g.hitLeft,
    markRight: x0 + g.hitRight,
    labelLeft: x0 + g.labelLeft,
    labelWidth: textWidthPx(event.title),
    count: 1,
  }
  return { box, group, shape, x0, x1 }
}

/** Lay out `events` (sorted by time) at a layout scale. O(n × rows). */
export function layoutEvents(
  events: readonly TimelineEvent[],
  pxPerMs: number,
  originMs: number,
): Layout {
  // Once days are wide apart, only same-day events would merge: stack those in lanes instead, so zooming in
  // always separates a cluster's events.
  const mergePx = pxPerMs * DAY_MS >= 2 * MERGE_PX ? 0 : MERGE_PX
  const groups = clusterEvents(events, {
    pxPerMs,
    originMs,
    mergePx,
    pointMaxPx: HIT_PX,
    openPx: OPEN_PX,
  })
  const drafts = groups.map(draft).sort((a, b) => a.box.left - b.box.left)
  const placements = packLanes(
    drafts.map((d) => d.box),
    { rows: ROWS, gapPx: GAP_PX, minLabelPx: MIN_LABEL_PX, clusterWidthPx },
  )
  // Gather what merged into each placed box.
  const members = drafts.map((d) => [...d.group.events])
  placements.forEach((p, i) => {
    if (p.mergedInto !== null) members[p.mergedInto]!.push(...members[i]!)
  })
  const items: MarkItem[] = []
  placements.forEach((p, i) => {
    if (p.mergedInto !== null) return
    const d = drafts[i]!
    const own = members[i]!
    if (own.length > 1) {
      own.sort(compareEvents)
      const x1 = d.box.left + clusterWidthPx(own.length)
      items.push({
        key: `cluster:${own[0]!.id}`,
        shape: 'cluster',
        events: own,
        row: p.row,
        left: d.box.left,
        right: x1,
        x0: d.box.left,
        x1,
        label: '',
        labelX: d.box.left,
        labelWidth: 0,
      })
      return
    }
    const event = own[0]!
    const label = p.labelWidth > 0 ? fitText(event.title, p.labelWidth) : ''
    items.push({
      key: event.id,
      shape: d.shape,
      events: own,
      row: p.row,
      left: d.box.left,
      right: Math.max(p.markRight, label ? d.box.labelLeft + p.labelWidth : 0),
      x0: d.x0,
      x1: d.x1,
      label,
      labelX: d.box.labelLeft,
      labelWidth: label ? textWidthPx(label) : 0,
    })
  })
  const maxRight = new Float64Array(items.length)
  let running = -Infinity
  items.forEach((item, i) => {
    running = Math.max(running, item.right)
    maxRight[i] = running
  })
  return { pxPerMs, originMs, items, maxRight }
}

/** First index in [0, n) for which `test` is true, given it is false then true; n if never. */
function firstIndex(n: number, test: (i: number) => boolean): number {
  let lo = 0
  let hi = n
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (test(mid)) hi = mid
    else lo = mid + 1
  }
  return lo
}

/** Items that reach into [leftPx, rightPx] (layout px), in `left` order. O(log n + k). */
export function itemsBetween(
  layout: Layout,
  leftPx: number,
  rightPx: number,
): readonly MarkItem[] {
  const { items, maxRight } = layout
  const start = firstIndex(items.length, (i) => maxRight[i]! >= leftPx)
  const end = firstIndex(items.length, (i) => items[i]!.left > rightPx)
  const out: MarkItem[] = []
  for (let i = start; i < end; i++) {
    const item = items[i]!
    if (item.right >= leftPx) out.push(item)
  }
  return out
}

const cache = new WeakMap<readonly TimelineEvent[], Map<string, Layout>>()
const CACHE_LEVELS = 12

/** `layoutEvents`, remembered for the last few levels of each events array (zooming back and forth is free). */
export function cachedLayout(
  events: readonly TimelineEvent[],
  pxPerMs: number,
  originMs: number,
): Layout {
  let byLevel = cache.get(events)
  if (!byLevel) {
    byLevel = new Map()
    cache.set(events, byLevel)
  }
  const key = `${pxPerMs}@${originMs}`
  let layout = byLevel.get(key)
  if (!layout) {
    layout = layoutEvents(events, pxPerMs, originMs)
    if (byLevel.size >= CACHE_LEVELS)
      byLevel.delete(byLevel.keys().next().value!)
    byLevel.set(key, layout)
  }
  return layout
}
