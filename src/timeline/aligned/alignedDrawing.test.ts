import { describe, expect, it } from 'vitest'
import type { PrecedentCase } from '../../data/types'
import { AS_OF, date, makeEvent } from '../../test/fixtures'
import {
  alignedDrawing,
  breakVertical,
  labelBox,
  markDrawing,
  type AlignedDrawing,
  type Box,
} from './alignedDrawing'
import { alignedLayout } from './alignedLayout'
import { laneCentre } from './alignedGeometry'

// A case shaped like the ones that crowded: a long bar ending at T = 0 with a long milestone label, a bar
// starting at T = 0 too short for its title, a point just before T = 0 whose label runs across it, an
// ongoing event, and a settlement whose band edge sits among labels.
const occupied = makeEvent({
  id: 'occupied',
  title: 'Germany occupied and divided by the Allies',
  start: '1945-06-05',
  end: '1955-05-05',
})
const joins = makeEvent({
  id: 'joins',
  title: 'West Germany joins NATO',
  start: '1955-05-06',
})
const treaty = makeEvent({
  id: 'treaty',
  title: 'Treaty of Mutual Cooperation and Security signed',
  start: '1955-05-06',
  end: '1955-09-23',
})
const blockade = makeEvent({
  id: 'blockade',
  title: 'Berlin blockade and airlift',
  start: '1948-06-24',
  end: '1949-05-12',
})
const invasion = makeEvent({
  id: 'invasion',
  title: 'Russia’s full-scale invasion',
  start: '2024-02-24',
})
const mission = makeEvent({
  id: 'mission',
  title: 'Allied garrison stays on',
  start: '1970',
  ongoing: true,
})
const reunified = makeEvent({
  id: 'reunified',
  title: 'German reunification',
  start: '1990-10-03',
})
const twoPlusFour = makeEvent({
  id: 'two-plus-four',
  title: 'Two Plus Four Treaty (Final Settlement)',
  start: '1990-09-12',
  end: '1991-03-15',
})
const events = [
  occupied,
  joins,
  treaty,
  blockade,
  invasion,
  mission,
  reunified,
  twoPlusFour,
]
const germany: PrecedentCase = {
  id: 'germany',
  name: 'Divided Germany',
  eventIds: events.map((e) => e.id),
  milestones: [
    {
      kind: 'loss',
      label: 'Occupied and divided',
      date: date('1945-06-05'),
      eventId: 'occupied',
    },
    {
      kind: 'guarantee',
      label: 'West Germany joins NATO',
      date: date('1955-05-06'),
      eventId: 'joins',
    },
    {
      kind: 'outcome',
      label: 'Germany reunified',
      date: date('1990-10-03'),
      eventId: 'reunified',
    },
  ],
  guarantee: date('1955-05-06'),
  resolved: date('1990-10-03'),
}
const pending: PrecedentCase = {
  id: 'pending',
  name: 'Pending',
  eventIds: ['invasion'],
  milestones: [],
  guarantee: null,
  resolved: null,
}
const layout = alignedLayout(
  [germany, pending],
  new Map(events.map((e) => [e.id, e])),
  AS_OF,
)

/** Every label's box and every word the frames write, px in the rows' coordinates. */
function wordBoxes(d: AlignedDrawing): Box[] {
  return [
    ...d.frames.flatMap((f) => f.textBoxes),
    ...d.rows.flatMap((row, i) =>
      row.items.flatMap((item) => labelBox(item, d.tops[i] ?? 0) ?? []),
    ),
  ]
}

type Stroke = { x0: number; x1: number; y0: number; y1: number; what: string }

/** Every stroke drawn: mark outlines (four edges), arrows, the T = 0 line, band edges, gridlines. */
function strokes(d: AlignedDrawing): Stroke[] {
  const out: Stroke[] = []
  d.rows.forEach((row, i) => {
    for (const item of row.items) {
      const m = markDrawing(item)
      const cx = item.x0
      const cy = laneCentre(d.tops[i] ?? 0, item.lane)
      const what = item.event.id
      if (m.shape.kind === 'rect') {
        const { x, y, width, height } = m.shape
        const [l, r, t, b] = [cx + x, cx + x + width, cy + y, cy + y + height]
        out.push(
          { x0: l, x1: l, y0: t, y1: b, what: `${what} left edge` },
          { x0: r, x1: r, y0: t, y1: b, what: `${what} right edge` },
          { x0: l, x1: r, y0: t, y1: t, what: `${what} top edge` },
          { x0: l, x1: r, y0: b, y1: b, what: `${what} bottom edge` },
        )
      } else {
        const r = m.shape.r
        out.push({ x0: cx - r, x1: cx + r, y0: cy - r, y1: cy + r, what })
      }
      if (m.arrow && m.shape.kind === 'rect')
        out.push({
          x0: cx + m.shape.width - 5,
          x1: cx + m.shape.width,
          y0: cy - 5,
          y1: cy + 5,
          what: `${what} arrow`,
        })
    }
  })
  for (const f of d.frames) {
    for (const s of f.t0)
      out.push({ x0: s.x, x1: s.x, y0: s.y0, y1: s.y1, what: 'T = 0 line' })
    for (const s of f.bandEdges)
      out.push({ x0: s.x, x1: s.x, y0: s.y0, y1: s.y1, what: 'band edge' })
    for (const l of f.bandLines)
      out.push({ x0: l.x1, x1: l.x2, y0: l.y, y1: l.y, what: 'band line' })
    for (const flag of f.flags) out.push({ ...flag.box, what: 'flag' })
  }
  for (const s of d.grid)
    out.push({ x0: s.x, x1: s.x, y0: s.y0, y1: s.y1, what: 'gridline' })
  return out
}

