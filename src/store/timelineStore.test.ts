import { beforeEach, describe, expect, it } from 'vitest'
import { makeDataset, makeEssay, makeEvent } from '../test/fixtures'
import { useTimelineStore } from './timelineStore'

const store = useTimelineStore

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`)

const airlift = makeEvent({
  id: 'berlin-airlift',
  title: 'Berlin Airlift',
  start: '1948-06-24',
  end: '1949-09-30',
  countries: ['US', 'GB', 'DE'],
})
const japan = makeEvent({
  id: 'us-japan-treaty',
  title: 'US-Japan Security Treaty',
  start: '1951-09-08',
  countries: ['US', 'JP'],
})
const korea = makeEvent({
  id: 'us-korea-treaty',
  title: 'US-Korea Mutual Defense Treaty',
  start: '1953-10-01',
  countries: ['US', 'KR'],
})
const budapest = makeEvent({
  id: 'budapest-memorandum',
  title: 'Budapest Memorandum',
  start: '1994-12-05',
  countries: ['UA', 'US', 'GB', 'RU'],
})
const events = [airlift, japan, korea, budapest]

beforeEach(() => {
  store.setState(store.getInitialState(), true)
  store
    .getState()
    .loadDataset(
      makeDataset(
        events,
        makeEssay([[airlift.id], [japan.id, korea.id], [korea.id]]),
      ),
    )
})

describe('loadDataset', () => {
  it('loadDataset(dataset) replaces the dataset and resets the view state', () => {
    store.getState().selectEvent(korea.id)
    store.getState().toggleFacet('JP')
    store.getState().setQuery('treaty')
    const next = makeDataset([budapest])
    store.getState().loadDataset(next)
    const s = store.getState()
    expect(s.dataset).toBe(next)
    expect(s.selectedEventId).toBeNull()
    expect(s.currentEventId).toBeNull()
    expect(s.visibleDomain).toBeNull()
    expect(s.facetFilter.size).toBe(0)
    expect(s.query).toBe('')
  })

  it('loadDataset(dataset) gives each load a fresh filter set', () => {
    const before = store.getState().facetFilter
    store.getState().loadDataset(makeDataset(events))
    expect(store.getState().facetFilter).not.toBe(before)
  })
})

describe('selectEvent', () => {
  it('selectEvent(id) selects the event and moves the playhead onto it', () => {
    store.getState().selectEvent(korea.id)
    const s = store.getState()
    expect(s.selectedEventId).toBe(korea.id)
    expect(s.currentEventId).toBe(korea.id)
    expect(s.scrubTimeMs).toBe(day('1953-10-01'))
  })

  it('selectEvent(id) keeps the visible window when the event is already in it', () => {
    const domain = [day('1950-01-01'), day('1960-01-01')] as const
    store.getState().setVisibleDomain(domain)
    store.getState().selectEvent(korea.id)
    expect(store.getState().visibleDomain).toEqual(domain)
  })

  it('selectEvent(id) pans the visible window to reveal an event outside it', () => {
    store.getState().setVisibleDomain([day('1948-01-01'), day('1952-01-01')])
    store.getState().selectEvent(budapest.id)
    const [start, end] = store.getState().visibleDomain ?? [0, 0]
    expect(start).toBeLessThanOrEqual(budapest.timeMs)
    expect(end).toBeGreaterThanOrEqual(budapest.timeMs)
    // Same width as before: revealing pans, it does not zoom out.
    expect(end - start).toBe(day('1952-01-01') - day('1948-01-01'))
  })

  it('selectEvent(id) stays inside the padded extent', () => {
    const [min, max] = store.getState().dataset!.boundsMs
    store.getState().setVisibleDomain([day('1960-01-01'), day('1962-01-01')])
    store.getState().selectEvent(budapest.id)
    const [start, end] = store.getState().visibleDomain ?? [0, 0]
    expect(start).toBeGreaterThanOrEqual(min)
    expect(end).toBeLessThanOrEqual(max)
  })

  it('selectEvent(null) clears the selection but keeps the playhead', () => {
    store.getState().selectEvent(korea.id)
    store.getState().selectEvent(null)
    const s = store.getState()
    expect(s.selectedEventId).toBeNull()
    expect(s.currentEventId).toBe(korea.id)
  })

  it('selectEvent(unknown id) clears the selection instead of keeping a dangling id', () => {
    store.getState().selectEvent(korea.id)
    store.getState().selectEvent('no-such-event')
    expect(store.getState().selectedEventId).toBeNull()
  })

  it('selectEvent(id) before any dataset is loaded selects nothing', () => {
    store.setState(store.getInitialState(), true)
    store.getState().selectEvent(korea.id)
    expect(store.getState().selectedEventId).toBeNull()
  })
})

describe('reading position and selection are separate', () => {
  it('setActivePassage(id) never changes the selection, playhead or window', () => {
    store.getState().selectEvent(airlift.id)
    const before = store.getState()
    store.getState().setActivePassage('p-3')
    const after = store.getState()
    expect(after.activePassageId).toBe('p-3')
    expect(after.selectedEventId).toBe(airlift.id)
    expect(after.currentEventId).toBe(before.currentEventId)
    expect(after.scrubTimeMs).toBe(before.scrubTimeMs)
    expect(after.visibleDomain).toBe(before.visibleDomain)
  })

  it('selectEvent(id) leaves the reading position where it is', () => {
    store.getState().setActivePassage('p-2')
    store.getState().selectEvent(budapest.id)
    expect(store.getState().activePassageId).toBe('p-2')
  })

  it('scrubTo(time) moves the playhead without selecting', () => {
    store.getState().selectEvent(airlift.id)
    store.getState().scrubTo(day('1995-01-01'))
    expect(store.getState().selectedEventId).toBe(airlift.id)
    expect(store.getState().currentEventId).toBe(budapest.id)
  })
})

describe('showPassage', () => {
  it('showPassage(id) records a request, distinct each time even for the same passage', () => {
    store.getState().showPassage('p-2')
    const first = store.getState().passageRequest
    store.getState().showPassage('p-2')
    const second = store.getState().passageRequest
    expect(first?.passageId).toBe('p-2')
    expect(second?.passageId).toBe('p-2')
    expect(second?.seq).not.toBe(first?.seq)
  })

  it('showPassage(id) does not touch the selection', () => {
    store.getState().selectEvent(korea.id)
    store.getState().showPassage('p-1')
    expect(store.getState().selectedEventId).toBe(korea.id)
  })
})

describe('hoverEvent', () => {
  it('hoverEvent(id) sets and clears the hovered event only', () => {
    store.getState().hoverEvent(japan.id)
    expect(store.getState().hoveredEventId).toBe(japan.id)
    expect(store.getState().selectedEventId).toBeNull()
    store.getState().hoverEvent(null)
    expect(store.getState().hoveredEventId).toBeNull()
  })
})

describe('scrubTo', () => {
  it('scrubTo(time) picks the latest event starting at or before the time', () => {
    store.getState().scrubTo(day('1952-06-01'))
    expect(store.getState().currentEventId).toBe(japan.id)
    expect(store.getState().scrubTimeMs).toBe(day('1952-06-01'))
  })

  it('scrubTo(time) on an event start picks that event', () => {
    store.getState().scrubTo(day('1953-10-01'))
    expect(store.getState().currentEventId).toBe(korea.id)
  })

  it('scrubTo(time) before the first shown event rests on no event', () => {
    store.getState().scrubTo(day('1900-01-01'))
    expect(store.getState().currentEventId).toBeNull()
    expect(store.getState().scrubTimeMs).toBe(day('1900-01-01'))
  })

  it('scrubTo(time) skips events hidden by the filters', () => {
    store.getState().setFacets(['UA'])
    store.getState().scrubTo(day('2000-01-01'))
    expect(store.getState().currentEventId).toBe(budapest.id)
    store.getState().setFacets(['JP'])
    store.getState().scrubTo(day('1960-01-01'))
    expect(store.getState().currentEventId).toBe(japan.id)
  })

  it('scrubTo(time) finds no event when the filters hide them all', () => {
    store.getState().setQuery('no event says this')
    store.getState().scrubTo(day('2000-01-01'))
    expect(store.getState().currentEventId).toBeNull()
  })

  it('scrubTo(null) lifts the playhead', () => {
    store.getState().scrubTo(day('2000-01-01'))
    store.getState().scrubTo(null)
    expect(store.getState().scrubTimeMs).toBeNull()
    expect(store.getState().currentEventId).toBeNull()
  })

  it('scrubToEvent(id) puts the playhead on the event without selecting it', () => {
    store.getState().scrubToEvent(japan.id)
    const s = store.getState()
    expect(s.currentEventId).toBe(japan.id)
    expect(s.scrubTimeMs).toBe(japan.timeMs)
    expect(s.selectedEventId).toBeNull()
  })

  it('scrubToEvent(unknown id) changes nothing', () => {
    store.getState().scrubToEvent(japan.id)
    store.getState().scrubToEvent('no-such-event')
    expect(store.getState().currentEventId).toBe(japan.id)
  })
})

describe('filters', () => {
  it('toggleFacet(code) adds then removes a code, replacing the set each time', () => {
    const initial = store.getState().facetFilter
    store.getState().toggleFacet('JP')
    const added = store.getState().facetFilter
    expect([...added]).toEqual(['JP'])
    expect(added).not.toBe(initial)
    store.getState().toggleFacet('JP')
    expect(store.getState().facetFilter.size).toBe(0)
    expect(added.has('JP')).toBe(true) // the earlier set was not mutated
  })

  it('setFacets(codes) replaces the filter', () => {
    store.getState().toggleFacet('JP')
    store.getState().setFacets(['KR', 'UA'])
    expect([...store.getState().facetFilter].sort()).toEqual(['KR', 'UA'])
  })

  it('clearFilters() empties the countries and query and restores "any"', () => {
    store.getState().setFacets(['KR'])
    store.getState().setMatchMode('all')
    store.getState().setQuery('treaty')
    store.getState().clearFilters()
    const s = store.getState()
    expect(s.facetFilter.size).toBe(0)
    expect(s.query).toBe('')
    expect(s.matchMode).toBe('any')
  })

  it('toggleGroup(group) adds then removes a group, replacing the set each time', () => {
    store.getState().toggleGroup('Berlin')
    const added = store.getState().groupFilter
    expect([...added]).toEqual(['Berlin'])
    store.getState().toggleGroup('Berlin')
    expect(store.getState().groupFilter.size).toBe(0)
    expect(added.has('Berlin')).toBe(true)
  })

  it('clearFilters() and loadDataset() empty the groups too', () => {
    store.getState().setGroups(['Berlin', 'Japan'])
    store.getState().clearFilters()
    expect(store.getState().groupFilter.size).toBe(0)
    store.getState().setGroups(['Berlin'])
    store.getState().loadDataset(makeDataset([airlift]))
    expect(store.getState().groupFilter.size).toBe(0)
  })

  it('filters never change the selection', () => {
    store.getState().selectEvent(airlift.id)
    store.getState().setFacets(['JP'])
    store.getState().setQuery('treaty')
    expect(store.getState().selectedEventId).toBe(airlift.id)
  })
})

describe('setVisibleDomain and setLens', () => {
  it('setVisibleDomain(domain) stores the window and null restores the whole extent', () => {
    store.getState().setVisibleDomain([1, 2])
    expect(store.getState().visibleDomain).toEqual([1, 2])
    store.getState().setVisibleDomain(null)
    expect(store.getState().visibleDomain).toBeNull()
  })

  it('setLens(lens) switches the layout', () => {
    store.getState().setLens('aligned')
    expect(store.getState().lens).toBe('aligned')
  })
})

describe('selectEvent with the citation that opened it', () => {
  it('selectEvent(id, citationId) remembers the citation; another selection forgets it', () => {
    store.getState().selectEvent(japan.id, 'c-2')
    expect(store.getState().selectedCitationId).toBe('c-2')
    store.getState().selectEvent(korea.id)
    expect(store.getState()).toMatchObject({
      selectedEventId: korea.id,
      selectedCitationId: null,
    })
    store.getState().selectEvent(japan.id, 'c-2')
    store.getState().selectEvent(null)
    expect(store.getState().selectedCitationId).toBeNull()
  })

  it('a guided step opens its event from its citation', () => {
    store.getState().goToGuideStep(2)
    expect(store.getState()).toMatchObject({
      selectedEventId: korea.id,
      selectedCitationId: 'c-3',
    })
  })
})

describe('setAboutOpen', () => {
  it('setAboutOpen(true/false) opens and closes the edition dialog', () => {
    expect(store.getState().isAboutOpen).toBe(false)
    store.getState().setAboutOpen(true)
    expect(store.getState().isAboutOpen).toBe(true)
    store.getState().setAboutOpen(false)
    expect(store.getState().isAboutOpen).toBe(false)
  })
})
