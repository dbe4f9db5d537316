import { describe, expect, it } from 'vitest'
import { makeEvent } from '../test/fixtures'
import { LANES } from './layout/geometry'
import { zoomLevel } from './layout/layout'
import { itemLabel } from './layout/layoutQueries'
import { shownTip, stageX, viewport, viewSpan } from './viewport'

const DAY = 864e5
const YEAR = 365 * DAY
const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`)

const events = [
  makeEvent({ title: 'Early', start: '1950-03-01' }),
  makeEvent({ title: 'Middle', start: '1960-06-15' }),
  makeEvent({ title: 'Late', start: '1970-09-01' }),
]
const bounds = [t('1945-01-01'), t('1975-01-01')] as const
const viewAt = (domain: readonly [number, number], widthPx = 900) =>
  viewport({ events, bounds, domain, widthPx, lanes: LANES })

describe('viewSpan(domain, bounds, widthPx, level)', () => {
  it('places the window in layout px and widens it to whole quarters of the width, with a margin', () => {
    // 1 layout px per day, 400 px wide: chunks of 100 px.
    const span = viewSpan([10 * DAY, 410 * DAY], [0, 1e4 * DAY], 400, 1 / DAY)
    expect(span.leftPx).toBeCloseTo(10)
    expect(span.rightPx).toBeCloseTo(410)
    expect(span.drawFromPx).toBe(-100)
    expect(span.drawToPx).toBe(600)
    // The buttons' origin moves in steps of eight widths.
    expect(span.originPx).toBe(0)
    expect(
      viewSpan([3300 * DAY, 3700 * DAY], [0, 1e4 * DAY], 400, 1 / DAY).originPx,
    ).toBe(3200)
  })
})

describe('viewport(input)', () => {
  it('gives the scales, level of detail and drawn items for a window', () => {
    const domain = [t('1945-01-01'), t('1975-01-01')] as const
    const view = viewAt(domain)
    expect(view.x(domain[0])).toBe(0)
    expect(view.x(domain[1])).toBe(900)
    expect(view.baseX(bounds[1])).toBe(900)
    const pxPerMs = 900 / (domain[1] - domain[0])
    expect(view.ratio).toBeCloseTo(pxPerMs / zoomLevel(pxPerMs))
    expect(view.ratio).toBeGreaterThanOrEqual(1)
    expect(view.ratio).toBeLessThan(1.42)
    expect(view.leftPx).toBe(0)
    expect(view.items.map((i) => i.events[0]!.title)).toEqual([
      'Early',
      'Middle',
      'Late',
    ])
    expect(view.firstVisibleKey).toBe(view.items[0]!.key)
    expect(view.plotH).toBeGreaterThan(LANES.rows * LANES.rowH)
  })

  it('draws only the items near a narrow window, where the axis puts them', () => {
    const domain = [t('1960-01-01'), t('1961-01-01')] as const
    const view = viewAt(domain)
    expect(view.items.map((i) => i.events[0]!.title)).toEqual(['Middle'])
    expect(stageX(view, view.items[0]!)).toBeCloseTo(view.x(t('1960-06-15')), 0)
  })

  it('keeps the same items array while a pan stays within a chunk, so no button re-renders', () => {
    const at = (fromMs: number) => viewAt([fromMs, fromMs + 10 * YEAR], 800)
    const a = at(t('1950-01-01'))
    const b = at(t('1950-01-01') + DAY)
    expect(b.leftPx).toBeGreaterThan(a.leftPx)
    expect(b.items).toBe(a.items)
    expect(at(t('1960-01-01')).items).not.toBe(a.items)
  })
})

describe('shownTip(view, hovered, selectedId)', () => {
  // Eight long titles a week apart: more than the six lanes can label in full.
  const crowd = Array.from({ length: 8 }, (_, i) =>
    makeEvent({
      title: `A long-titled agreement on the matter of item ${i + 1}`,
      start: new Date(t('1970-09-01') + i * 7 * DAY).toISOString().slice(0, 10),
    }),
  )
  const view = viewport({
    events: crowd,
    bounds,
    domain: [t('1970-08-01'), t('1970-12-01')],
    widthPx: 600,
    lanes: LANES,
  })
  const cut = view.items.find((i) => itemLabel(i) !== i.events[0]!.title)!
  const whole = view.items.find((i) => itemLabel(i) === i.events[0]!.title)!

  it('shows the hovered item while it is drawn', () => {
    expect(shownTip(view, whole, cut.key)).toEqual({
      item: whole,
      isNameTag: false,
    })
  })

  it('otherwise tags the selected event when its label is cut, and nothing when it is printed in full', () => {
    expect(shownTip(view, null, cut.events[0]!.id)).toEqual({
      item: cut,
      isNameTag: true,
    })
    expect(shownTip(view, null, whole.events[0]!.id)).toBeNull()
    expect(shownTip(view, null, null)).toBeNull()
  })
})
