/**
 * Lane packing, in the spirit of Plot's dodge transform: boxes (a mark plus its label) go into a fixed number
 * of rows so that nothing overlaps within a row. Pure and deterministic: the same boxes give the same rows.
 *
 * Each box is placed, in order, in the first row whose last box ends (label included) before it starts.
 * Failing that, the last box of some row gives up part of its label (shortened, or hidden when too little is
 * left) to make room. Failing that, with `maxShiftPx`, the box moves right (by at most that) to where the row
 * that frees up first has room, cutting that row's last label as needed: a few events on one spot fan out into
 * marks of their own, each drawn with a leader back to its date. Failing that too, the box merges into the
 * nearest last box of a row, which becomes a counted cluster: dense periods degrade into clusters, never into
 * overlaps.
 *
 * Boxes and placements are structures of typed arrays: this runs for up to 10,000 boxes per zoom level.
 */

/** Box `i` is read through the arrays at index `i`. */
export type LaneBoxes = {
  readonly length: number
  /** Left edge of the box (its target), px. */
  readonly left: Float64Array
  /** Right edge of the mark or its target, px; the label may extend past it. */
  readonly markRight: Float64Array
  /** Where the label starts, px; it may begin inside the mark (a label drawn over a bar). */
  readonly labelLeft: Float64Array
  /** Full estimated label width, px; 0 for none. */
  readonly labelWidth: Float64Array
  /** Events the box stands for: 1 for an event, more for a cluster. */
  readonly count: Int32Array
}

export type LaneOptions = {
  readonly rows: number
  /** Space kept between two boxes in a row, px. */
  readonly gapPx: number
  /** A label cut shorter than this is hidden instead, px. */
  readonly minLabelPx: number
  /** Width of a cluster's mark for a count, px: what a box becomes when others merge into it. */
  readonly clusterWidthPx: (count: number) => number
  /** How far right a box may move to find room before it merges instead, px; 0 (the default) never moves. */
  readonly maxShiftPx?: number
}

/**
 * Where each box ended up. A placed box has `row >= 0` and final `labelWidth`, `markRight` and `count`
 * (they change when its label is shortened or others merge into it) and `shift`, how far right of its own
 * place it moved (its `markRight` includes that); a merged box has `row === -1` and `mergedInto` the index of
 * the box it joined (-1 otherwise).
 */
export type LanePlacements = {
  readonly shift: Float64Array
  readonly row: Int8Array
  readonly mergedInto: Int32Array
  readonly labelWidth: Float64Array
  readonly markRight: Float64Array
  readonly count: Int32Array
}

/** Right edge the box reserves as placed, px. */
export function reservedRight(
  boxes: LaneBoxes,
  placed: LanePlacements,
  i: number,
): number {
  const label = placed.labelWidth[i]!
  const mark = placed.markRight[i]!
  return label > 0
    ? Math.max(mark, boxes.labelLeft[i]! + placed.shift[i]! + label)
    : mark
}

/**
 * Pack `boxes` (best sorted by `left`) into `options.rows` rows (at most 127). Guarantee: within a row, every
 * box's [left, reserved right] ends at least `gapPx` before the next box's left. O(n × rows).
 */
export function packLanes(
  boxes: LaneBoxes,
  options: LaneOptions,
): LanePlacements {
  const { rows, gapPx, minLabelPx, clusterWidthPx } = options
  const maxShiftPx = options.maxShiftPx ?? 0
  const n = boxes.length
  const placed: LanePlacements = {
    shift: new Float64Array(n),
    row: new Int8Array(n).fill(-1),
    mergedInto: new Int32Array(n).fill(-1),
    labelWidth: Float64Array.from(boxes.labelWidth.subarray(0, n)),
    markRight: Float64Array.from(boxes.markRight.subarray(0, n)),
    count: Int32Array.from(boxes.count.subarray(0, n)),
  }
  const lastInRow = new Int32Array(rows).fill(-1)
  const rowEnd = new Float64Array(rows).fill(-Infinity)

  for (let i = 0; i < n; i++) {
    const limit = boxes.left[i]! - gapPx
    let row = -1
    for (let r = 0; r < rows && row === -1; r++)
      if (rowEnd[r]! <= limit) row = r
    if (row === -1)
      row = shortenToFit(boxes, placed, lastInRow, limit, minLabelPx)
    if (row === -1 && maxShiftPx > 0) {
      row = shiftToFit(placed, lastInRow, limit, maxShiftPx)
      if (row !== -1) {
        const shift = placed.markRight[lastInRow[row]!]! - limit
        placed.shift[i] = shift
        placed.markRight[i] = placed.markRight[i]! + shift
        shortenToFit(
          boxes,
          placed,
          lastInRow.subarray(row, row + 1),
          limit + shift,
          minLabelPx,
        )
      }
    }
    if (row === -1) {
      // Merge into the row-ending box that starts latest (nearest in time).
      let best = 0
      const leftOf = (j: number) => boxes.left[j]! + placed.shift[j]!
      for (let r = 1; r < rows; r++)
        if (leftOf(lastInRow[r]!) > leftOf(lastInRow[best]!)) best = r
      const j = lastInRow[best]!
      placed.mergedInto[i] = j
      placed.count[j] = placed.count[j]! + placed.count[i]!
      placed.labelWidth[j] = 0
      placed.markRight[j] = leftOf(j) + clusterWidthPx(placed.count[j]!)
      rowEnd[best] = placed.markRight[j]!
      continue
    }
    placed.row[i] = row
    lastInRow[row] = i
    rowEnd[row] = reservedRight(boxes, placed, i)
  }
  return placed
}

/** The row whose last box can shorten its label to end by `limit`, keeping the longest label; -1 if none. */
function shortenToFit(
  boxes: LaneBoxes,
  placed: LanePlacements,
  lastInRow: Int32Array,
  limit: number,
  minLabelPx: number,
): number {
  let best = -1
  let bestRoom = -Infinity
  lastInRow.forEach((j, row) => {
    if (placed.markRight[j]! > limit) return
    const room = limit - boxes.labelLeft[j]! - placed.shift[j]!
    if (room > bestRoom) {
      best = row
      bestRoom = room
    }
  })
  if (best === -1) return -1
  const j = lastInRow[best]!
  placed.labelWidth[j] =
    bestRoom >= minLabelPx ? Math.min(placed.labelWidth[j]!, bestRoom) : 0
  return best
}

/** The row whose last mark ends first, if a box moved right by at most `maxShiftPx` clears it; -1 if none. */
function shiftToFit(
  placed: LanePlacements,
  lastInRow: Int32Array,
  limit: number,
  maxShiftPx: number,
): number {
  let best = -1
  lastInRow.forEach((j, row) => {
    if (
      best === -1 ||
      placed.markRight[j]! < placed.markRight[lastInRow[best]!]!
    )
      best = row
  })
  return best !== -1 &&
    placed.markRight[lastInRow[best]!]! - limit <= maxShiftPx
    ? best
    : -1
}

/** Boxes from plain objects (tests, small inputs). */
export function laneBoxes(
  list: readonly {
    left: number
    markRight: number
    labelLeft: number
    labelWidth: number
    count: number
  }[],
): LaneBoxes {
  return {
    length: list.length,
    left: Float64Array.from(list, (b) => b.left),
    markRight: Float64Array.from(list, (b) => b.markRight),
    labelLeft: Float64Array.from(list, (b) => b.labelLeft),
    labelWidth: Float64Array.from(list, (b) => b.labelWidth),
    count: Int32Array.from(list, (b) => b.count),
  }
}
