import { describe, expect, it } from 'vitest'
import { MIN_SPAN_MS } from '../../store/domainMath'
import { makeEvent } from '../../test/fixtures'
import { fitDomain } from './fitDomain'

const YEAR = 365.25 * 864e5
const bounds = [Date.parse('1940-01-01'), Date.parse('2030-01-01')] as const
const a = makeEvent({ start: '1951-09-08' })
const b = makeEvent({ start: '1960-01-19', ongoing: true })
const c = makeEvent({ start: '1990-06-01', end: '1992-06-01' })

describe('fitDomain', () => {
  it('fitDomain(events) holds every shown event’s start and a span’s end, with a margin each side', () => {
    const [from, to] = fitDomain([a, b, c], null, bounds)!
    expect(from).toBeLessThan(a.timeMs)
    expect(to).toBeGreaterThan(c.extentMs[1])
    // An ongoing event's bar runs to the as-of date; its start is what must show, not the whole bar.
    expect(fitDomain([a, b], null, bounds)![1]).toBeLessThan(
      b.timeMs + 3 * YEAR,
    )
    // Room after the last start for its label: more margin on the right than on the left.
    expect(to - c.extentMs[1]).toBeGreaterThan(a.timeMs - from)
  })

  it('fitDomain keeps a shown selection in view, and is null when nothing is shown', () => {
    const selected = makeEvent({ start: '2010-01-01' })
    const [, to] = fitDomain([a, selected], selected, bounds)!
    expect(to).toBeGreaterThan(selected.timeMs)
    expect(fitDomain([], null, bounds)).toBeNull()
  })

  it('fitDomain of a single day is the narrowest window around it', () => {
    const [from, to] = fitDomain([a], null, bounds)!
    expect(to - from).toBeCloseTo(MIN_SPAN_MS, -3)
    expect(from).toBeLessThan(a.timeMs)
    expect(to).toBeGreaterThan(a.timeMs)
  })
})
