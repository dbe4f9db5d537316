import { isPointPrecision } from '../../data/dates'
import { compareEvents } from '../../data/events/buildDataset'
import type { TimelineEvent } from '../../data/types'
import { clusterEvents, stableOrder, type GroupSet } from './clusters'
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
import { titleWidthPx } from './labelText'
import { packLanes, reservedRight, type LaneBoxes } from './lanes'

/**
 * The marks' layout at one zoom level: clusters, then lanes. Computed once per (events, level) and cached, never
 * per frame: within a level the marks only stretch (see `zoomLevel`), which can open gaps but never overlaps.
 * Item objects are made lazily, for the part of the range that is drawn.
 */

/** How an item is drawn: an exact-day point, a faint band over an imprecise month/year, a bar, or a cluster. */
export type MarkShape = 'point' | 'band' | 'span' | 'cluster'
const SHAPES: readonly MarkShape[] = ['point', 'band', 'span', 'cluster']

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
  /** Where the label starts and the width it may take (0: hidden), layout px. See `itemLabel`. */
  readonly labelX: number
  readonly labelWidth: number
}

export type Layout = {
  /** Layout px per UTC ms at this level. */
  readonly pxPerMs: number
  readonly originMs: number
  /** Number of items, sorted by `left`. */
  readonly length: number
  /** The i-th item (made on first request, then kept). */
  readonly item: (i: number) => MarkItem
  /** `left` of each item, and the largest `right` among items 0..i, for finding what reaches into a window. */
  readonly left: Float64Array
  readonly maxRight: Float64Array
}

/**
 * Zoom levels per doubling of scale: within one, marks stretch by at most 2^(1/2), about 41%. Fewer levels
 * mean fewer re-layouts while zooming (a wheel notch is 2^0.2); gaps may widen a little before lanes repack.
 */
const LEVELS_PER_OCTAVE = 2
const DAY_MS = 864e5

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
  return isPointPrecision(event.start.precision) ? 'point' : 'band'
}

/** Lane boxes for groups (a box per group, in group order), with each box's shape and drawn extent. */
function boxesFor(events: readonly TimelineEvent[], groups: GroupSet) {
  const n = groups.length
  const boxes: LaneBoxes = {
    length: n,
    left: new Float64Array(n),
    markRight: new Float64Array(n),
    labelLeft: new Float64Array(n),
    labelWidth: new Float64Array(n),
    count: new Int32Array(n),
  }
  const shape = new Uint8Array(n)
  const x0s = new Float64Array(n)
  const x1s = new Float64Array(n)
  for (let g = 0; g < n; g++) {
    const count = groups.size[g]!
    boxes.count[g] = count
    if (count > 1) {
      const left = (groups.firstPx[g]! + groups.lastPx[g]!) / 2 - HIT_PX / 2
      boxes.left[g] = left
      boxes.labelLeft[g] = left
      boxes.markRight[g] = left + clusterWidthPx(count)
      shape[g] = 3
      x0s[g] = left
      x1s[g] = boxes.markRight[g]!
      continue
    }
    const event = events[groups.members[groups.start[g]!]!]!
    const s = eventShape(event)
    const x0 = groups.firstPx[g]!
    const x1 = s === 'point' ? x0 : groups.endPx[g]!
    const geometry = markGeometry(x1 - x0)
    boxes.left[g] = x0 + geometry.hitLeft
    boxes.markRight[g] = x0 + geometry.hitRight
    boxes.labelLeft[g] = x0 + geometry.labelLeft
    boxes.labelWidth[g] = titleWidthPx(event)
    shape[g] = SHAPES.indexOf(s)
    x0s[g] = x0
    x1s[g] = x1
  }
  return { boxes, shape, x0s, x1s }
}

/** `a` reordered: element k of the result is `a[order[k]]`. */
function permute<T extends Float64Array | Int32Array | Uint8Array>(
  a: T,
  order: Int32Array,
): T {
  const out = a.slice() as T
  order.forEach((from, k) => (out[k] = a[from]!))
  return out
}

