/**
 * Lane packing, in the spirit of Plot's dodge transform: boxes (a mark plus its label) go into a fixed number
 * of rows so that nothing overlaps within a row. Pure and deterministic: the same boxes give the same rows.
 *
 * Each box is placed, in order, in the first row whose last box ends (label included) before it starts.
 * Failing that, the last box of some row gives up part of its label (shortened, or hidden when too little is
 * left) to make room. Failing that too, the box merges into the nearest last box of a row, which becomes a
 * counted cluster: dense periods degrade into clusters, never into overlaps.
 */

export type LaneBox = {
  /** Left edge of the box (its target), px. */
  readonly left: number
  /** Right edge of the mark or its target, px; the label may extend past it. */
  readonly markRight: number
  /** Where the label starts, px; it may begin inside the mark (a label drawn over a bar). */
  readonly labelLeft: number
  /** Full estimated label width, px; 0 for none. */
  readonly labelWidth: number
  /** Events the box stands for: 1 for an event, more for a cluster. */
  readonly count: number
}

export type LaneOptions = {
  readonly rows: number
  /** Space kept between two boxes in a row, px. */
  readonly gapPx: number
  /** A label cut shorter than this is hidden instead, px. */
  readonly minLabelPx: number
  /** Width of a cluster's mark for a count, px: what a box becomes when others merge into it. */
  readonly clusterWidthPx: (count: number) => number
}

/** Where a box ended up: a row with its final label width and count, or merged into an earlier box. */
export type LanePlacement =
  | {
      readonly row: number
      readonly labelWidth: number
      readonly markRight: number
      readonly count: number
      readonly mergedInto: null
    }
  | { readonly row: -1; readonly mergedInto: number }

type Placed = {
  row: number
  labelWidth: number
  markRight: number
  count: number
  mergedInto: null
}

/** Right edge a placed box reserves, px. */
function reservedRight(box: LaneBox, placed: Placed): number {
  return placed.labelWidth > 0
    ? Math.max(placed.markRight, box.labelLeft + placed.labelWidth)
    : placed.markRight
}

/**
 * Pack `boxes` (best sorted by `left`) into `options.rows` rows. Returns one placement per box, in the same
 * order. Guarantees: within a row, every box's [left, reserved right] is at least `gapPx` clear of the next.
 */
export function packLanes(
  boxes: readonly LaneBox[],
  options: LaneOptions,
): readonly LanePlacement[] {
  const { rows, gapPx, minLabelPx } = options
  const placements: LanePlacement[] = []
  const lastInRow: number[] = Array.from({ length: rows }, () => -1)
  const rowEnd: number[] = Array.from({ length: rows }, () => -Infinity)

  boxes.forEach((box, i) => {
    const own: Placed = {
      row: -1,
      labelWidth: box.labelWidth,
      markRight: box.markRight,
      count: box.count,
      mergedInto: null,
    }
    const limit = box.left - gapPx
    let row = rowEnd.findIndex((end) => end <= limit)
    if (row === -1)
      row = shortenToFit(boxes, placements, lastInRow, limit, minLabelPx)
    if (row === -1) {
      placements.push(
        mergeIntoNearest(boxes, placements, lastInRow, rowEnd, box, options),
      )
      return
    }
    own.row = row
    placements.push(own)
    lastInRow[row] = i
    rowEnd[row] = reservedRight(box, own)
  })
  return placements
}

/** The row whose last box can shorten its label to end by `limit`, keeping the longest label; -1 if none. */
function shortenToFit(
  boxes: readonly LaneBox[],
  placements: LanePlacement[],
  lastInRow: readonly number[],
  limit: number,
  minLabelPx: number,
): number {
  let best = -1
  let bestRoom = -Infinity
  lastInRow.forEach((j, row) => {
    const placed = placements[j]
    const box = boxes[j]
    if (
      !placed ||
      !box ||
      placed.mergedInto !== null ||
      placed.markRight > limit
    )
      return
    const room = limit - box.labelLeft
    if (room > bestRoom) {
      best = row
      bestRoom = room
    }
  })
  if (best === -1) return -1
  const j = lastInRow[best]!
  const placed = placements[j] as Placed
  placed.labelWidth =
    bestRoom >= minLabelPx ? Math.min(placed.labelWidth, bestRoom) : 0
  return best
}

/** Merge `box` into the row-ending box that starts latest (nearest in time); that box becomes a cluster. */
function mergeIntoNearest(
  boxes: readonly LaneBox[],
  placements: LanePlacement[],
  lastInRow: number[],
  rowEnd: number[],
  box: LaneBox,
  options: LaneOptions,
): LanePlacement {
  let row = 0
  lastInRow.forEach((j, r) => {
    if (
      (boxes[j]?.left ?? -Infinity) >
      (boxes[lastInRow[row]!]?.left ?? -Infinity)
    )
      row = r
  })
  const j = lastInRow[row]!
  const target = placements[j] as Placed
  const targetBox = boxes[j]!
  target.count += box.count
  target.labelWidth = 0
  target.markRight = targetBox.left + options.clusterWidthPx(target.count)
  rowEnd[row] = target.markRight
  return { row: -1, mergedInto: j }
}
