import { describe, expect, it } from 'vitest'
import type { PrecedentCase } from '../../data/types'
import { AS_OF, date, makeEvent } from '../../test/fixtures'
import { alignedLayout } from './alignedLayout'
import {
  alignedShape,
  placeAligned,
  type PlacementOptions,
} from './alignedPlacement'

// 10 px per year, T = 0 at x = 100; labels 6 px per character; a 24 px target centred on small marks.
const toPx = (years: number) => 100 + years * 10
const options: PlacementOptions = {
  lanes: 2,
  maxLanes: 2,
  gapPx: 4,
  openPx: 50,
  textWidth: (text) => text.length * 6,
  fitText: (text, maxPx) => {
    const n = Math.floor(maxPx / 6)
    if (n >= text.length) return text
    return n > 1 ? `${text.slice(0, n - 1).trimEnd()}…` : ''
  },
  rightPx: 1000,
  geometry: (w) =>
    w >= 24
      ? { hitLeft: 0, hitRight: w, labelLeft: 6 }
      : {
          hitLeft: w / 2 - 12,
          hitRight: w / 2 + 12,
          labelLeft: Math.max(w, 5) + 5,
        },
}

const guarantee = makeEvent({
  id: 'g',
  title: 'Guarantee',
  start: '2000-01-01',
})
const near = makeEvent({ id: 'near', title: 'Near', start: '2000-06-01' })
const nearer = makeEvent({ id: 'nearer', title: 'Nearer', start: '2000-03-01' })
const open = makeEvent({
  id: 'open',
  title: 'Open',
  start: '2003',
  ongoing: true,
})
const month = makeEvent({ id: 'month', title: 'Month', start: '2001-02' })
const events = new Map(
  [guarantee, near, nearer, open, month].map((e) => [e.id, e]),
)

function layoutOf(eventIds: string[]) {
  const c: PrecedentCase = {
    id: 'c',
    name: 'Case',
    eventIds,
    milestones: [
      {
        kind: 'guarantee',
        label: 'The guarantee',
        date: date('2000-01-01'),
        eventId: 'g',
      },
    ],
    guarantee: date('2000-01-01'),
    resolved: null,
  }
  return alignedLayout([c], events, AS_OF)
}

describe('placeAligned', () => {
  it('alignedShape: point for a day, band for a month or year, bar for a span or ongoing event', () => {
    expect(alignedShape(guarantee)).toBe('point')
    expect(alignedShape(month)).toBe('band')
    expect(alignedShape(open)).toBe('span')
  })

  it('labels a milestone’s mark with the milestone, others with their title', () => {
    const [row] = placeAligned(layoutOf(['g', 'open']), toPx, options)
    expect(row?.items.map((i) => [i.event.id, i.label, i.lane])).toEqual([
      ['g', 'The guarantee', 0],
      ['open', 'Open', 1],
    ])
  })

  it('places marks in px and caps an ongoing bar at openPx', () => {
    const [row] = placeAligned(layoutOf(['g', 'open', 'month']), toPx, options)
    const byId = new Map(row?.items.map((i) => [i.event.id, i]))
    expect(byId.get('g')).toMatchObject({ x0: 100, x1: 100, shape: 'point' })
    expect(byId.get('open')?.x0).toBeCloseTo(130, 0)
    expect(byId.get('open')!.x1 - byId.get('open')!.x0).toBe(50)
    expect(byId.get('month')!.x1 - byId.get('month')!.x0).toBeCloseTo(
      (28 / 365.2425) * 10,
      9,
    )
  })

  it('gives a crowded mark another lane, then hides its label, never dropping it', () => {
    const [row] = placeAligned(layoutOf(['g', 'nearer', 'near']), toPx, options)
    expect(row?.lanes).toBe(2)
    expect(row?.items.map((i) => [i.event.id, i.lane, i.label])).toEqual([
      ['g', 0, 'The guarantee'],
      ['nearer', 1, 'Nearer'],
      // No lane has room for "Near" with its label, nor for its mark alone: it shares the emptier lane.
      ['near', 0, ''],
    ])
    expect(row?.items[2]?.fullLabel).toBe('Near')
  })

  it('shortens a label that would pass the right edge, and hides one with no room', () => {
    const [row] = placeAligned(layoutOf(['g', 'open']), toPx, {
      ...options,
      rightPx: 160,
    })
    // "The guarantee" starts at 110 (point + 10 px): 50 px of room, 8 characters with the ellipsis.
    expect(row?.items[0]).toMatchObject({
      label: 'The gua…',
      labelWidth: 48,
      fullLabel: 'The guarantee',
    })
    const [narrow] = placeAligned(layoutOf(['g']), toPx, {
      ...options,
      rightPx: 112,
    })
    expect(narrow?.items[0]?.label).toBe('')
  })

  it('shortens a label that runs into a later mark rather than letting them overlap', () => {
    const wider = (years: number) => 100 + years * 15
    const [row] = placeAligned(layoutOf(['g', 'open']), wider, {
      ...options,
      lanes: 1,
      maxLanes: 1,
    })
    // "Open" starts at 145; "The guarantee" (110 to 188) is cut to end by 141: 31 px, "The …" trimmed.
    expect(row?.items.map((i) => [i.event.id, i.lane, i.label])).toEqual([
      ['g', 0, 'The…'],
      ['open', 0, 'Open'],
    ])
  })

  it('gives a row an extra lane, up to maxLanes, rather than overlapping targets', () => {
    const [row] = placeAligned(layoutOf(['g', 'nearer', 'near']), toPx, {
      ...options,
      maxLanes: 3,
    })
    expect(row?.lanes).toBe(3)
    expect(row?.items.map((i) => i.lane)).toEqual([0, 1, 2])
  })

  it('uses one lane for a row with room', () => {
    const wide = (years: number) => 100 + years * 400
    const [row] = placeAligned(layoutOf(['g', 'open']), wide, {
      ...options,
      rightPx: 5000,
    })
    expect(row?.lanes).toBe(1)
    expect(row?.items.every((i) => i.label !== '')).toBe(true)
  })
})
