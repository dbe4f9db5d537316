import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  dateProblem,
  formatDate,
  formatEventSpan,
  formatSpan,
  formatTime,
  parseDate,
  toIsoDay,
  utcFormat,
} from './dates'
import type { DatePoint } from './types'

const must = (iso: string): DatePoint => {
  const date = parseDate(iso)
  if (!date) throw new Error(`${iso} should parse`)
  return date
}

describe('parseDate', () => {
  it('parseDate("1953") covers the whole year, UTC', () => {
    expect(parseDate('1953')).toEqual({
      iso: '1953',
      precision: 'year',
      startMs: Date.UTC(1953, 0, 1),
      endMs: Date.UTC(1954, 0, 1),
    })
  })

  it('parseDate("1948-06") covers June 1948', () => {
    expect(parseDate('1948-06')).toEqual({
      iso: '1948-06',
      precision: 'month',
      startMs: Date.UTC(1948, 5, 1),
      endMs: Date.UTC(1948, 6, 1),
    })
  })

  it('parseDate("2025-08-18") covers one day', () => {
    expect(parseDate('2025-08-18')).toEqual({
      iso: '2025-08-18',
      precision: 'day',
      startMs: Date.UTC(2025, 7, 18),
      endMs: Date.UTC(2025, 7, 19),
    })
  })

  it('parseDate rolls the end of a period over months and years', () => {
    expect(must('1999-12').endMs).toBe(Date.UTC(2000, 0, 1))
    expect(must('1999-12-31').endMs).toBe(Date.UTC(2000, 0, 1))
  })

  it('parseDate keeps years below 100 (Date.UTC would read 0050 as 1950)', () => {
    const date = must('0050-03')
    expect(new Date(date.startMs).toISOString()).toBe(
      '0050-03-01T00:00:00.000Z',
    )
    expect(new Date(must('0099').endMs).toISOString()).toBe(
      '0100-01-01T00:00:00.000Z',
    )
  })

  it('parseDate accepts 29 February only in leap years', () => {
    expect(parseDate('2024-02-29')?.precision).toBe('day')
    expect(parseDate('2000-02-29')?.precision).toBe('day')
    expect(parseDate('1900-02-29')).toBeNull()
    expect(parseDate('2023-02-29')).toBeNull()
  })

  it.each([
    '1999-02-30',
    '1953-13-01',
    '0000',
    '+275760-09-13',
    '1953-1-1',
    '53',
    '',
    ' 1953',
    '1953-06-00',
    '1953-00',
    '1953/06/01',
    '１９５３',
  ])('parseDate(%j) is null', (iso) => {
    expect(parseDate(iso)).toBeNull()
  })
})

describe('dateProblem', () => {
  it.each([
    ['1999-02-30', '"1999-02-30" is not a date (February 1999 has no day 30)'],
    ['2023-02-29', '"2023-02-29" is not a date (February 2023 has no day 29)'],
    ['1953-06-00', '"1953-06-00" is not a date (June 1953 has no day 00)'],
    ['1953-13-01', '"1953-13-01" is not a date (month 13 does not exist)'],
    ['1953-00', '"1953-00" is not a date (month 00 does not exist)'],
    ['0000', '"0000" is outside the years the format supports (1 to 9999)'],
    [
      '+275760-09-13',
      '"+275760-09-13" is outside the years the format supports (1 to 9999)',
    ],
    [
      'June 1948',
      '"June 1948" is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)',
    ],
  ])('dateProblem(%j)', (iso, message) => {
    expect(dateProblem(iso)).toBe(message)
  })

  it('dateProblem is null for real dates at each precision', () => {
    expect(dateProblem('1953')).toBeNull()
    expect(dateProblem('1948-06')).toBeNull()
    expect(dateProblem('2024-02-29')).toBeNull()
  })

  it('dateProblem quotes a huge or odd input short and safe', () => {
    const message = dateProblem(`x${'9'.repeat(100_000)}`) ?? ''
    expect(message.length).toBeLessThan(150)
    expect(dateProblem('1953\u202e')).toBe(
      '"1953\\u202e" is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)',
    )
  })
})

