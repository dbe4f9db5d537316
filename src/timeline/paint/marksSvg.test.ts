import { describe, expect, it } from 'vitest'
import { makeEvent } from '../../test/fixtures'
import { readCanvasTheme } from './canvasTheme'
import { layoutEvents } from '../layout/layout'
import { marksSvgFor } from './marksSvg'
import { recordPaint } from './paintRecord'

const DAY = 864e5
const origin = Date.parse('2025-01-01T00:00:00Z')

describe('marksSvgFor', () => {
  it('marksSvgFor(canvas) is null before the canvas has painted', () => {
    expect(marksSvgFor(document.createElement('canvas'))).toBeNull()
  })

  it('marksSvgFor(canvas) replays the last paint as SVG: shapes and labels', () => {
    const events = [
      makeEvent({ title: 'Budapest Memorandum', start: '2025-01-10' }),
      makeEvent({ title: 'Airlift', start: '2025-03-01', end: '2025-06-30' }),
    ]
    const layout = layoutEvents(events, 2 / DAY, origin)
    const items = [layout.item(0), layout.item(1)]
    const canvas = document.createElement('canvas')
    recordPaint(canvas, {
      items,
      view: { leftPx: 0, ratio: 1, widthPx: 800, heightPx: 180, dpr: 1 },
      state: {
        selectedKey: undefined,
        currentKey: undefined,
        hoveredKey: undefined,
        citedKeys: new Set(),
      },
      theme: readCanvasTheme(canvas),
    })
    const svg = marksSvgFor(canvas)!
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toEqual(
      ['Budapest Memorandum', 'Airlift'],
    )
    expect(svg.querySelector('path')?.getAttribute('d')).toMatch(/^M23,20A5,5/)
    expect(svg.querySelectorAll('rect').length).toBeGreaterThanOrEqual(2)
  })
})