/** Lay out `events` (sorted by time) at a layout scale in `rows` lanes. O(n × rows), no per-event objects. */
export function layoutEvents(
  events: readonly TimelineEvent[],
  pxPerMs: number,
  originMs: number,
  rows: number = ROWS,
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
  const parts = boxesFor(events, groups)
  // Boxes pack best in `left` order, which differs from group order by a few neighbours at most.
  const order = stableOrder(groups.length, parts.boxes.left)
  const groupOf =
    order ?? Int32Array.from({ length: groups.length }, (_, g) => g)
  if (order) {
    const b = parts.boxes
    parts.boxes = {
      length: b.length,
      left: permute(b.left, order),
      markRight: permute(b.markRight, order),
      labelLeft: permute(b.labelLeft, order),
      labelWidth: permute(b.labelWidth, order),
      count: permute(b.count, order),
    }
    parts.shape = permute(parts.shape, order)
    parts.x0s = permute(parts.x0s, order)
    parts.x1s = permute(parts.x1s, order)
  }
  const { boxes } = parts
  const placed = packLanes(boxes, {
    rows,
    gapPx: GAP_PX,
    minLabelPx: MIN_LABEL_PX,
    clusterWidthPx,
  })

  // Placed boxes become items; boxes merged into them are chained for the lazy member lists.
  const itemBox: number[] = []
  const firstMerged = new Int32Array(boxes.length).fill(-1)
  const nextMerged = new Int32Array(boxes.length).fill(-1)
  for (let i = boxes.length - 1; i >= 0; i--) {
    const j = placed.mergedInto[i]!
    if (j >= 0) {
      nextMerged[i] = firstMerged[j]!
      firstMerged[j] = i
    }
  }
  for (let i = 0; i < boxes.length; i++)
    if (placed.row[i]! >= 0) itemBox.push(i)
  const left = Float64Array.from(itemBox, (i) => boxes.left[i]!)
  const maxRight = new Float64Array(itemBox.length)
  let running = -Infinity
  itemBox.forEach((i, k) => {
    running = Math.max(running, reservedRight(boxes, placed, i))
    maxRight[k] = running
  })

  const membersOf = (i: number): TimelineEvent[] => {
    const list: TimelineEvent[] = []
    for (let b = i; b !== -1; b = b === i ? firstMerged[i]! : nextMerged[b]!) {
      const g = groupOf[b]!
      const from = groups.start[g]!
      for (let m = from; m < from + groups.size[g]!; m++)
        list.push(events[groups.members[m]!]!)
    }
    return sortedEvents(list)
  }
  const made: (MarkItem | undefined)[] = []
  const item = (k: number): MarkItem => {
    let it = made[k]
    if (!it) {
      const i = itemBox[k]!
      const members = membersOf(i)
      const isCluster = members.length > 1
      const x0 = isCluster ? boxes.left[i]! : parts.x0s[i]!
      it = {
        key: isCluster ? `cluster:${members[0]!.id}` : members[0]!.id,
        shape: isCluster ? 'cluster' : SHAPES[parts.shape[i]!]!,
        events: members,
        row: placed.row[i]!,
        left: boxes.left[i]!,
        right: reservedRight(boxes, placed, i),
        x0,
        x1: isCluster
          ? boxes.left[i]! + clusterWidthPx(members.length)
          : parts.x1s[i]!,
        labelX: boxes.labelLeft[i]!,
        labelWidth: isCluster ? 0 : placed.labelWidth[i]!,
      }
      made[k] = it
    }
    return it
  }
  return { pxPerMs, originMs, length: itemBox.length, item, left, maxRight }
}

/** Events in time order; merged lists are nearly sorted already, so check before sorting. */
function sortedEvents(list: TimelineEvent[]): TimelineEvent[] {
  for (let i = 1; i < list.length; i++)
    if (compareEvents(list[i - 1]!, list[i]!) > 0)
      return list.sort(compareEvents)
  return list
}
