import { describe, expect, it } from 'vitest'
import { makeEvent } from '../test/fixtures'
import { filterEvents, foldText, type EventFilter } from './filterEvents'

const usJapan = makeEvent({
  title: 'Security Treaty',
  countries: ['US', 'JP'],
  summary: 'A mutual defence pact.',
})
const japanOnly = makeEvent({
  title: 'San Francisco Peace',
  countries: ['JP'],
  summary: 'Peace with the Allied Powers.',
})
const usKorea = makeEvent({
  title: 'Armistice',
  countries: ['US', 'KR'],
  summary: 'Fighting stops along the line.',
})
const elysee = makeEvent({
  title: 'Élysée Treaty',
  countries: ['FR', 'DE'],
  summary: 'Franco-German friendship.',
})
const nato = makeEvent({
  title: 'Washington Treaty',
  countries: ['US', 'GB'],
  organizations: ['NATO'],
  summary: 'An alliance is founded.',
})
const events = [usJapan, japanOnly, usKorea, elysee, nato]

function filter(overrides: Partial<EventFilter> = {}): EventFilter {
  return {
    facetFilter: new Set(),
    groupFilter: new Set(),
    matchMode: 'any',
    query: '',
    ...overrides,
  }
}

const titles = (list: readonly { title: string }[]) => list.map((e) => e.title)

describe('filterEvents', () => {
  it('filterEvents(events, empty filter) returns the same array', () => {
    expect(filterEvents(events, filter())).toBe(events)
    expect(filterEvents(events, filter({ query: '   ' }))).toBe(events)
  })

  it('filterEvents(events, any of JP, KR) keeps events involving either', () => {
    const result = filterEvents(
      events,
      filter({ facetFilter: new Set(['JP', 'KR']) }),
    )
    expect(titles(result)).toEqual([
      'Security Treaty',
      'San Francisco Peace',
      'Armistice',
    ])
  })

  it('filterEvents(events, all of US, JP) keeps events involving both', () => {
    const result = filterEvents(
      events,
      filter({ facetFilter: new Set(['US', 'JP']), matchMode: 'all' }),
    )
    expect(titles(result)).toEqual(['Security Treaty'])
  })

  it('filterEvents matches organisation codes like country codes', () => {
    expect(
      titles(filterEvents(events, filter({ facetFilter: new Set(['NATO']) }))),
    ).toEqual(['Washington Treaty'])
    expect(
      titles(
        filterEvents(
          events,
          filter({ facetFilter: new Set(['NATO', 'US']), matchMode: 'all' }),
        ),
      ),
    ).toEqual(['Washington Treaty'])
  })

  it('filterEvents searches title, summary, country and organisation names', () => {
    const search = (query: string) =>
      titles(filterEvents(events, filter({ query })))
    expect(search('treaty')).toEqual([
      'Security Treaty',
      'Élysée Treaty',
      'Washington Treaty',
    ])
    expect(search('allied')).toEqual(['San Francisco Peace'])
    expect(search('south korea')).toEqual(['Armistice'])
    expect(search('north atlantic')).toEqual(['Washington Treaty'])
  })

  it('filterEvents ignores accents and case in both the query and the text', () => {
    expect(titles(filterEvents(events, filter({ query: 'ELYSEE' })))).toEqual([
      'Élysée Treaty',
    ])
    expect(titles(filterEvents(events, filter({ query: 'élysée' })))).toEqual([
      'Élysée Treaty',
    ])
  })

  it('filterEvents needs every query word, in any order', () => {
    expect(
      titles(filterEvents(events, filter({ query: 'treaty japan' }))),
    ).toEqual(['Security Treaty'])
    expect(filterEvents(events, filter({ query: 'treaty korea' }))).toEqual([])
  })

  it('filterEvents combines the country filter with the search', () => {
    const result = filterEvents(
      events,
      filter({ facetFilter: new Set(['US']), query: 'treaty' }),
    )
    expect(titles(result)).toEqual(['Security Treaty', 'Washington Treaty'])
  })

  it('filterEvents returns the cached array while its inputs are unchanged', () => {
    const f = filter({ facetFilter: new Set(['JP']) })
    const first = filterEvents(events, f)
    expect(filterEvents(events, { ...f })).toBe(first)
    const other = filterEvents(events, { ...f, query: 'peace' })
    expect(other).not.toBe(first)
    expect(titles(other)).toEqual(['San Francisco Peace'])
  })

  it('filterEvents with a code no event has returns nothing', () => {
    expect(
      filterEvents(events, filter({ facetFilter: new Set(['ZZ']) })),
    ).toEqual([])
  })
})

describe('filterEvents by group', () => {
  const airlift = makeEvent({ title: 'Airlift', group: 'Berlin' })
  const wall = makeEvent({ title: 'Wall', group: 'Berlin', countries: [] })
  const treaty = makeEvent({ title: 'Treaty', group: 'Japan' })
  const loose = makeEvent({ title: 'Loose', group: null })
  const grouped = [airlift, wall, treaty, loose]

  it('filterEvents(events, groups) keeps events in any chosen group', () => {
    expect(
      titles(
        filterEvents(grouped, filter({ groupFilter: new Set(['Berlin']) })),
      ),
    ).toEqual(['Airlift', 'Wall'])
    expect(
      titles(
        filterEvents(
          grouped,
          filter({ groupFilter: new Set(['Berlin', 'Japan']) }),
        ),
      ),
    ).toEqual(['Airlift', 'Wall', 'Treaty'])
  })

  it('filterEvents combines groups with countries: both must pass', () => {
    const result = filterEvents(
      grouped,
      filter({
        groupFilter: new Set(['Berlin']),
        facetFilter: new Set(['US']),
      }),
    )
    // The wall names no country, so a country filter does not match it.
    expect(titles(result)).toEqual(['Airlift'])
  })

  it('filterEvents recomputes when only the group set changes', () => {
    const first = filterEvents(
      grouped,
      filter({ groupFilter: new Set(['Berlin']) }),
    )
    const second = filterEvents(
      grouped,
      filter({ groupFilter: new Set(['Japan']) }),
    )
    expect(titles(first)).toEqual(['Airlift', 'Wall'])
    expect(titles(second)).toEqual(['Treaty'])
  })
})

describe('foldText', () => {
  it('foldText removes accents and lower-cases', () => {
    expect(foldText('Élysée ÇA Ñandú')).toBe('elysee ca nandu')
  })
})
