import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  laneBoxes,
  packLanes,
  reservedRight,
  type LaneOptions,
  type LanePlacements,
} from './lanes'

const options = { rows: 2, gapPx: 4, minLabelPx: 20, clusterWidthPx: () => 24 }

/** A point-like box at `left` with a 24 px target and a label of `labelWidth` starting inside it. */
const box = (left: number, labelWidth = 0) => ({
  left,
  markRight: left + 24,
  labelLeft: left + 20,
  labelWidth,
  count: 1,
})
const pack = (list: ReturnType<typeof box>[], opts: LaneOptions = options) =>
  packLanes(laneBoxes(list), opts)
const rows = (p: LanePlacements) => [...p.row]
const labels = (p: LanePlacements) => [...p.labelWidth]

describe('packLanes', () => {
  it('packLanes(boxes) puts boxes that fit side by side in the first row', () => {
    expect(rows(pack([box(0, 50), box(100, 50), box(200)]))).toEqual([0, 0, 0])
  })

  it('packLanes puts overlapping boxes on separate rows, exactly', () => {
    const placed = pack([box(0, 100), box(30, 100), box(130, 10), box(160)])
    expect(rows(placed)).toEqual([0, 1, 0, 1])
    expect(labels(placed)).toEqual([100, 100, 10, 0])
  })

  it('packLanes shortens the label of a row’s last box to make room, keeping the longest', () => {
    // Rows are full from 124 and 154; box 2 at 150 fits only if box 0 (label from 20) gives up its tail.
    const placed = pack([box(0, 200), box(30, 200), box(150)])
    expect(rows(placed)).toEqual([0, 1, 0])
    expect(labels(placed)).toEqual([150 - 4 - 20, 200, 0])
  })

  it('packLanes hides a label that would be cut shorter than minLabelPx', () => {
    const placed = pack([box(0, 200), box(10, 200), box(40)])
    expect(placed.row[2]).toBe(0)
    expect(placed.labelWidth[0]).toBe(0)
  })

  it('packLanes merges a box with no room left into the nearest row end, which counts both', () => {
    const placed = pack([box(0), box(5), box(10)])
    expect(rows(placed)).toEqual([0, 1, -1])
    expect([...placed.mergedInto]).toEqual([-1, -1, 1])
    expect(placed.count[1]).toBe(2)
  })

  it('packLanes moves a box right, by at most maxShiftPx, into the row that frees up first instead of merging it', () => {
    // Three boxes on one spot and two rows: the third goes 29 px right in row 0, whose label it cuts.
    const placed = pack([box(0, 100), box(5, 100), box(10)], {
      ...options,
      maxShiftPx: 30,
    })
    expect(rows(placed)).toEqual([0, 1, 0])
    expect([...placed.shift]).toEqual([0, 0, 24 + 4 - 10])
    expect(labels(placed)).toEqual([0, 100, 0])
    expect(placed.markRight[2]).toBe(10 + 18 + 24)
  })

  it('packLanes merges when the shift needed is more than maxShiftPx', () => {
    const placed = pack([box(0), box(5), box(10)], {
      ...options,
      maxShiftPx: 17,
    })
    expect(rows(placed)).toEqual([0, 1, -1])
    expect([...placed.shift]).toEqual([0, 0, 0])
  })

  it('packLanes is stable: the same boxes always give the same rows', () => {
    const list = [box(0, 80), box(10, 30), box(50, 60), box(90), box(95, 40)]
    expect(pack(list)).toEqual(pack(list))
  })

  it('packLanes never lets two boxes in a row overlap, and loses no event (property)', () => {
    const arbitraryBox = fc
      .record({
        left: fc.integer({ min: 0, max: 2000 }),
        width: fc.integer({ min: 24, max: 300 }),
        label: fc.integer({ min: 0, max: 250 }),
        count: fc.integer({ min: 1, max: 20 }),
      })
      .map(({ left, width, label, count }) => ({
        left,
        markRight: left + width,
        labelLeft: left + 6,
        labelWidth: label,
        count,
      }))
    fc.assert(
      fc.property(
        fc.array(arbitraryBox, { maxLength: 80 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 60 }),
        (raw, rowCount, maxShiftPx) => {
          const boxes = laneBoxes([...raw].sort((a, b) => a.left - b.left))
          const placed = packLanes(boxes, {
            rows: rowCount,
            gapPx: 4,
            minLabelPx: 20,
            clusterWidthPx: (n) => 14 + 7 * String(n).length,
            maxShiftPx,
          })
          const spans = [...placed.row].flatMap((row, i) =>
            row < 0
              ? []
              : [
                  {
                    row,
                    left: boxes.left[i]! + placed.shift[i]!,
                    right: reservedRight(boxes, placed, i),
                  },
                ],
          )
          const total = [...placed.row].reduce(
            (n, row, i) => n + (row < 0 ? 0 : placed.count[i]!),
            0,
          )
          expect(total).toBe(raw.reduce((n, b) => n + b.count, 0))
          const overlaps = spans.filter((s, i) =>
            spans
              .slice(i + 1)
              .some((t) => t.row === s.row && t.left < s.right + 4),
          )
          expect(overlaps).toEqual([])
        },
      ),
    )
  })
})