function crosses(s: Stroke, b: Box): boolean {
  return s.x0 <= b.x1 && s.x1 >= b.x0 && s.y0 <= b.y1 && s.y1 >= b.y0
}

/** Strokes that pass through a word, each named with the word's box. */
function collisions(d: AlignedDrawing): string[] {
  const words = wordBoxes(d)
  const all = strokes(d)
  return words.flatMap((b) =>
    all
      .filter((s) => crosses(s, b))
      .map((s) => `${s.what} through the word at x ${Math.round(b.x0)}`),
  )
}

describe('breakVertical(x, y0, y1, boxes)', () => {
  it('leaves a gap, 2 px clear, where the line crosses a box, and keeps the line whole elsewhere', () => {
    const box = { x0: 40, x1: 80, y0: 20, y1: 30 }
    expect(breakVertical(50, 0, 100, [box])).toEqual([
      { x: 50, y0: 0, y1: 18 },
      { x: 50, y0: 32, y1: 100 },
    ])
    expect(breakVertical(90, 0, 100, [box])).toEqual([
      { x: 90, y0: 0, y1: 100 },
    ])
  })

  it('merges overlapping gaps and drops what is left under a pixel', () => {
    const boxes = [
      { x0: 0, x1: 10, y0: 10, y1: 20 },
      { x0: 0, x1: 10, y0: 18, y1: 40 },
      { x0: 0, x1: 10, y0: 42.5, y1: 98.5 },
    ]
    expect(breakVertical(5, 0, 100, boxes)).toEqual([{ x: 5, y0: 0, y1: 8 }])
  })
})

describe('alignedDrawing(layout, widthPx)', () => {
  it.each([1440, 1000, 390])(
    'no outline, arrow, T = 0 line, band edge or gridline runs through a word at %i px',
    (widthPx) => {
      const d = alignedDrawing(layout, widthPx)
      expect(wordBoxes(d).length, 'words are drawn').toBeGreaterThan(4)
      expect(collisions(d)).toEqual([])
    },
  )

  it('puts a label inside its bar only when it fits whole, else after the bar', () => {
    const d = alignedDrawing(layout, 1440)
    const items = new Map(d.rows[0]!.items.map((i) => [i.event.id, i]))
    const long = items.get('occupied')!
    expect(long.label).toBe('Occupied and divided')
    // Ten years at 1440 px is wide enough: the label sits between the bar's ends.
    expect(long.labelLeft).toBe(6)
    expect(long.labelLeft + long.labelWidth).toBeLessThan(long.x1 - long.x0)
    const short = items.get('treaty')!
    expect(short.labelLeft).toBeGreaterThanOrEqual(short.x1 - short.x0 + 5)
    // At 390 px the same bar is too short: its label follows it.
    const narrow = alignedDrawing(layout, 390).rows[0]!.items.find(
      (i) => i.event.id === 'occupied',
    )!
    expect(narrow.labelLeft).toBeGreaterThanOrEqual(narrow.x1 - narrow.x0 + 5)
  })

  it('breaks the T = 0 line where a label crosses it, and draws it whole elsewhere', () => {
    const d = alignedDrawing(layout, 1440)
    const pendingFrame = d.frames[1]!
    // The invasion, a point about a year and a half before T = 0, has its label across the line.
    expect(pendingFrame.t0.length).toBeGreaterThan(1)
    expect(pendingFrame.openMark?.text).toBe('?')
    // Its question has been open for days: no sliver of band beside the line.
    expect(pendingFrame.band.width).toBe(0)
    expect(pendingFrame.bandEdges).toEqual([])
  })

  it('keeps the T = 0 tick as text and leaves its gridline to the frames', () => {
    const d = alignedDrawing(layout, 1440)
    expect(d.ticks.find((t) => t.years === 0)?.label).toBe('T = 0')
    const zero = d.x(0)
    expect(d.grid.some((s) => s.x === zero)).toBe(false)
  })
})

describe('frameDrawing flags (milestones whose events are filtered out)', () => {
  const none = alignedLayout(
    [germany],
    new Map(events.map((e) => [e.id, e])),
    AS_OF,
    (id) => id === 'mission',
  )

  it.each([1440, 390])(
    'flags cover no word at %i px: one on the case’s name moves to the row’s foot, the band’s words give way',
    (widthPx) => {
      const d = alignedDrawing(none, widthPx)
      const frame = d.frames[0]!
      expect(frame.flags).toHaveLength(3)
      expect(collisions(d)).toEqual([])
      // The loss at the left end sits where the name is written: its flag is at the foot of the row.
      const loss = frame.flags.find((f) => f.kind === 'loss')!
      expect(loss.box.y0).toBeGreaterThan(frame.name.y)
    },
  )
})
