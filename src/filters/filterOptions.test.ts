import { describe, expect, it } from 'vitest'
import { makeEvent } from '../test/fixtures'
import {
  collapsedOptions,
  countWithoutCountry,
  filterOptions,
  groupOptions,
} from './filterOptions'

const events = [
  makeEvent({ countries: ['US', 'JP'], organizations: ['UN'] }),
  makeEvent({ countries: ['JP'] }),
  makeEvent({ countries: ['US', 'SU'], organizations: ['NATO', 'UN'] }),
  makeEvent({ countries: ['DE', 'US'] }),
  makeEvent({ countries: ['GB'], organizations: ['NATO'] }),
  makeEvent({ countries: ['FR'], organizations: ['EU'] }),
]

describe('filterOptions', () => {
  it('filterOptions(events) counts each code once per event, most frequent first, then by name', () => {
    const { countries } = filterOptions(events)
    expect(countries.map((o) => [o.label, o.count])).toEqual([
      ['United States', 3],
      ['Japan', 2],
      ['France', 1],
      ['Germany', 1],
      ['Soviet Union', 1],
      ['United Kingdom', 1],
    ])
  })

  it('filterOptions(events) labels organisations by code with the full name beside', () => {
    const { organizations } = filterOptions(events)
    expect(organizations).toEqual([
      {
        code: 'NATO',
        kind: 'organization',
        label: 'NATO',
        fullName: 'North Atlantic Treaty Organization',
        count: 2,
      },
      {
        code: 'UN',
        kind: 'organization',
        label: 'UN',
        fullName: 'United Nations',
        count: 2,
      },
      {
        code: 'EU',
        kind: 'organization',
        label: 'EU',
        fullName: 'European Union',
        count: 1,
      },
    ])
  })

  it('filterOptions([]) has no options', () => {
    expect(filterOptions([])).toEqual({ countries: [], organizations: [] })
  })

  it('filterOptions counts a code repeated within one event once', () => {
    const { countries } = filterOptions([
      makeEvent({ countries: ['US', 'US'] }),
    ])
    expect(countries[0]?.count).toBe(1)
  })
})

describe('collapsedOptions', () => {
  const { countries } = filterOptions(events)

  it('collapsedOptions(options, 2, none) keeps the first two', () => {
    expect(
      collapsedOptions(countries, 2, new Set()).map((o) => o.code),
    ).toEqual(['US', 'JP'])
  })

  it('collapsedOptions keeps a checked option from further down, in order', () => {
    expect(
      collapsedOptions(countries, 2, new Set(['GB', 'US'])).map((o) => o.code),
    ).toEqual(['US', 'JP', 'GB'])
  })
})

describe('groupOptions / countWithoutCountry', () => {
  it('groupOptions(events) counts each group, in the order groups first appear', () => {
    const events = [
      makeEvent({ start: '1940-01-01', group: 'War' }),
      makeEvent({ start: '1946-01-01', group: 'Peace' }),
      makeEvent({ start: '1947-01-01', group: 'War' }),
      makeEvent({ start: '1948-01-01', group: null }),
    ]
    expect(groupOptions(events).map((o) => [o.label, o.count, o.kind])).toEqual(
      [
        ['War', 2, 'group'],
        ['Peace', 1, 'group'],
      ],
    )
  })

  it('countWithoutCountry(events) counts the events that name no country', () => {
    expect(
      countWithoutCountry([
        makeEvent({ countries: [] }),
        makeEvent({ countries: ['US'] }),
        makeEvent({ countries: [] }),
      ]),
    ).toBe(2)
  })
})
