import type { TimelineEvent } from '../../data/types'

/**
 * Level of detail, step one: at a given scale, exact-day marks whose starts fall within a few px of each other
 * merge into one counted cluster. Pure; positions are layout px (`(timeMs - originMs) * pxPerMs`).
 * Results are typed arrays (structure of arrays): this runs for 10,000 events at every zoom level.
 */

/** Groups of events: one event, or several that merged. Group `g` is read through the arrays at index `g`. */
export type GroupSet = {
  readonly length: number
  /** Indices into the events array, group by group: group g is `members[start[g] .. start[g] + size[g])`. */
  readonly members: Int32Array
  readonly start: Int32Array
  readonly size: Int32Array
  /** Start of the first event and of the last, layout px. */
  readonly firstPx: Float64Array
  readonly lastPx: Float64Array
  /** Right end of the drawn extent (the end of a span, see `drawnEndPx`), layout px. */
  readonly endPx: Float64Array
}

export type ClusterOptions = {
  /** Layout px per UTC ms. */
  readonly pxPerMs: number
  /** The UTC ms at layout px 0. */
  readonly originMs: number
  /** Starts closer than this to the first start of a cluster join it, px. */
  readonly mergePx: number
  /** Events drawn narrower than this are point-like and may merge; wider ones (long spans) never do, px. */
  readonly pointMaxPx: number
  /** An ongoing event is drawn as an open bar fading out within this length, px (see `drawnEndPx`). */
  readonly openPx: number
  /** A run of at most this many events stays as single events (the lanes may fan them out); default 1. */
  readonly keepApartUpTo?: number
}

/**
 * Right end of an event's drawn extent, layout px. An ongoing event's bar fades out after `openPx` rather
 * than running to the as-of date: decades-long open bars would each take a lane for the whole range.
 */
export function drawnEndPx(
  event: TimelineEvent,
  x0: number,
  x1: number,
  openPx: number,
): number {
  return event.ongoing ? Math.min(x1, x0 + openPx) : x1
}

/**
 * Group `events` (sorted by time) at one scale. A cluster grows while starts stay within `mergePx` of its
 * first start, so a long dense run becomes several clusters rather than one chain; a long span never merges
 * and the cluster open around it carries on. Groups come back sorted by `firstPx` (stable), each event in
 * exactly one group, members in time order. O(n).
 */
export function clusterEvents(
  events: readonly TimelineEvent[],
  options: ClusterOptions,
): GroupSet {
  const { pxPerMs, originMs, mergePx, pointMaxPx, openPx } = options
  const keepApartUpTo = options.keepApartUpTo ?? 1
  const n = events.length
  const members = new Int32Array(n)
  const start = new Int32Array(n)
  const size = new Int32Array(n)
  const firstPx = new Float64Array(n)
  const lastPx = new Float64Array(n)
  const endPx = new Float64Array(n)
  const open = new Int32Array(n)
  let openSize = 0
  let openFirst = 0
  let openLast = 0
  let openEnd = 0
  let length = 0
  let cursor = 0
  const one = new Int32Array(1)
  const emit = (
    from: Int32Array,
    count: number,
    a: number,
    b: number,
    end: number,
  ) => {
    if (count > 1 && count <= keepApartUpTo) {
      for (let k = 0; k < count; k++) {
        const e = events[from[k]!]!
        const x = (e.timeMs - originMs) * pxPerMs
        one[0] = from[k]!
        const x1 = drawnEndPx(
          e,
          x,
          (e.extentMs[1] - originMs) * pxPerMs,
          openPx,
        )
        emit(one, 1, x, x, x1)
      }
      return
    }
    start[length] = cursor
    size[length] = count
    firstPx[length] = a
    lastPx[length] = b
    endPx[length] = end
    for (let k = 0; k < count; k++) members[cursor++] = from[k]!
    length += 1
  }
  for (let i = 0; i < n; i++) {
    const event = events[i]!
    const x0 = (event.timeMs - originMs) * pxPerMs
    const x1 = drawnEndPx(
      event,
      x0,
      (event.extentMs[1] - originMs) * pxPerMs,
      openPx,
    )
    if (x1 - x0 >= pointMaxPx) {
      one[0] = i
      emit(one, 1, x0, x0, x1)
    } else if (openSize > 0 && x0 - openFirst < mergePx) {
      open[openSize++] = i
      openLast = x0
      openEnd = Math.max(openEnd, x1)
    } else {
      if (openSize > 0) emit(open, openSize, openFirst, openLast, openEnd)
      open[0] = i
      openSize = 1
      openFirst = x0
      openLast = x0
      openEnd = x1
    }
  }
  if (openSize > 0) emit(open, openSize, openFirst, openLast, openEnd)
  return sortGroups({ length, members, start, size, firstPx, lastPx, endPx })
}

/** Spans were emitted before the clusters open around them closed: restore start order, stably. */
function sortGroups(set: GroupSet): GroupSet {
  const order = stableOrder(set.length, set.firstPx)
  if (order === null) return set
  const pick = <T extends Int32Array | Float64Array>(a: T): T => {
    const out = new (a.constructor as new (n: number) => T)(set.length)
    order.forEach((g, k) => (out[k] = a[g]!))
    return out
  }
  return {
    length: set.length,
    members: set.members,
    start: pick(set.start),
    size: pick(set.size),
    firstPx: pick(set.firstPx),
    lastPx: pick(set.lastPx),
    endPx: pick(set.endPx),
  }
}

/**
 * Indices 0..n-1 ordered by `key` (stable), or null when already in order. Insertion sort: the input is nearly
 * sorted (elements move past a few neighbours at most), which makes it O(n) here.
 */
export function stableOrder(n: number, key: Float64Array): Int32Array | null {
  let sorted = true
  for (let i = 1; i < n && sorted; i++)
    if (key[i]! < key[i - 1]!) sorted = false
  if (sorted) return null
  const order = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    let j = i
    while (j > 0 && key[order[j - 1]!]! > key[i]!) {
      order[j] = order[j - 1]!
      j -= 1
    }
    order[j] = i
  }
  return order
}
