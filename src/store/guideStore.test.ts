import { beforeEach, describe, expect, it } from 'vitest'
import { useTimelineStore } from './timelineStore'
import { makeDataset, makeEssay, makeEvent } from '../test/fixtures'

const store = useTimelineStore
const a = makeEvent({ id: 'a', start: '1948-06-24' })
const b = makeEvent({ id: 'b', start: '1953-10-01' })
const c = makeEvent({ id: 'c', start: '1994-12-05' })
// p-1 cites a then b, p-2 nothing, p-3 cites c then a again.
const dataset = makeDataset([a, b, c], makeEssay([['a', 'b'], [], ['c', 'a']]))

beforeEach(() => {
  store.setState(store.getInitialState(), true)
  store.getState().loadDataset(dataset)
})

describe('guided reading in the store', () => {
  it('startGuide() selects the first cited event and requests its passage', () => {
    store.getState().startGuide()
    const s = store.getState()
    expect(s.guideStep).toBe(0)
    expect(s.selectedEventId).toBe('a')
    expect(s.scrubTimeMs).toBe(a.timeMs)
    expect(s.passageRequest).toEqual({
      passageId: 'p-1',
      seq: 1,
      takesFocus: false,
    })
  })

  it('startGuide(passage) starts at that passage’s first citation, or the next one', () => {
    store.getState().startGuide('p-2')
    expect(store.getState().guideStep).toBe(2)
    expect(store.getState().selectedEventId).toBe('c')
    expect(store.getState().passageRequest?.passageId).toBe('p-3')
  })

  it('stepGuide(1) and stepGuide(-1) move one citation and stop at the ends', () => {
    store.getState().startGuide()
    store.getState().stepGuide(1)
    expect(store.getState().selectedEventId).toBe('b')
    store.getState().stepGuide(1)
    store.getState().stepGuide(1)
    expect(store.getState().guideStep).toBe(3)
    expect(store.getState().selectedEventId).toBe('a')
    expect(store.getState().passageRequest?.passageId).toBe('p-3')
    store.getState().stepGuide(1)
    expect(store.getState().guideStep).toBe(3)
    store.getState().goToGuideStep(0)
    store.getState().stepGuide(-1)
    expect(store.getState().guideStep).toBe(0)
  })

  it('stepGuide(1) before starting begins at the reader’s passage', () => {
    store.getState().setActivePassage('p-3')
    store.getState().stepGuide(1)
    expect(store.getState().guideStep).toBe(2)
  })

  it('each step is one store write, so subscribers see selection and step together', () => {
    const seen: [string | null, number | null][] = []
    const unsubscribe = store.subscribe((s) =>
      seen.push([s.selectedEventId, s.guideStep]),
    )
    store.getState().startGuide()
    store.getState().stepGuide(1)
    unsubscribe()
    expect(seen).toEqual([
      ['a', 0],
      ['b', 1],
    ])
  })

  it('stopGuide() ends the guide and keeps the selection', () => {
    store.getState().startGuide()
    store.getState().stopGuide()
    expect(store.getState().guideStep).toBeNull()
    expect(store.getState().selectedEventId).toBe('a')
  })

  it('goToGuideStep(index) clamps to the steps', () => {
    store.getState().goToGuideStep(99)
    expect(store.getState().guideStep).toBe(3)
    store.getState().goToGuideStep(-5)
    expect(store.getState().guideStep).toBe(0)
  })

  it('does nothing without a dataset or without citations', () => {
    store.setState(store.getInitialState(), true)
    store.getState().startGuide()
    store.getState().stepGuide(1)
    expect(store.getState().guideStep).toBeNull()
    store.getState().loadDataset(makeDataset([a], makeEssay([[]])))
    store.getState().startGuide()
    expect(store.getState().guideStep).toBeNull()
  })
})

describe('the aligned playhead in the store', () => {
  it('scrubToYears(years, id) rests on the event and moves the time playhead to it', () => {
    store.getState().scrubToYears(35.4, 'c')
    const s = store.getState()
    expect(s.scrubYears).toBe(35.4)
    expect(s.currentEventId).toBe('c')
    expect(s.scrubTimeMs).toBe(c.timeMs)
    expect(s.selectedEventId).toBeNull()
  })

  it('selecting or scrubbing by time hands the playhead back to the events', () => {
    store.getState().scrubToYears(3, 'a')
    store.getState().selectEvent('b')
    expect(store.getState().scrubYears).toBeNull()
    store.getState().scrubToYears(3, null)
    expect(store.getState().currentEventId).toBeNull()
    store.getState().scrubTo(c.timeMs)
    expect(store.getState().scrubYears).toBeNull()
  })
})
