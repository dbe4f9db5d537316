import { beforeEach, describe, expect, it } from 'vitest'
import { useTimelineStore } from '../store/timelineStore'
import { makeDataset, makeEvent } from '../test/fixtures'
import {
  fitDomain,
  parseUrlState,
  serializeUrlState,
  urlStateFromStore,
  withForeignParams,
} from './urlState'

const DAY = 864e5
const treaty = makeEvent({
  id: 'us-japan-treaty',
  start: '1951-09-08',
  countries: ['US', 'JP'],
})
const alliance = makeEvent({
  id: 'nato-founded',
  start: '1949-04-04',
  countries: ['US', 'GB'],
  organizations: ['NATO'],
})
const dataset = makeDataset([treaty, alliance])

describe('parseUrlState', () => {
  it('parseUrlState(full URL) reads every parameter', () => {
    const { state, notices } = parseUrlState(
      '?event=us-japan-treaty&countries=US,JP&match=all&q=treaty&from=1945-01-01&to=1960-12-31&lens=aligned',
      dataset,
    )
    expect(notices).toEqual([])
    expect(state).toEqual({
      eventId: 'us-japan-treaty',
      countries: ['US', 'JP'],
      matchMode: 'all',
      query: 'treaty',
      domain: [Date.UTC(1945, 0, 1), Date.UTC(1961, 0, 1)],
      lens: 'aligned',
    })
  })

  it('parseUrlState reads rows (British spelling too) and names an unknown facet', () => {
    expect(parseUrlState('?rows=country', dataset).state).toEqual({
      rows: 'country',
    })
    expect(parseUrlState('?rows=Organisation', dataset).state).toEqual({
      rows: 'organization',
    })
    expect(parseUrlState('?rows=planet', dataset)).toEqual({
      state: {},
      notices: [
        'Ignored rows “planet”: use “country”, “organization” or “group”.',
      ],
    })
  })

  it('parseUrlState("") is empty, without notices', () => {
    expect(parseUrlState('', dataset)).toEqual({ state: {}, notices: [] })
    expect(parseUrlState('?', dataset)).toEqual({ state: {}, notices: [] })
  })

  it('parseUrlState ignores an unknown event with a notice', () => {
    const { state, notices } = parseUrlState('?event=no-such&q=x', dataset)
    expect(state).toEqual({ query: 'x' })
    expect(notices).toEqual([
      'Ignored event “no-such”: it is not on this timeline.',
    ])
  })

  it('parseUrlState keeps known codes (any case, organisations too) and names the unknown ones', () => {
    const { state, notices } = parseUrlState(
      '?countries=us,ZZ,NATO,,FR,us',
      dataset,
    )
    expect(state).toEqual({ countries: ['US', 'NATO'] })
    expect(notices).toEqual(['Ignored unknown countries: “ZZ”, “FR”.'])
  })

  it('parseUrlState reads each group parameter, keeping the groups the timeline has', () => {
    const grouped = makeDataset([
      makeEvent({ id: 'a', group: 'Berlin, 1948' }),
      makeEvent({ id: 'b', group: 'Japan' }),
    ])
    const { state, notices } = parseUrlState(
      '?group=Berlin%2C%201948&group=Nowhere&group=Japan&group=Japan',
      grouped,
    )
    expect(state).toEqual({ groups: ['Berlin, 1948', 'Japan'] })
    expect(notices).toEqual(['Ignored unknown group: “Nowhere”.'])
  })

  it('serializeUrlState writes one group parameter per group, sorted', () => {
    expect(serializeUrlState({ groups: ['Japan', 'Berlin, 1948'] })).toBe(
      '?group=Berlin,%201948&group=Japan',
    )
    expect(
      parseUrlState('?group=Berlin,%201948&group=Japan').state.groups,
    ).toEqual(['Berlin, 1948', 'Japan'])
  })

  it('parseUrlState without a dataset checks codes against known names only', () => {
    expect(parseUrlState('?countries=FR,SU,NATO,QQ').state).toEqual({
      countries: ['FR', 'SU', 'NATO'],
    })
  })

  it('parseUrlState ignores an impossible date ("1999-02-30") with a notice', () => {
    const { state, notices } = parseUrlState(
      '?from=1999-02-30&to=2000-01-01',
      dataset,
    )
    expect(state.domain?.[0]).toBe(dataset.boundsMs[0])
    expect(notices).toEqual([
      'Ignored from: “1999-02-30” is not a date (February 1999 has no day 30).',
    ])
  })

  it('parseUrlState ignores from after to', () => {
    const { state, notices } = parseUrlState(
      '?from=1960-12-31&to=1945-01-01',
      dataset,
    )
    expect(state).toEqual({})
    expect(notices).toEqual([
      'Ignored from and to: the start “1960-12-31” is not before the end “1945-01-01”.',
    ])
  })

  it('parseUrlState reads year and month precision, to inclusive', () => {
    expect(parseUrlState('?from=1948-06&to=1949').state.domain).toEqual([
      Date.UTC(1948, 5, 1),
      Date.UTC(1950, 0, 1),
    ])
  })

  it('parseUrlState with only from fills the other end from the dataset, and is ignored without one', () => {
    expect(parseUrlState('?from=1950').state).toEqual({})
    expect(parseUrlState('?from=1950', dataset).state.domain).toEqual([
      Date.UTC(1950, 0, 1),
      dataset.boundsMs[1],
    ])
  })

  it('parseUrlState survives garbage', () => {
    const garbage = [
      '?event=&countries=&match=&q=&from=&to=&lens=',
      '?match=some&lens=sideways',
      '?from=yesterday&to=1e99',
      '?%E0%A4%A=%&&&==&q=%ZZ',
      '?event=<script>alert(1)</script>',
      `?q=${'a'.repeat(5000)}`,
      '?utm_source=newsletter&event',
    ]
    for (const search of garbage) {
      expect(() => parseUrlState(search, dataset)).not.toThrow()
      expect(() => parseUrlState(search)).not.toThrow()
    }
    expect(parseUrlState('?match=some&lens=sideways').notices).toEqual([
      'Ignored match “some”: use “any” or “all”.',
      'Ignored lens “sideways”: use “aligned” or “chronological”.',
    ])
    expect(parseUrlState(`?q=${'a'.repeat(5000)}`).state.query).toHaveLength(
      200,
    )
    expect(parseUrlState('?utm_source=newsletter&event')).toEqual({
      state: {},
      notices: [],
    })
  })
})

