import { scaleUtc } from 'd3-scale'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { axisTicks, tickUnit, timeScale } from './scales'

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`)
const labels = (from: string, to: string, widthPx: number) =>
  axisTicks(timeScale([utc(from), utc(to)], widthPx), widthPx).map(
    (t) => t.label,
  )

describe('timeScale', () => {
  it('timeScale(domain, width) maps the domain onto [0, width] in UTC and inverts exactly', () => {
    const x = timeScale([utc('1990-01-01'), utc('2000-01-01')], 1000)
    expect(x(utc('1990-01-01'))).toBe(0)
    expect(x(utc('2000-01-01'))).toBe(1000)
    expect(x.invert(x(utc('1995-06-15')))).toBe(utc('1995-06-15'))
  })

  it('timeScale(domain, width) positions, inverts and ticks exactly as d3 scaleUtc', () => {
    const MIN = utc('1900-01-01')
    const MAX = utc('2100-01-01')
    fc.assert(
      fc.property(
        fc.integer({ min: MIN, max: MAX }),
        fc.integer({ min: 864e5, max: MAX - MIN }),
        fc.integer({ min: 50, max: 4000 }),
        fc.double({ min: -0.5, max: 1.5, noNaN: true }),
        fc.integer({ min: 1, max: 40 }),
        (d0, span, widthPx, at, count) => {
          const ours = timeScale([d0, d0 + span], widthPx)
          const d3 = scaleUtc()
            .domain([d0, d0 + span])
            .range([0, widthPx])
          const timeMs = d0 + Math.round(span * at)
          expect(ours(timeMs)).toBe(d3(timeMs))
          expect(ours.invert(widthPx * at)).toBe(
            d3.invert(widthPx * at).getTime(),
          )
          expect(ours.ticks(count)).toEqual(d3.ticks(count).map(Number))
        },
      ),
    )
  })
})

describe('axisTicks', () => {
  it('axisTicks at a decades zoom labels years every decade', () => {
    expect(labels('1943-01-01', '2027-01-01', 800)).toEqual([
      '1950',
      '1960',
      '1970',
      '1980',
      '1990',
      '2000',
      '2010',
      '2020',
    ])
  })

  it('axisTicks at a years zoom labels every other year', () => {
    expect(labels('1990-01-01', '2004-12-31', 800)).toEqual([
      '1990',
      '1992',
      '1994',
      '1996',
      '1998',
      '2000',
      '2002',
      '2004',
    ])
  })

  it('axisTicks at a months zoom names months and gives the year on January', () => {
    expect(labels('2024-11-15', '2025-09-01', 1000)).toEqual([
      'Dec 2024',
      '2025',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sept',
    ])
  })

  it('axisTicks at a days zoom labels days, the first with its year', () => {
    expect(labels('2025-08-11', '2025-08-25', 700)).toEqual([
      '12 Aug 2025',
      '14 Aug',
      '16 Aug',
      '18 Aug',
      '20 Aug',
      '22 Aug',
      '24 Aug',
    ])
  })

  it('axisTicks never steps below a day, even on a wide screen', () => {
    const ticks = axisTicks(
      timeScale([utc('2025-08-11'), utc('2025-08-25')], 2560),
      2560,
    )
    expect(ticks.length).toBeLessThanOrEqual(15)
    expect(ticks.every((t) => t.timeMs % 864e5 === 0)).toBe(true)
  })

  it('axisTicks marks the start of each year as major', () => {
    const ticks = axisTicks(
      timeScale([utc('2024-11-15'), utc('2025-03-01')], 600),
      600,
    )
    expect(ticks.filter((t) => t.isMajor).map((t) => t.label)).toEqual(['2025'])
  })
})

describe('tickUnit', () => {
  it('tickUnit(step) reads years, months and days', () => {
    expect(tickUnit(5 * 365 * 864e5)).toBe('year')
    expect(tickUnit(3 * 30 * 864e5)).toBe('month')
    expect(tickUnit(7 * 864e5)).toBe('day')
  })
})
