import { describe, expect, it } from 'vitest'
import { makeEvent } from '../../test/fixtures'
import { callsTo, recordingContext, stateAt } from '../../test/recordingContext'
import { POINT_R, rowCentre } from '../layout/geometry'
import { layoutEvents, type MarkItem } from '../layout/layout'
import type { CanvasTheme } from './canvasTheme'
import { paintMarks, type PaintState, type PaintView } from './paintMarks'

const DAY = 864e5
const origin = Date.parse('2025-01-01T00:00:00Z')

const theme: CanvasTheme = {
  font: 'Test Sans',
  text: '#111111',
  textMuted: '#666666',
  surface: '#ffffff',
  surface2: '#eeeeee',
  accent: '#0000aa',
  current: '#aa5500',
  highlight: '#ffee99',
  kinds: {
    accord: '#00aa00',
    talks: '#0055ff',
    words: '#7700aa',
    force: '#aa0000',
    body: '#775500',
    other: '#777777',
  },
}
const view: PaintView = {
  leftPx: 0,
  ratio: 1,
  widthPx: 800,
  heightPx: 180,
  dpr: 2,
}
const none: PaintState = {
  selectedKey: undefined,
  currentKey: undefined,
  hoveredKey: undefined,
  citedKeys: new Set(),
}

const point = makeEvent({
  title: 'Budapest Memorandum',
  kind: 'agreement',
  start: '2025-01-10',
})
const span = makeEvent({
  title: 'Airlift',
  kind: 'operation',
  start: '2025-03-01',
  end: '2025-06-30',
})
const ongoing = makeEvent({
  title: 'Still going',
  kind: 'mission',
  start: '2025-02-01',
  end: '2025-07-30',
  ongoing: true,
})

/** Items at 2 px a day from 1 January 2025, and what painting them does. */
function paint(
  events: Parameters<typeof layoutEvents>[0],
  state: PaintState = none,
  at: PaintView = view,
) {
  const layout = layoutEvents(events, 2 / DAY, origin)
  const items: MarkItem[] = Array.from({ length: layout.length }, (_, i) =>
    layout.item(i),
  )
  const { ctx, calls } = recordingContext()
  paintMarks(ctx, items, at, state, theme)
  return { items, calls }
}