describe('formatting', () => {
  it('formatDate writes each precision in words', () => {
    expect(formatDate(must('1953'))).toBe('1953')
    expect(formatDate(must('1948-06'))).toBe('June 1948')
    expect(formatDate(must('2025-08-18'))).toBe('18 August 2025')
  })

  it('formatDate words a time of day as written, with its zone', () => {
    expect(formatDate(must('2025-08-15T11:00'))).toBe('15 August 2025, 11:00')
    expect(formatDate(must('2025-08-15T11:00:30Z'))).toBe(
      '15 August 2025, 11:00:30 UTC',
    )
    expect(formatDate(must('0044-03-15T23:30-05:00'))).toBe(
      '15 March 44, 23:30 UTC-05:00',
    )
    expect(formatTime(Date.UTC(2025, 7, 15, 9, 5), 'minute')).toBe(
      '15 August 2025, 09:05',
    )
  })

  it('formatSpan words a span within one day once, and across days in full', () => {
    expect(formatSpan(must('2025-08-15T11:00'), must('2025-08-15T13:30'))).toBe(
      '15 August 2025, 11:00 – 13:30',
    )
    expect(formatSpan(must('1843-06-12T21:30'), must('1843-06-13T04:15'))).toBe(
      '12 June 1843, 21:30 – 13 June 1843, 04:15',
    )
    expect(formatSpan(must('2025-08-15T11:00'), must('2025-08-16'))).toBe(
      '15 August 2025, 11:00 – 16 August 2025',
    )
  })

  it('parseDate places a zoned time in UTC and covers its minute or second', () => {
    const zoned = must('2025-08-15T11:00+02:00')
    expect([zoned.precision, zoned.startMs, zoned.endMs]).toEqual([
      'minute',
      Date.UTC(2025, 7, 15, 9, 0),
      Date.UTC(2025, 7, 15, 9, 1),
    ])
    const second = must('2025-08-15T11:00:30')
    expect(second.endMs - second.startMs).toBe(1000)
  })

  it('formatTime reads UTC, whatever the local zone', () => {
    expect(formatTime(Date.UTC(2025, 7, 18, 23, 59), 'day')).toBe(
      '18 August 2025',
    )
    expect(formatTime(Date.UTC(1948, 5, 1), 'month')).toBe('June 1948')
    expect(formatTime(Date.UTC(1953, 11, 31, 23), 'year')).toBe('1953')
  })

  it('formatSpan writes points, spans, mixed precisions and ongoing events', () => {
    expect(formatSpan(must('1994-12-05'), null)).toBe('5 December 1994')
    expect(formatSpan(must('1948-06-24'), must('1949-09-30'))).toBe(
      '24 June 1948 – 30 September 1949',
    )
    expect(formatSpan(must('1953'), must('1954-06'))).toBe('1953 – June 1954')
    expect(formatSpan(must('1999-06-12'), null, true)).toBe(
      'since 12 June 1999',
    )
    expect(formatSpan(must('2014'), must('2014'))).toBe('2014')
  })

  it('formatEventSpan labels the ends it has labels for, and is formatSpan without', () => {
    const span = (startLabel: string | null, endLabel: string | null) => ({
      start: must('1995-11-21'),
      end: must('1995-12-14'),
      ongoing: false,
      startLabel,
      endLabel,
    })
    expect(formatEventSpan(span('initialled', 'signed'))).toBe(
      '21 November 1995 (initialled) – 14 December 1995 (signed)',
    )
    expect(formatEventSpan(span(null, 'signed'))).toBe(
      '21 November 1995 – 14 December 1995 (signed)',
    )
    expect(formatEventSpan(span(null, null))).toBe(
      '21 November 1995 – 14 December 1995',
    )
    expect(
      formatEventSpan({
        start: must('1960-01-19'),
        end: null,
        ongoing: true,
        startLabel: 'signed',
        endLabel: null,
      }),
    ).toBe('since 19 January 1960 (signed)')
  })

  it('toIsoDay gives the UTC day of a time', () => {
    expect(toIsoDay(Date.UTC(2025, 7, 18, 23, 59))).toBe('2025-08-18')
    expect(toIsoDay(Date.UTC(1948, 5, 1))).toBe('1948-06-01')
  })
})

describe('dates against the Date object', () => {
  it('dateProblem and parseDate agree with Date on any year, month and day (proleptic Gregorian, UTC)', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0')
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
          // setUTCFullYear, unlike Date.UTC, keeps years below 100 as they are.
          const date = new Date(0)
          date.setUTCFullYear(year, month - 1, day)
          const isReal = month >= 1 && month <= 12 && date.getUTCDate() === day
          expect(dateProblem(iso) === null).toBe(isReal)
          expect(parseDate(iso)?.startMs).toBe(
            isReal ? date.getTime() : undefined,
          )
        },
      ),
      { numRuns: 5000 },
    )
  })
})

describe('utcFormat(options)', () => {
  it('formats in UTC, en-GB, building its Intl.DateTimeFormat once, on first use', () => {
    const Original = Intl.DateTimeFormat
    let built = 0
    class Counted extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args)
        built += 1
      }
    }
    Object.defineProperty(Intl, 'DateTimeFormat', { value: Counted })
    try {
      const format = utcFormat({
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      })
      expect(built).toBe(0)
      // 23:30 UTC is already the next day east of Greenwich: UTC keeps it on the 24th.
      expect(format(Date.UTC(1948, 5, 24, 23, 30))).toBe('24 June 1948')
      expect(format(new Date(Date.UTC(1953, 9, 1)))).toBe('1 October 1953')
      expect(built).toBe(1)
    } finally {
      Object.defineProperty(Intl, 'DateTimeFormat', { value: Original })
    }
  })
})
