import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { packLanes, type LaneBox, type LanePlacement } from './lanes'

const options = { rows: 2, gapPx: 4, minLabelPx: 20, clusterWidthPx: () => 24 }

/** A point-like box at `left` with a 24 px target and a label of `labelWidth` starting inside it. */
const box = (left: number, labelWidth = 0): LaneBox => ({
  left,
  markRight: left + 24,
  labelLeft: left + 20,
  labelWidth,
  count: 1,
})

const placed = (p: LanePlacement | undefined) =>
  p && p.mergedInto === null ? p : null

describe('packLanes', () => {
  it('packLanes(boxes) puts boxes that fit side by side in the first row', () => {
    const placements = packLanes([box(0, 50), box(100, 50), box(200)], options)
    expect(placements.map((p) => p.row)).toEqual([0, 0, 0])
  })

  it('packLanes puts overlapping boxes on separate rows, exactly', () => {
    const placements = packLanes(
      [box(0, 100), box(30, 100), box(130, 10), box(160)],
      options,
    )
    expect(placements.map((p) => p.row)).toEqual([0, 1, 0, 1])
    expect(placements.map((p) => placed(p)?.labelWidth)).toEqual([
      100, 100, 10, 0,
    ])
  })

  it('packLanes shortens the label of a row’s last box to make room, keeping the longest', () => {
    // Rows are full from 124 and 154; box 3 at 150 fits only if box 0 (label from 20) gives up its tail.
    const placements = packLanes([box(0, 200), box(30, 200), box(150)], options)
    expect(placements.map((p) => p.row)).toEqual([0, 1, 0])
    expect(placed(placements[0])?.labelWidth).toBe(150 - 4 - 20)
    expect(placed(placements[1])?.labelWidth).toBe(200)
  })

  it('packLanes hides a label that would be cut shorter than minLabelPx', () => {
    const placements = packLanes([box(0, 200), box(10, 200), box(40)], options)
    expect(placements[2]!.row).toBe(0)
    expect(placed(placements[0])?.labelWidth).toBe(0)
  })

  it('packLanes merges a box with no room left into the nearest row end, which counts both', () => {
    const placements = packLanes([box(0), box(5), box(10)], options)
    expect(placements[2]).toEqual({ row: -1, mergedInto: 1 })
    expect(placed(placements[1])).toMatchObject({
      row: 1,
      count: 2,
      labelWidth: 0,
    })
  })

  it('packLanes is stable: the same boxes always give the same rows', () => {
    const boxes = [box(0, 80), box(10, 30), box(50, 60), box(90), box(95, 40)]
    expect(packLanes(boxes, options)).toEqual(packLanes(boxes, options))
  })

  it('packLanes never lets two boxes in a row overlap (property)', () => {
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
        (raw, rows) => {
          const boxes = [...raw].sort((a, b) => a.left - b.left)
          const opts = {
            rows,
            gapPx: 4,
            minLabelPx: 20,
            clusterWidthPx: (n: number) => 14 + 7 * String(n).length,
          }
          const placements = packLanes(boxes, opts)
          let total = 0
          const spans = placements.flatMap((p, i) => {
            const b = boxes[i]!
            if (p.mergedInto !== null) return []
            total += p.count
            const right =
              p.labelWidth > 0
                ? Math.max(p.markRight, b.labelLeft + p.labelWidth)
                : p.markRight
            return [{ row: p.row, left: b.left, right }]
          })
          expect(total).toBe(boxes.reduce((n, b) => n + b.count, 0))
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
