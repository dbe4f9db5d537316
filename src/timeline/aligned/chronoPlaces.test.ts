import { describe, expect, it } from 'vitest'
import { makeDataset, makeEvent } from '../../test/fixtures'
import { chronologicalPlaces } from './chronoPlaces'
import { PLOT_H } from '../layout/geometry'

const early = makeEvent({ id: 'early', start: '1945-06-05' })
const late = makeEvent({ id: 'late', start: '2025-08-18' })
const dataset = makeDataset([early, late])

describe('chronologicalPlaces', () => {
  it('chronologicalPlaces(events) puts each event at its time on the calendar axis, mid-height', () => {
    const places = chronologicalPlaces([early, late], dataset, null, 1000)
    const [from, to] = dataset.boundsMs
    const px = (t: number) => ((t - from) / (to - from)) * 1000
    expect(places.get('early')?.x).toBeCloseTo(px(early.timeMs), 6)
    expect(places.get('late')?.x).toBeCloseTo(px(late.timeMs), 6)
    expect(places.get('early')?.y).toBe(PLOT_H / 2)
  })

  it('follows the stored window', () => {
    const window = [early.timeMs, early.timeMs + 10 * 365 * 864e5] as const
    const places = chronologicalPlaces([early, late], dataset, window, 500)
    expect(places.get('early')?.x).toBeCloseTo(0, 6)
    expect(places.get('late')!.x).toBeGreaterThan(500)
  })
})
