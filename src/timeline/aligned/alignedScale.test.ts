import { describe, expect, it } from 'vitest'
import { date } from '../../test/fixtures'
import {
  alignedScale,
  dateExtentYears,
  formatYearsSince,
  formatYearTick,
  MEAN_YEAR_MS,
  timeAtYears,
  yearsSince,
} from './alignedScale'

const DAY_MS = 864e5
const T0 = date('1955-05-06')

describe('alignedScale', () => {
  it('MEAN_YEAR_MS is 365.2425 days', () => {
    expect(MEAN_YEAR_MS).toBe(31_556_952_000)
  })

  it('yearsSince(day) measures 1990-10-03 as 35.41 years after 1955-05-06', () => {
    const years = yearsSince(date('1990-10-03').startMs, T0.startMs)
    expect(years).toBeCloseTo((12_934 * DAY_MS) / MEAN_YEAR_MS, 12)
    expect(years).toBeCloseTo(35.412089, 6)
  })

  it('yearsSince is 0 at T = 0 and negative before it', () => {
    expect(yearsSince(T0.startMs, T0.startMs)).toBe(0)
    expect(yearsSince(date('1945-06-05').startMs, T0.startMs)).toBeCloseTo(
      (-3622 * DAY_MS) / MEAN_YEAR_MS,
      12,
    )
  })

  it('timeAtYears inverts yearsSince to the millisecond', () => {
    for (const iso of [
      '1945-08-18',
      '1990-10-03',
      '2025-08-31',
      '1804-02-29',
    ]) {
      const t = date(iso).startMs
      expect(timeAtYears(yearsSince(t, T0.startMs), T0.startMs)).toBeCloseTo(
        t,
        -1,
      )
    }
  })

  it('dateExtentYears(month) starts at the month and covers all of it', () => {
    const [start, end] = dateExtentYears(date('1948-06'), T0)
    expect(start).toBeCloseTo(-6.926905, 6)
    expect(end).toBeCloseTo(-6.844768, 6)
    expect(end - start).toBeCloseTo(30 / 365.2425, 12)
  })

  it('dateExtentYears(year) covers the whole year, 365 days for 1953', () => {
    const [start, end] = dateExtentYears(date('1953'), T0)
    expect(start).toBeCloseTo((-855 * DAY_MS) / MEAN_YEAR_MS, 12)
    expect(end).toBeCloseTo((-490 * DAY_MS) / MEAN_YEAR_MS, 12)
  })

  it('dateExtentYears(day) covers one day', () => {
    const [start, end] = dateExtentYears(date('1955-05-06'), T0)
    expect(start).toBe(0)
    expect(end).toBeCloseTo(1 / 365.2425, 12)
  })

  it('alignedScale(t0) converts both ways for its case', () => {
    const ukraine = alignedScale(date('2025-08-18'))
    expect(ukraine.toYears(date('2025-08-31').endMs)).toBeCloseTo(
      14 / 365.2425,
      12,
    )
    expect(ukraine.toTime(0)).toBe(Date.UTC(2025, 7, 18))
    expect(ukraine.toYears(ukraine.toTime(-30.7))).toBeCloseTo(-30.7, 12)
    expect(ukraine.extent(date('2025-02'))[0]).toBeCloseTo(
      (Date.UTC(2025, 1, 1) - Date.UTC(2025, 7, 18)) / MEAN_YEAR_MS,
      12,
    )
  })

  it('formatYearsSince counts whole years toward zero', () => {
    expect(formatYearsSince(35.41)).toBe('Year 35 after the guarantee')
    expect(formatYearsSince(-9.92)).toBe('Year 9 before the guarantee')
    expect(formatYearsSince(0.5)).toBe('Year 0 (the guarantee)')
    expect(formatYearsSince(-30.7, 'the prospective guarantee')).toBe(
      'Year 30 before the prospective guarantee',
    )
  })

  it('formatYearTick marks T = 0 and signs the rest', () => {
    expect(formatYearTick(0)).toBe('T = 0')
    expect(formatYearTick(20)).toBe('+20 y')
    expect(formatYearTick(-10)).toBe('\u221210 y')
  })
})
