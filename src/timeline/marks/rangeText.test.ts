import { describe, expect, it } from 'vitest'
import { makeEvent } from '../../test/fixtures'
import { clusterName, eventName, formatRange, playheadText } from './rangeText'

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`)

describe('formatRange', () => {
  it('formatRange over years names the years', () => {
    expect(formatRange(utc('1990-01-01'), utc('2004-06-01'))).toBe(
      '1990 to 2004',
    )
  })

  it('formatRange over months in one year names the year once', () => {
    expect(formatRange(utc('2025-02-12'), utc('2025-08-24'))).toBe(
      'February to August 2025',
    )
  })

  it('formatRange over months across years names both years', () => {
    expect(formatRange(utc('1994-11-05'), utc('1995-03-01'))).toBe(
      'November 1994 to March 1995',
    )
  })

  it('formatRange over days shares the month and year', () => {
    expect(formatRange(utc('2025-08-03'), utc('2025-08-18'))).toBe(
      '3 to 18 August 2025',
    )
    expect(formatRange(utc('2025-02-28'), utc('2025-03-11'))).toBe(
      '28 February to 11 March 2025',
    )
    expect(formatRange(utc('2025-08-18'), utc('2025-08-18'))).toBe(
      '18 August 2025',
    )
  })

  it('formatRange never claims more precision than it is given', () => {
    expect(formatRange(utc('2007-01-01'), utc('2007-01-01'), 'year')).toBe(
      '2007',
    )
    expect(formatRange(utc('2024-11-01'), utc('2024-11-21'), 'month')).toBe(
      'November 2024',
    )
  })
})

describe('eventName / clusterName', () => {
  it('eventName is the title followed by the date in words', () => {
    const event = makeEvent({
      title: 'Budapest Memorandum on Security Assurances',
      start: '1994-12-05',
    })
    expect(eventName(event)).toBe(
      'Budapest Memorandum on Security Assurances, 5 December 1994',
    )
  })

  it('eventName gives a span and an ongoing event in words', () => {
    expect(
      eventName(
        makeEvent({ title: 'Airlift', start: '1948-06-24', end: '1949-09-30' }),
      ),
    ).toBe('Airlift, 24 June 1948 – 30 September 1949')
    expect(
      eventName(
        makeEvent({ title: 'KFOR', start: '1999-06-12', ongoing: true }),
      ),
    ).toBe('KFOR, since 12 June 1999')
  })

  it('eventName says what each end of a span is when the data does', () => {
    expect(
      eventName(
        makeEvent({
          title: 'Two Plus Four Treaty',
          start: '1990-09-12',
          end: '1991-03-15',
          startLabel: 'signed',
          endLabel: 'in force',
        }),
      ),
    ).toBe(
      'Two Plus Four Treaty, 12 September 1990 (signed) – 15 March 1991 (in force)',
    )
  })

  it('clusterName gives the count and the range of starts', () => {
    const events = ['2025-02-12', '2025-03-11', '2025-08-18'].map((start) =>
      makeEvent({ start }),
    )
    expect(clusterName(events)).toBe('3 events, February to August 2025')
  })

  it('clusterName stays at its least precise member', () => {
    const events = [
      makeEvent({ start: '2024-11' }),
      makeEvent({ start: '2024-11-21' }),
    ]
    expect(clusterName(events)).toBe('2 events, November 2024')
  })
})

describe('eventName with a display date', () => {
  it('eventName words the date as the data does when it gives a display date', () => {
    expect(
      eventName(
        makeEvent({
          title: 'Blockade begins',
          start: '1948-03',
          displayDate: 'Spring 1948',
        }),
      ),
    ).toBe('Blockade begins, Spring 1948')
  })
})

describe('playheadText with a display date', () => {
  it('playheadText on an event with a display date gives that wording', () => {
    const event = makeEvent({ start: '1948-06-20', displayDate: 'Summer 1948' })
    expect(playheadText(event.timeMs, event, 864e5)).toBe('Summer 1948')
    const plain = makeEvent({ start: '1948-06-20' })
    expect(playheadText(plain.timeMs, plain, 864e5)).toBe('20 June 1948')
  })
})