describe('serializeUrlState', () => {
  it('serializeUrlState writes only non-default values, in a stable order', () => {
    expect(
      serializeUrlState({
        lens: 'aligned',
        query: 'treaty japan',
        countries: ['US', 'JP'],
        matchMode: 'all',
        eventId: 'us-japan-treaty',
        domain: [Date.UTC(1945, 0, 1), Date.UTC(1961, 0, 1)],
      }),
    ).toBe(
      '?event=us-japan-treaty&countries=JP,US&match=all&q=treaty%20japan&from=1945-01-01&to=1960-12-31&lens=aligned',
    )
  })

  it('serializeUrlState(defaults) is empty', () => {
    expect(
      serializeUrlState({
        eventId: null,
        countries: [],
        matchMode: 'any',
        query: '  ',
        domain: null,
        lens: 'chronological',
      }),
    ).toBe('')
  })

  it('serializeUrlState rounds a zoomed domain to the nearest days', () => {
    const from = Date.UTC(1950, 2, 10) - 1000
    const to = Date.UTC(1952, 6, 1) + 3 * 3600e3
    expect(serializeUrlState({ domain: [from, to] })).toBe(
      '?from=1950-03-10&to=1952-06-30',
    )
  })

  it('serializeUrlState leaves out a domain it cannot write as dates', () => {
    expect(serializeUrlState({ domain: [NaN, 0] })).toBe('')
    expect(serializeUrlState({ domain: [0, Infinity] })).toBe('')
  })

  it('serializeUrlState escapes the query', () => {
    expect(serializeUrlState({ query: 'a&b=c #d' })).toBe('?q=a%26b%3Dc%20%23d')
    expect(parseUrlState('?q=a%26b%3Dc%20%23d').state.query).toBe('a&b=c #d')
  })
})

