import { describe, expect, it } from 'vitest'
import { makeEvent } from '../../test/fixtures'
import { ROWS } from './geometry'
import { textWidthPx } from './labelText'
import { layoutEvents, zoomLevel } from './layout'
import { itemLabel } from './layoutQueries'

const DAY = 864e5
const origin = Date.parse('2025-01-01T00:00:00Z')
const all = (layout: ReturnType<typeof layoutEvents>) =>
  Array.from({ length: layout.length }, (_, i) => layout.item(i))

describe('zoomLevel', () => {
  it('zoomLevel(pxPerMs) is the largest half-octave level at or below the scale', () => {
    expect(zoomLevel(1)).toBe(1)
    expect(zoomLevel(1.3)).toBe(1)
    expect(zoomLevel(1.5)).toBeCloseTo(Math.SQRT2, 12)
    expect(zoomLevel(0.9)).toBeCloseTo(Math.SQRT1_2, 12)
  })
})

describe('layoutEvents', () => {
  it('layoutEvents gives each of ten events over five days its own mark at a nine-month window on 1440 px', () => {
    const days = ['15', '18', '18', '18', '19', '19', '19', '19', '19', '19']
    const events = days.map((d, i) =>
      makeEvent({
        title: `August ${d} (${i})`,
        start: `2025-08-${d}`,
        end: i >= 8 ? '2025-08-20' : null,
      }),
    )
    const items = all(
      layoutEvents(events, zoomLevel(1440 / (273 * DAY)), origin),
    )
    expect(items.map((i) => i.events.length)).toEqual(days.map(() => 1))
    expect(Math.max(...items.map((i) => i.shiftPx))).toBeGreaterThan(0)
    expect(Math.max(...items.map((i) => i.shiftPx))).toBeLessThanOrEqual(48)
    const overlaps = items.filter((a) =>
      items.some(
        (b) =>
          a !== b && a.row === b.row && a.left <= b.left && a.right >= b.left,
      ),
    )
    expect(overlaps).toEqual([])
  })

  it('layoutEvents does not move marks aside at a whole-range zoom: a same-week run stays one cluster', () => {
    const events = ['15', '18', '19'].map((d) =>
      makeEvent({ start: `2025-08-${d}` }),
    )
    const items = all(layoutEvents(events, 1440 / (80 * 365 * DAY), origin))
    expect(items.map((i) => [i.shape, i.events.length, i.shiftPx])).toEqual([
      ['cluster', 3, 0],
    ])
  })

  it('layoutEvents draws points, bands, spans and clusters, each event once', () => {
    const events = [
      makeEvent({ title: 'Point', start: '2025-01-10' }),
      makeEvent({ title: 'Month', start: '2025-03' }),
      makeEvent({ title: 'Span', start: '2025-05-01', end: '2025-07-31' }),
      makeEvent({ title: 'A', start: '2025-09-01' }),
      makeEvent({ title: 'B', start: '2025-09-02' }),
    ]
    // Two px per day: A and B (2 px apart) merge; March is a 62 px band.
    const items = all(layoutEvents(events, 2 / DAY, origin))
    expect(
      items.map((i) => [i.shape, i.events.map((e) => e.title).join('+')]),
    ).toEqual([
      ['point', 'Point'],
      ['band', 'Month'],
      ['span', 'Span'],
      ['cluster', 'A+B'],
    ])
    expect(items[1]).toMatchObject({ x0: 118, x1: 180 })
  })

  it('layoutEvents keeps every lane free of overlaps, each label within its room', () => {
    const events = Array.from({ length: 60 }, (_, i) =>
      makeEvent({
        title: `A long title for event number ${i}`,
        start: `2025-0${1 + (i % 9)}-${10 + (i % 17)}`,
      }),
    ).sort((a, b) => a.timeMs - b.timeMs)
    const items = all(layoutEvents(events, 3 / DAY, origin))
    for (let row = 0; row < ROWS; row++) {
      const inRow = items.filter((i) => i.row === row)
      inRow
        .slice(1)
        .forEach((item, k) =>
          expect(item.left).toBeGreaterThanOrEqual(inRow[k]!.right),
        )
    }
    expect(items.reduce((n, i) => n + i.events.length, 0)).toBe(60)
    for (const item of items)
      expect(textWidthPx(itemLabel(item))).toBeLessThanOrEqual(item.labelWidth)
  })

  it('layoutEvents stacks same-day events in lanes once days are wide, instead of clustering them', () => {
    const events = Array.from({ length: 4 }, (_, i) =>
      makeEvent({ title: `Same ${i}`, start: '2025-08-19' }),
    )
    expect(
      all(layoutEvents(events, 0.1 / DAY, origin)).map((i) => i.shape),
    ).toEqual(['cluster'])
    expect(
      all(layoutEvents(events, 100 / DAY, origin)).map((i) => i.row),
    ).toEqual([0, 1, 2, 3])
  })
})
