import { describe, expect, it } from 'vitest'
import {
  figureFileName,
  filterText,
  MAX_FILE_NAME,
  rangeText,
} from './figureText'

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d)

describe('rangeText(domain)', () => {
  it('writes a long window in years, its exclusive end not counted', () => {
    expect(rangeText([utc(1945), utc(1962)])).toBe('1945–1961')
  })

  it('writes a few years in months, and a short window in days', () => {
    expect(rangeText([utc(1990, 3), utc(1994, 6)])).toBe(
      'March 1990 – June 1994',
    )
    expect(rangeText([utc(2025), utc(2025, 10)])).toBe(
      '1 January – 1 October 2025',
    )
    expect(rangeText([utc(2024, 12, 20), utc(2025, 1, 10)])).toBe(
      '20 December 2024 – 10 January 2025',
    )
  })
})

describe('filterText(options)', () => {
  const base = {
    shown: 68,
    total: 68,
    names: [],
    matchMode: 'any',
    query: '',
  } as const

  it('says every event is shown when nothing filters', () => {
    expect(filterText(base)).toBe('All 68 events')
  })

  it('names the countries, how they combine, and the search', () => {
    expect(filterText({ ...base, shown: 9, names: ['Japan'] })).toBe(
      'Showing 9 of 68 events · involving Japan',
    )
    expect(
      filterText({
        ...base,
        shown: 2,
        names: ['Japan', 'NATO'],
        matchMode: 'all',
        query: ' airlift ',
      }),
    ).toBe(
      'Showing 2 of 68 events · involving all of Japan, NATO · matching “airlift”',
    )
  })

  it('names the groups chosen', () => {
    expect(filterText({ ...base, shown: 4, groups: ['Berlin'] })).toBe(
      'Showing 4 of 68 events · in group Berlin',
    )
    expect(
      filterText({ ...base, shown: 5, names: ['Japan'], groups: ['A', 'B'] }),
    ).toBe('Showing 5 of 68 events · involving Japan · in groups A, B')
  })
})

describe('figureFileName(title, domain, extension, suffix)', () => {
  it('names the file after the title and the years shown', () => {
    expect(
      figureFileName(
        'Trump’s Path to an Imperfect Peace in Ukraine: the precedents',
        [utc(1943, 1, 7), utc(2028, 1, 28)],
        'svg',
      ),
    ).toBe(
      'trumps-path-to-an-imperfect-peace-in-ukraine-the-precedents-1943-2028.svg',
    )
    expect(
      figureFileName('Précédents', [utc(2025), utc(2025, 10)], 'png', 'slide'),
    ).toBe('precedents-2025-slide.png')
    expect(figureFileName('???', [utc(1990), utc(2000)], 'png')).toBe(
      'timeline-1990-1999.png',
    )
  })

  it('cuts a long title at a word, so the name stays within 80 characters', () => {
    const name = figureFileName(
      'A very long title about guarantees, airlifts, memoranda and summits over eighty years of history',
      [utc(1943), utc(2028)],
      'png',
      'slide',
    )
    expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME)
    expect(name).toBe(
      'a-very-long-title-about-guarantees-airlifts-memoranda-and-1943-2027-slide.png',
    )
  })
})