describe('round trip', () => {
  it('serializeUrlState(parseUrlState(s).state) gives back canonical URLs', () => {
    const urls = [
      '?event=us-japan-treaty',
      '?countries=JP,NATO,US&match=all',
      '?q=%C3%A9lys%C3%A9e%20treaty',
      '?from=1945-01-01&to=1960-12-31',
      '?from=1951-09-08&to=1951-09-08',
      '?event=nato-founded&countries=GB&q=alliance&from=1940-02-29&to=2000-12-31&lens=aligned',
      '?countries=JP,US&rows=country',
    ]
    for (const url of urls)
      expect(serializeUrlState(parseUrlState(url, dataset).state)).toBe(url)
  })

  it('a domain survives the round trip to within a day', () => {
    const domain = [Date.UTC(1947, 4, 3, 7), Date.UTC(1955, 10, 20, 18)]
    const back = parseUrlState(
      serializeUrlState({ domain: domain as [number, number] }),
    ).state.domain
    expect(Math.abs((back?.[0] ?? 0) - (domain[0] ?? 0))).toBeLessThan(DAY)
    expect(Math.abs((back?.[1] ?? 0) - (domain[1] ?? 0))).toBeLessThan(DAY)
  })
})

describe('urlStateFromStore', () => {
  beforeEach(() => {
    useTimelineStore.setState(useTimelineStore.getInitialState(), true)
    useTimelineStore.getState().loadDataset(dataset)
  })

  it('urlStateFromStore treats the whole padded extent as the default window', () => {
    const store = useTimelineStore.getState()
    store.setVisibleDomain(dataset.boundsMs)
    expect(urlStateFromStore(useTimelineStore.getState()).domain).toBeNull()
    store.setVisibleDomain([Date.UTC(1949, 0, 1), Date.UTC(1950, 0, 1)])
    expect(urlStateFromStore(useTimelineStore.getState()).domain).toEqual([
      Date.UTC(1949, 0, 1),
      Date.UTC(1950, 0, 1),
    ])
  })

  it('urlStateFromStore reads the selection and filters', () => {
    const store = useTimelineStore.getState()
    store.selectEvent('nato-founded')
    store.setFacets(['US', 'NATO'])
    store.setQuery('pact')
    expect(
      serializeUrlState(urlStateFromStore(useTimelineStore.getState())),
    ).toBe('?event=nato-founded&countries=NATO,US&q=pact')
  })
})

describe('fitDomain', () => {
  it('fitDomain widens a one-day window to two weeks around its middle', () => {
    const day = Date.UTC(1950, 5, 1)
    const [a, b] = fitDomain([day, day + DAY], dataset)
    expect(b - a).toBe(14 * DAY)
    expect((a + b) / 2).toBe(day + DAY / 2)
  })

  it('fitDomain clamps a window into the padded extent', () => {
    const whole = dataset.boundsMs
    expect(
      fitDomain([Date.UTC(1800, 0, 1), Date.UTC(2100, 0, 1)], dataset),
    ).toEqual(whole)
  })
})

describe('withForeignParams', () => {
  it('withForeignParams keeps other parameters after ours and drops our stale ones', () => {
    expect(withForeignParams('?q=a', '?utm_source=x&q=old&event=e')).toBe(
      '?q=a&utm_source=x',
    )
    expect(withForeignParams('', '?utm_source=x&q=old')).toBe('?utm_source=x')
    expect(withForeignParams('?q=a', '')).toBe('?q=a')
  })
})
