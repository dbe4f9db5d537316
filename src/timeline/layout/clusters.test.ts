import { describe, expect, it } from 'vitest'
import { makeEvent } from '../../test/fixtures'
import {
  clusterEvents,
  stableOrder,
  type ClusterOptions,
  type GroupSet,
} from './clusters'

const DAY = 864e5
const origin = Date.parse('2025-01-01T00:00:00Z')
/** One px per day from 1 January 2025. */
const options = {
  pxPerMs: 1 / DAY,
  originMs: origin,
  mergePx: 8,
  pointMaxPx: 24,
  openPx: 96,
}
type Events = Parameters<typeof clusterEvents>[0]
/** The groups as lists of events, with their positions. */
const list = (events: Events, set: GroupSet) =>
  Array.from({ length: set.length }, (_, g) => ({
    events: Array.from(
      set.members.subarray(set.start[g]!, set.start[g]! + set.size[g]!),
      (i) => events[i]!,
    ),
    firstPx: set.firstPx[g]!,
    lastPx: set.lastPx[g]!,
    endPx: set.endPx[g]!,
  }))
const groupsOf = (events: Events, opts: ClusterOptions = options) =>
  list(events, clusterEvents(events, opts))
const ids = (groups: ReturnType<typeof list>) =>
  groups.map((g) => g.events.map((e) => e.title))

describe('clusterEvents', () => {
  it('clusterEvents merges starts within mergePx of the first and keeps the rest apart', () => {
    const events = [
      makeEvent({ title: 'a', start: '2025-01-02' }),
      makeEvent({ title: 'b', start: '2025-01-05' }),
      makeEvent({ title: 'c', start: '2025-01-09' }),
      makeEvent({ title: 'd', start: '2025-01-20' }),
    ]
    const groups = groupsOf(events)
    expect(ids(groups)).toEqual([['a', 'b', 'c'], ['d']])
    expect(groups[0]).toMatchObject({ firstPx: 1, lastPx: 8 })
  })

  it('clusterEvents keeps a run of at most keepApartUpTo events as single events, for the lanes to fan out', () => {
    const events = [
      makeEvent({ title: 'a', start: '2025-01-02' }),
      makeEvent({ title: 'b', start: '2025-01-05' }),
      makeEvent({ title: 'c', start: '2025-01-09' }),
      makeEvent({ title: 'd', start: '2025-01-20' }),
    ]
    expect(ids(groupsOf(events, { ...options, keepApartUpTo: 3 }))).toEqual([
      ['a'],
      ['b'],
      ['c'],
      ['d'],
    ])
    expect(ids(groupsOf(events, { ...options, keepApartUpTo: 2 }))).toEqual([
      ['a', 'b', 'c'],
      ['d'],
    ])
  })

  it('clusterEvents does not chain: a long dense run splits every mergePx', () => {
    const events = Array.from({ length: 20 }, (_, i) =>
      makeEvent({
        title: String(i),
        start: `2025-02-${String(i + 1).padStart(2, '0')}`,
      }),
    )
    expect(groupsOf(events).map((g) => g.events.length)).toEqual([8, 8, 4])
  })

  it('clusterEvents never merges a long span, and the cluster around it carries on', () => {
    const events = [
      makeEvent({ title: 'a', start: '2025-03-01' }),
      makeEvent({ title: 'bar', start: '2025-03-02', end: '2025-06-30' }),
      makeEvent({ title: 'b', start: '2025-03-03' }),
    ]
    const groups = groupsOf(events)
    expect(ids(groups)).toEqual([['a', 'b'], ['bar']])
    expect(groups[1]!.endPx).toBe(
      (Date.parse('2025-07-01T00:00:00Z') - origin) / DAY,
    )
  })

  it('clusterEvents draws an ongoing event as an open bar of openPx, not to the as-of date', () => {
    const events = [makeEvent({ start: '2025-01-02', ongoing: true })]
    const [group] = groupsOf(events, { ...options, pxPerMs: 100 / DAY })
    expect(group).toMatchObject({ firstPx: 100, endPx: 196 })
  })

  it('clusterEvents at a coarser scale merges more (level of detail)', () => {
    const events = ['2025-01-02', '2025-03-01', '2025-06-01', '2025-08-01'].map(
      (start) => makeEvent({ start }),
    )
    expect(groupsOf(events)).toHaveLength(4)
    expect(
      groupsOf(events, { ...options, pxPerMs: 1 / (30 * DAY) }),
    ).toHaveLength(1)
  })

  it('clusterEvents puts every event in exactly one group, in time order', () => {
    const events = Array.from({ length: 50 }, (_, i) =>
      makeEvent({
        start: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
      }),
    ).sort((a, b) => a.timeMs - b.timeMs)
    const groups = groupsOf(events)
    expect(groups.flatMap((g) => g.events)).toEqual(events)
  })
})

describe('stableOrder', () => {
  it('stableOrder(n, key) is null when already in order', () => {
    expect(stableOrder(3, Float64Array.of(1, 2, 2))).toBeNull()
  })

  it('stableOrder(n, key) sorts indices by key, keeping ties in place', () => {
    expect([...stableOrder(5, Float64Array.of(3, 1, 2, 1, 0))!]).toEqual([
      4, 1, 3, 2, 0,
    ])
  })
})