describe('paintMarks(ctx, items, view, state, theme)', () => {
  it('clears the canvas at the device pixel ratio before painting', () => {
    const { calls } = paint([point])
    expect(calls.slice(0, 2)).toEqual([
      { method: 'setTransform', args: [2, 0, 0, 2, 0, 0] },
      { method: 'clearRect', args: [0, 0, 800, 180] },
    ])
  })

  it('paints a point event as a circle in its kind’s colour, outlined, with its title beside it', () => {
    const { items, calls } = paint([point])
    const x = items[0]!.x0
    const y = rowCentre(items[0]!.row)
    expect(callsTo(calls, 'arc')).toEqual([[x, y, POINT_R, 0, 2 * Math.PI]])
    expect(stateAt(calls, 'fill', ['fillStyle'])).toEqual([
      { args: [], fillStyle: theme.kinds.accord },
    ])
    expect(stateAt(calls, 'stroke', ['strokeStyle', 'lineWidth'])).toEqual([
      { args: [], strokeStyle: theme.surface, lineWidth: 1.5 },
    ])
    expect(stateAt(calls, 'fillText', ['font', 'fillStyle'])).toEqual([
      {
        args: ['Budapest Memorandum', x + POINT_R + 5, y + 0.5],
        font: '400 12px Test Sans',
        fillStyle: theme.text,
      },
    ])
  })

  it('paints a span as a tinted bar with a solid base line, stretched by the view’s ratio', () => {
    const { items, calls } = paint([span], none, { ...view, ratio: 1.25 })
    const item = items[0]!
    const x = item.x0 * 1.25
    const w = (item.x1 - item.x0) * 1.25
    const y = rowCentre(item.row)
    expect(stateAt(calls, 'fillRect', ['fillStyle', 'globalAlpha'])).toEqual([
      {
        args: [x, y - 8, w, 16],
        fillStyle: theme.kinds.force,
        globalAlpha: 0.2,
      },
      { args: [x, y + 5, w, 3], fillStyle: theme.kinds.force, globalAlpha: 1 },
    ])
    expect(callsTo(calls, 'fillText')).toEqual([['Airlift', x + 6, y + 0.5]])
  })

  it('fades an ongoing span out towards its end, and points an arrow onward', () => {
    const { items, calls } = paint([ongoing])
    const item = items[0]!
    expect(callsTo(calls, 'createLinearGradient')).toEqual([
      [item.x0, 0, item.x1, 0],
    ])
    expect(callsTo(calls, 'lineTo')).toHaveLength(2)
  })

  it('rings the selected mark in the accent colour and sets its title in bold', () => {
    const { items, calls } = paint([point, span], {
      ...none,
      selectedKey: point.id,
    })
    expect(items[0]!.key).toBe(point.id)
    expect(stateAt(calls, 'stroke', ['strokeStyle', 'lineWidth'])[0]).toEqual({
      args: [],
      strokeStyle: theme.accent,
      lineWidth: 3,
    })
    expect(
      stateAt(calls, 'fillText', ['font']).map((c) => [c.args[0], c.font]),
    ).toEqual([
      ['Airlift', '400 12px Test Sans'],
      ['Budapest Memorandum', '700 12px Test Sans'],
    ])
  })

  it('marks the current event in the playhead’s colour, and highlights a hovered one and a cited one', () => {
    const current = paint([point], { ...none, currentKey: point.id })
    expect(
      stateAt(current.calls, 'fillText', ['fillStyle'])[0]?.fillStyle,
    ).toBe(theme.current)
    const hovered = paint([point], { ...none, hoveredKey: point.id })
    const highlight = stateAt(hovered.calls, 'fillRect', [
      'fillStyle',
      'globalAlpha',
    ])
    expect(highlight[0]).toMatchObject({
      fillStyle: theme.highlight,
      globalAlpha: 0.45,
    })
    // The label is underlined: a 1 px rule under the text.
    expect(highlight.at(-1)?.args[3]).toBe(1)
    const cited = paint([point], { ...none, citedKeys: new Set([point.id]) })
    expect(stateAt(cited.calls, 'roundRect', ['fillStyle'])).toHaveLength(1)
    expect(
      stateAt(cited.calls, 'stroke', ['strokeStyle'])[0]?.strokeStyle,
    ).toBe(theme.text)
  })

  it('paints a cluster as a badge with its count centred on it', () => {
    const close = [0, 1, 2].map((i) =>
      makeEvent({ title: `Talk ${i}`, kind: 'meeting', start: '2025-01-10' }),
    )
    const { items, calls } = paint(close)
    expect(items).toHaveLength(1)
    const item = items[0]!
    expect(callsTo(calls, 'roundRect')).toEqual([
      [item.x0, rowCentre(item.row) - 11, item.x1 - item.x0, 22, 11],
    ])
    expect(stateAt(calls, 'fillText', ['font', 'textAlign'])).toEqual([
      {
        args: [
          '3',
          item.x0 + (item.x1 - item.x0) / 2,
          rowCentre(item.row) + 0.5,
        ],
        font: '600 12px Test Sans',
        textAlign: 'center',
      },
    ])
  })

  it('skips items outside the view', () => {
    const { calls } = paint([point], none, { ...view, leftPx: 5000 })
    expect(callsTo(calls, 'arc')).toEqual([])
    expect(callsTo(calls, 'fillText')).toEqual([])
  })

  it('keeps labels inside the view when asked (a figure): carried from the left edge, ellipsised at the right', () => {
    const long = makeEvent({
      title: 'A meeting whose name is far too long for the room left',
      kind: 'meeting',
      start: '2025-04-20',
    })
    // The span starts 42 px before the left edge; the point's long title would run past the right edge.
    const inside = { ...view, leftPx: 160, widthPx: 300, labelsInside: true }
    const { calls } = paint([span, long], none, inside)
    const labels = callsTo(calls, 'fillText')
    expect(labels[0]).toEqual(['Airlift', 4, rowCentre(0) + 0.5])
    expect(labels[1]![0]).toMatch(/^A meeting.*…$/)
    expect(Number(labels[1]![1])).toBeLessThan(300)
    // The screen leaves them where the layout put them.
    const onScreen = callsTo(
      paint([span], none, { ...inside, labelsInside: false }).calls,
      'fillText',
    )
    expect(onScreen[0]![1]).toBeLessThan(0)
  })

  it('draws a cluster whole inside the view when asked (a figure), moved in from the edge it crosses', () => {
    const close = [0, 1, 2].map((i) =>
      makeEvent({ title: `Talk ${i}`, kind: 'meeting', start: '2025-01-10' }),
    )
    // The badge starts 10 px before the left edge; at the right, 10 px past a view ending inside it.
    const { items } = paint(close)
    const badge = items[0]!
    const w = badge.x1 - badge.x0
    const left = { ...view, leftPx: badge.x0 + 10, clustersInside: true }
    const right = { ...view, widthPx: badge.x1 - 10, clustersInside: true }
    expect(callsTo(paint(close, none, left).calls, 'roundRect')[0]![0]).toBe(0)
    expect(callsTo(paint(close, none, right).calls, 'roundRect')[0]![0]).toBe(
      badge.x1 - 10 - w,
    )
    // The screen leaves it at its date, under its button.
    expect(
      callsTo(
        paint(close, none, { ...left, clustersInside: false }).calls,
        'roundRect',
      )[0]![0],
    ).toBe(-10)
  })
})
