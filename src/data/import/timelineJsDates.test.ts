import { describe, expect, it } from 'vitest'
import { convertTimelineJsDate } from './timelineJsDates'

function iso(value: unknown): string {
  const result = convertTimelineJsDate(value)
  return result.ok ? result.iso : `refused: ${result.why}`
}

describe('convertTimelineJsDate(value)', () => {
  it('keeps the precision the object gives', () => {
    expect(iso({ year: 1953 })).toBe('1953')
    expect(iso({ year: '1953', month: '7' })).toBe('1953-07')
    expect(iso({ year: 1953, month: 7, day: 27 })).toBe('1953-07-27')
    expect(iso({ year: 45, month: 3, day: '' })).toBe('0045-03')
  })

  it('keeps a time of day to the second, and drops milliseconds saying so', () => {
    expect(iso({ year: 2025, month: 8, day: 15, hour: 11 })).toBe(
      '2025-08-15T11:00',
    )
    expect(
      iso({ year: '2025', month: '8', day: '15', hour: '9', minute: '5' }),
    ).toBe('2025-08-15T09:05')
    expect(
      convertTimelineJsDate({
        year: 2025,
        month: 8,
        day: 15,
        hour: 11,
        minute: 0,
        second: 30,
        millisecond: 250,
      }),
    ).toEqual({ ok: true, iso: '2025-08-15T11:00:30', droppedMs: true })
    expect(convertTimelineJsDate({ year: 2025 })).toEqual({
      ok: true,
      iso: '2025',
      droppedMs: false,
    })
    // A time needs a day to belong to.
    expect(iso({ year: 2025, month: 8, hour: 11 })).toBe('2025-08')
    expect(iso({ year: 2025, month: 8, day: 15, hour: 25 })).toMatch(
      /is not a time of day/,
    )
  })

  it('tells a blank date (an end left empty) from an unreadable one', () => {
    expect(
      convertTimelineJsDate({ year: '', month: '', day: '' }),
    ).toMatchObject({ ok: false, reason: 'empty' })
    expect(convertTimelineJsDate(undefined)).toMatchObject({
      ok: false,
      reason: 'empty',
    })
    expect(convertTimelineJsDate({ year: -5 })).toMatchObject({
      ok: false,
      reason: 'range',
    })
  })

  it('refuses what is not a real date, with the reason', () => {
    expect(iso({ year: 1999, month: 2, day: 30 })).toBe(
      'refused: "1999-02-30" is not a date (February 1999 has no day 30)',
    )
    expect(iso({ year: 0 })).toBe('refused: year 0 is outside 1–9999')
    expect(iso({ year: -44 })).toBe('refused: year -44 is outside 1–9999')
    expect(iso({ year: 275760, month: 9, day: 13 })).toBe(
      'refused: year 275760 is outside 1–9999',
    )
    expect(iso({ year: 2000, month: 13 })).toMatch(/month 13 does not exist/)
    expect(iso({ year: 2000, day: 3 })).toBe(
      'refused: it has a day but no month',
    )
    expect(iso({ month: 3 })).toBe('refused: it has no year')
    expect(iso({})).toBe('refused: it has no date')
    expect(iso({ year: 'MCMLIII' })).toMatch(/not a whole number/)
    expect(iso({ year: 1953.5 })).toMatch(/not a whole number/)
    expect(iso('1953')).toBe('refused: "1953" is not a date object')
    expect(iso(null)).toBe('refused: null is not a date object')
  })
})
