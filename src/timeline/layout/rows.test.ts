import { describe, expect, it } from 'vitest'
import { makeEvent } from '../../test/fixtures'
import {
  facetRows,
  keysHolding,
  layoutRows,
  markInNextRow,
  markInRow,
  ownItemOf,
  type RowItem,
  type RowsLayout,
} from './rows'

const YEAR_MS = 365.25 * 864e5
/** One year is 100 layout px: events a few years apart stand alone. */
const PX_PER_MS = 100 / YEAR_MS
const ORIGIN = Date.UTC(1940, 0, 1)

const treaty = makeEvent({
  id: 'treaty',
  title: 'Treaty',
  start: '1951-09-08',
  countries: ['US', 'JP'],
})
const armistice = makeEvent({
  id: 'armistice',
  title: 'Armistice',
  start: '1953-07-27',
  countries: ['US', 'KR', 'KP'],
})
const pact = makeEvent({
  id: 'pact',
  title: 'Pact',
  start: '1960-01-19',
  countries: ['JP'],
  organizations: ['UN'],
})
const events = [treaty, armistice, pact]

function items(layout: RowsLayout): RowItem[] {
  return Array.from({ length: layout.length }, (_, k) => layout.item(k))
}

describe('facetRows', () => {
  it('facetRows(events, "country") gives one row per country, most events first, named in English', () => {
    expect(facetRows(events, 'country')).toEqual([
      { key: 'JP', label: 'Japan', count: 2 },
      { key: 'US', label: 'United States', count: 2 },
      { key: 'KP', label: 'North Korea', count: 1 },
      { key: 'KR', label: 'South Korea', count: 1 },
    ])
  })

  it('facetRows keeps only the filtered values of the facet: Japan and South Korea give two rows', () => {
    const rows = facetRows(events, 'country', new Set(['JP', 'KR']))
    expect(rows.map((r) => r.label)).toEqual(['Japan', 'South Korea'])
  })

  it('facetRows leaves out rows with no shown event, and ends with a row for events without the facet', () => {
    expect(facetRows([treaty, pact], 'organization')).toEqual([
      { key: 'UN', label: 'UN', count: 1 },
      { key: '', label: 'No organisation', count: 1 },
    ])
    expect(facetRows([], 'country')).toEqual([])
  })

  it('facetRows(events, "group") reads the group', () => {
    const grouped = [makeEvent({ group: 'Guarantees' }), makeEvent()]
    expect(facetRows(grouped, 'group').map((r) => r.label)).toEqual([
      'Guarantees',
      'No group',
    ])
  })
})

describe('layoutRows', () => {
  const rows = facetRows(events, 'country')
  const layout = layoutRows(events, rows, 'country', PX_PER_MS, ORIGIN)

  it('layoutRows draws an event in each of its rows; the first row holds the real mark, the others copies', () => {
    const ofTreaty = items(layout).filter((i) => i.events[0] === treaty)
    expect(
      ofTreaty.map((i) => [rows[i.rowIndex]!.key, i.key, i.isCopy, i.copyOf]),
    ).toEqual([
      ['JP', 'treaty', false, undefined],
      ['US', 'treaty@US', true, 'treaty'],
    ])
  })

  it('layoutRows puts each row on its own lane, items in left order', () => {
    expect(items(layout).map((i) => [i.key, i.row])).toEqual([
      ['treaty', 0],
      ['treaty@US', 1],
      ['armistice', 1],
      ['armistice@KP', 2],
      ['armistice@KR', 3],
      ['pact', 0],
    ])
    const lefts = [...layout.left]
    expect(lefts).toEqual([...lefts].sort((a, b) => a - b))
  })

  it('layoutRows keeps maxRight a running maximum of the items’ right edges', () => {
    let running = -Infinity
    items(layout).forEach((item, k) => {
      running = Math.max(running, item.right)
      expect(layout.maxRight[k]).toBeGreaterThanOrEqual(running)
    })
  })

  it('keysHolding lists every drawn item with the event, copies included', () => {
    expect([...keysHolding(items(layout), treaty)]).toEqual([
      'treaty',
      'treaty@US',
    ])
  })

  it('ownItemOf prefers the real mark over a copy', () => {
    const all = items(layout)
    expect(ownItemOf(all, treaty)?.key).toBe('treaty')
    expect(ownItemOf(all.slice(1), treaty)?.key).toBe('treaty@US')
  })
})

describe('moving between rows', () => {
  const rows = facetRows(events, 'country')
  const layout = layoutRows(events, rows, 'country', PX_PER_MS, ORIGIN)
  const byKey = (key: string) => items(layout).find((i) => i.key === key)!

  it('markInNextRow goes to the nearest real mark in time in the next row, skipping rows of copies only', () => {
    // From the treaty (Japan): the US row's real mark is the armistice; North Korea's row has only a copy.
    expect(markInNextRow(layout, byKey('treaty'), 1)?.key).toBe('armistice')
    expect(markInNextRow(layout, byKey('armistice'), 1)).toBeNull()
    expect(markInNextRow(layout, byKey('armistice'), -1)?.key).toBe('treaty')
    expect(markInNextRow(layout, byKey('pact'), -1)).toBeNull()
  })

  it('markInRow steps along a row’s real marks', () => {
    expect(markInRow(layout, byKey('treaty'), 1)?.key).toBe('pact')
    expect(markInRow(layout, byKey('pact'), 1)).toBeNull()
    expect(markInRow(layout, byKey('pact'), 'first')?.key).toBe('treaty')
    expect(markInRow(layout, byKey('armistice'), -1)).toBeNull()
  })
})
