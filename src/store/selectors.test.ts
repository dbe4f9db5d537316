import { beforeEach, describe, expect, it } from 'vitest'
import { makeDataset, makeEssay, makeEvent } from '../test/fixtures'
import {
  neighbourEvent,
  selectCurrentEvent,
  selectEventIdsForPassage,
  selectPassage,
  selectPassageIdsForEvent,
  selectSelectedEvent,
  selectShownEvents,
  shownIdSet,
} from './selectors'
import { useTimelineStore } from './timelineStore'

const store = useTimelineStore
const state = () => store.getState()
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
const kfor = makeEvent({
  id: 'kfor',
  title: 'Kosovo Force',
  start: '1999-06-12',
  ongoing: true,
  countries: ['XK'],
  organizations: ['NATO'],
})
const events = [kfor, japan, airlift] // out of order on purpose: the dataset sorts

// p-1 cites the airlift, p-2 cites Japan twice and the airlift, p-3 cites the airlift again.
const essay = makeEssay([
  [airlift.id],
  [japan.id, airlift.id, japan.id],
  [airlift.id],
])

beforeEach(() => {
  store.setState(store.getInitialState(), true)
  state().loadDataset(makeDataset(events, essay))
})

describe('selectShownEvents', () => {
  it('selectShownEvents(state) is every event in time order when nothing filters', () => {
    expect(selectShownEvents(state()).map((e) => e.id)).toEqual([
      airlift.id,
      japan.id,
      kfor.id,
    ])
  })

  it('selectShownEvents(state) returns the same array while nothing filters', () => {
    expect(selectShownEvents(state())).toBe(selectShownEvents(state()))
  })

  it('selectShownEvents(state) applies countries (any/all) and organisations', () => {
    state().setFacets(['JP', 'DE'])
    expect(selectShownEvents(state()).map((e) => e.id)).toEqual([
      airlift.id,
      japan.id,
    ])
    state().setMatchMode('all')
    expect(selectShownEvents(state())).toEqual([])
    state().setFacets(['US', 'JP'])
    expect(selectShownEvents(state()).map((e) => e.id)).toEqual([japan.id])
    state().setFacets(['NATO'])
    expect(selectShownEvents(state()).map((e) => e.id)).toEqual([kfor.id])
  })

  it('selectShownEvents(state) searches titles and country names, ignoring case and accents', () => {
    state().setQuery('JAPAN')
    expect(selectShownEvents(state()).map((e) => e.id)).toEqual([japan.id])
    state().setQuery('kosovo')
    expect(selectShownEvents(state()).map((e) => e.id)).toEqual([kfor.id])
  })

  it('selectShownEvents(state) is empty before a dataset is loaded', () => {
    store.setState(store.getInitialState(), true)
    expect(selectShownEvents(state())).toEqual([])
  })

  it('shownIdSet(events) holds each id', () => {
    const ids = shownIdSet(selectShownEvents(state()))
    expect(ids.has(japan.id)).toBe(true)
    expect(ids.size).toBe(3)
  })
})

describe('selectSelectedEvent and selectCurrentEvent', () => {
  it('selectSelectedEvent(state) is the selected event object, or null', () => {
    expect(selectSelectedEvent(state())).toBeNull()
    state().selectEvent(japan.id)
    expect(selectSelectedEvent(state())?.title).toBe('US-Japan Security Treaty')
  })

  it('selectCurrentEvent(state) follows the playhead, not the selection', () => {
    state().selectEvent(airlift.id)
    state().scrubTo(day('1960-01-01'))
    expect(selectCurrentEvent(state())?.id).toBe(japan.id)
    expect(selectSelectedEvent(state())?.id).toBe(airlift.id)
  })
})

describe('passages and events', () => {
  it('selectPassageIdsForEvent(state, id) lists each citing passage once, in essay order', () => {
    expect(selectPassageIdsForEvent(state(), airlift.id)).toEqual([
      'p-1',
      'p-2',
      'p-3',
    ])
    expect(selectPassageIdsForEvent(state(), japan.id)).toEqual(['p-2'])
  })

  it('selectPassageIdsForEvent(state, id) is empty for an uncited event or null', () => {
    expect(selectPassageIdsForEvent(state(), kfor.id)).toEqual([])
    expect(selectPassageIdsForEvent(state(), null)).toEqual([])
  })

  it('selectEventIdsForPassage(state, id) lists each cited event once, in citation order', () => {
    expect(selectEventIdsForPassage(state(), 'p-2')).toEqual([
      japan.id,
      airlift.id,
    ])
    expect(selectEventIdsForPassage(state(), 'p-9')).toEqual([])
  })

  it('selectPassage(state, id) finds the passage or returns null', () => {
    expect(selectPassage(state(), 'p-3')?.index).toBe(3)
    expect(selectPassage(state(), 'p-99')).toBeNull()
    expect(selectPassage(state(), null)).toBeNull()
  })
})

describe('neighbourEvent', () => {
  const shown = () => selectShownEvents(state())

  it('neighbourEvent(events, id, step) steps through time order', () => {
    expect(neighbourEvent(shown(), japan.id, 1)?.id).toBe(kfor.id)
    expect(neighbourEvent(shown(), japan.id, -1)?.id).toBe(airlift.id)
  })

  it('neighbourEvent(events, id, step) is null past either end', () => {
    expect(neighbourEvent(shown(), airlift.id, -1)).toBeNull()
    expect(neighbourEvent(shown(), kfor.id, 1)).toBeNull()
  })

  it('neighbourEvent(events, null, step) starts from the first or last event', () => {
    expect(neighbourEvent(shown(), null, 1)?.id).toBe(airlift.id)
    expect(neighbourEvent(shown(), null, -1)?.id).toBe(kfor.id)
  })
})
