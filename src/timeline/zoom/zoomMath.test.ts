import { describe, expect, it } from 'vitest'
import { MIN_SPAN_MS, type Domain } from '../../store/domainMath'
import { timeScale } from '../axis/scales'
import {
  clampView,
  limitGesture,
  zoomAnchor,
  interpolateDomain,
  openClusterDomain,
  domainFromTransform,
  panDomain,
  sameDomain,
  scaleExtent,
  transformFromDomain,
  zoomDomain,
} from './zoomMath'

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`)
const bounds = [utc('1943-01-01'), utc('2027-01-01')] as const
const baseX = timeScale(bounds, 1000)

describe('transformFromDomain / domainFromTransform', () => {
  it('transformFromDomain(baseX, bounds) is the identity', () => {
    const t = transformFromDomain(baseX, bounds)
    expect(t.k).toBeCloseTo(1, 12)
    expect(t.x).toBeCloseTo(0, 9)
  })

  it('domainFromTransform(baseX, transformFromDomain(baseX, d)) gives d back', () => {
    const domain = [utc('1990-01-01'), utc('2005-01-01')] as const
    const t = transformFromDomain(baseX, domain)
    expect(t.k).toBeCloseTo(
      (bounds[1] - bounds[0]) / (domain[1] - domain[0]),
      9,
    )
    const back = domainFromTransform(baseX, t)
    expect(Math.abs(back[0] - domain[0])).toBeLessThan(2)
    expect(Math.abs(back[1] - domain[1])).toBeLessThan(2)
  })

  it('domainFromTransform agrees with d3 rescaleX: k = 2, x = -500 shows the middle half', () => {
    const [a, b] = domainFromTransform(baseX, { k: 2, x: -500 })
    const quarter = (bounds[1] - bounds[0]) / 4
    expect(a).toBeCloseTo(bounds[0] + quarter, -1)
    expect(b).toBeCloseTo(bounds[1] - quarter, -1)
  })
})

describe('scaleExtent', () => {
  it('scaleExtent(bounds) runs from the whole range to about two weeks', () => {
    const [min, max] = scaleExtent(bounds)
    expect(min).toBe(1)
    expect(max).toBeCloseTo((bounds[1] - bounds[0]) / MIN_SPAN_MS, 9)
  })
})

describe('clampView', () => {
  it('clampView widens a window narrower than two weeks about its middle', () => {
    const mid = utc('2025-08-18')
    const [a, b] = clampView([mid - 1000, mid + 1000], bounds)
    expect(b - a).toBe(MIN_SPAN_MS)
    expect((a + b) / 2).toBe(mid)
  })

  it('clampView shrinks a window wider than the bounds to the bounds', () => {
    expect(clampView([bounds[0] - 1e12, bounds[1] + 1e12], bounds)).toEqual(
      bounds,
    )
  })

  it('clampView slides a window that leaves the bounds back inside, keeping its width', () => {
    const width = 10 * 365 * 864e5
    expect(
      clampView([bounds[1] - 5e10, bounds[1] - 5e10 + width], bounds),
    ).toEqual([bounds[1] - width, bounds[1]])
  })
})

describe('zoomDomain / panDomain', () => {
  it('zoomDomain(d, 2, centre) halves the span and keeps the centre in place', () => {
    const domain = [utc('1990-01-01'), utc('2000-01-01')] as const
    const centre = utc('1992-01-01')
    const [a, b] = zoomDomain(domain, 2, centre, bounds)
    expect(b - a).toBe((domain[1] - domain[0]) / 2)
    expect((centre - a) / (b - a)).toBeCloseTo(
      (centre - domain[0]) / (domain[1] - domain[0]),
      12,
    )
  })

  it('zoomDomain never zooms out past the bounds', () => {
    expect(zoomDomain(bounds, 0.5, bounds[0], bounds)).toEqual(bounds)
  })

  it('panDomain moves the window and stops at the bounds', () => {
    const domain = [utc('1990-01-01'), utc('2000-01-01')] as const
    expect(panDomain(domain, 1000, bounds)).toEqual([
      domain[0] + 1000,
      domain[1] + 1000,
    ])
    const stopped = panDomain(domain, -1e13, bounds)
    expect(stopped[0]).toBe(bounds[0])
    expect(stopped[1] - stopped[0]).toBe(domain[1] - domain[0])
  })

  it('sameDomain tolerates sub-millisecond noise only', () => {
    expect(sameDomain([0, 10], [0.5, 10.2])).toBe(true)
    expect(sameDomain([0, 10], [0, 12])).toBe(false)
  })
})

describe('interpolateDomain', () => {
  it('interpolateDomain(a, b, t) goes from a to b, the span changing geometrically', () => {
    const a = [utc('1990-01-01'), utc('1990-01-01') + 400 * 864e5] as const
    const b = [utc('2000-01-01'), utc('2000-01-01') + 100 * 864e5] as const
    expect(interpolateDomain(a, b, 0)).toEqual(a)
    const end = interpolateDomain(a, b, 1)
    expect(end[0]).toBeCloseTo(b[0], -1)
    expect(end[1]).toBeCloseTo(b[1], -1)
    const mid = interpolateDomain(a, b, 0.5)
    expect(mid[1] - mid[0]).toBeCloseTo(200 * 864e5, -1)
    expect((mid[0] + mid[1]) / 2).toBeCloseTo(
      (a[0] + a[1] + b[0] + b[1]) / 4,
      -1,
    )
  })
})

describe('openClusterDomain(firstMs, lastMs, domain, bounds)', () => {
  const DAY_MS = 864e5
  const bounds = [0, 1e4 * DAY_MS] as const

  it('opens a cluster to its span with a fifth on each side', () => {
    expect(
      openClusterDomain(100 * DAY_MS, 200 * DAY_MS, [0, 2000 * DAY_MS], bounds),
    ).toEqual([80 * DAY_MS, 220 * DAY_MS])
  })

  it('returns null when that would barely zoom in (the deepest zoom)', () => {
    expect(
      openClusterDomain(100 * DAY_MS, 200 * DAY_MS, [0, 150 * DAY_MS], bounds),
    ).toBeNull()
  })
})

describe('zoomAnchor', () => {
  const domain = [1000, 2000] as const
  it('zoomAnchor is the selected event’s time when it is in view', () => {
    expect(zoomAnchor(domain, 1200, 1800)).toBe(1200)
  })
  it('zoomAnchor falls back to the playhead, then to the centre, for what is out of view', () => {
    expect(zoomAnchor(domain, 5000, 1800)).toBe(1800)
    expect(zoomAnchor(domain, null, null)).toBe(1500)
    expect(zoomAnchor(domain, 5000, 100)).toBe(1500)
  })
})

describe('limitGesture(domain, dataExtent, bounds)', () => {
  const DAY = 864e5
  const data: Domain = [Date.UTC(1945, 0, 1), Date.UTC(2025, 7, 31)]
  const bounds: Domain = [data[0] - 300 * DAY, data[1] + 300 * DAY]

  it('stops a two-week window a quarter of its width past the last event, not months into the margin', () => {
    const past: Domain = [data[1] + 100 * DAY, data[1] + 114 * DAY]
    expect(limitGesture(past, data, bounds)).toEqual([
      data[1] + 3.5 * DAY - 14 * DAY,
      data[1] + 3.5 * DAY,
    ])
  })

  it('stops before the first event the same way', () => {
    const before: Domain = [data[0] - 200 * DAY, data[0] - 186 * DAY]
    expect(limitGesture(before, data, bounds)).toEqual([
      data[0] - 3.5 * DAY,
      data[0] - 3.5 * DAY + 14 * DAY,
    ])
  })

  it('leaves a window inside the limits, and a window wider than them, as it is', () => {
    const inside: Domain = [Date.UTC(1994, 0, 1), Date.UTC(1995, 0, 1)]
    expect(limitGesture(inside, data, bounds)).toBe(inside)
    expect(limitGesture(bounds, data, bounds)).toBe(bounds)
  })

  it('never goes past the bounds, however wide the window', () => {
    const wide: Domain = [data[1] - 40 * 365 * DAY, data[1] + 5 * 365 * DAY]
    const [, end] = limitGesture(wide, data, bounds)
    expect(end).toBeLessThanOrEqual(bounds[1])
  })
})
