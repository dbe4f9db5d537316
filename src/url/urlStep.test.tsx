import { act, render } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { useTimelineStore } from '../store/timelineStore'
import { makeDataset, makeEssay, makeEvent } from '../test/fixtures'
import {
  DEFAULT_URL_STATE,
  parseUrlState,
  serializeUrlState,
  URL_PARAMS,
} from './urlState'
import { useUrlSync } from './useUrlSync'

const a = makeEvent({ id: 'a', start: '1948-06-24' })
const b = makeEvent({ id: 'b', start: '1953-10-01' })
// Three guided steps: a, b (p-1), a (p-2).
const dataset = makeDataset([a, b], makeEssay([['a', 'b'], ['a']]))

describe('the guided step in the URL', () => {
  it('URL_PARAMS ends with step, and the default is not guiding', () => {
    expect(URL_PARAMS.at(-1)).toBe('step')
    expect(DEFAULT_URL_STATE.guideStep).toBeNull()
  })

  it('parseUrlState(?step=n) reads the 1-based step as a 0-based index', () => {
    expect(parseUrlState('?step=3', dataset)).toEqual({
      state: { guideStep: 2 },
      notices: [],
    })
    expect(parseUrlState('?step=12').state).toEqual({ guideStep: 11 })
  })

  it('parseUrlState ignores a step that is not a step, with a notice', () => {
    for (const bad of ['0', '4', '-1', '2.5', 'two', '1e2']) {
      expect(parseUrlState(`?step=${bad}`, dataset)).toEqual({
        state: {},
        notices: [
          `Ignored step “${bad}”: it is not a step of the guided reading.`,
        ],
      })
    }
  })

  it('serializeUrlState writes step last and 1-based, and round-trips', () => {
    const search = serializeUrlState({
      eventId: 'b',
      lens: 'aligned',
      guideStep: 1,
    })
    expect(search).toBe('?event=b&lens=aligned&step=2')
    expect(serializeUrlState(parseUrlState(search, dataset).state)).toBe(search)
    expect(serializeUrlState({ guideStep: null })).toBe('')
  })
})

function Harness() {
  useUrlSync()
  return null
}

describe('useUrlSync with the guided reading', () => {
  beforeEach(() => {
    useTimelineStore.setState(useTimelineStore.getInitialState(), true)
    useTimelineStore.setState({ linkNotices: [] })
  })

  it('a URL with ?step= opens the guide at that step and shows its passage', () => {
    window.history.replaceState(null, '', '/?step=3')
    useTimelineStore.getState().loadDataset(dataset)
    render(<Harness />)
    const s = useTimelineStore.getState()
    expect(s.guideStep).toBe(2)
    expect(s.selectedEventId).toBe('a')
    expect(s.passageRequest?.passageId).toBe('p-2')
    expect(location.search).toBe('?event=a&step=3')
  })

  it('steps replace the history entry; stopping removes the step', () => {
    window.history.replaceState(null, '', '/')
    useTimelineStore.getState().loadDataset(dataset)
    render(<Harness />)
    const before = history.length
    act(() => useTimelineStore.getState().startGuide())
    act(() => useTimelineStore.getState().stepGuide(1))
    act(() => useTimelineStore.getState().stepGuide(1))
    expect(history.length).toBe(before)
    expect(location.search).toBe('?event=a&step=3')
    act(() => useTimelineStore.getState().stopGuide())
    expect(location.search).toBe('?event=a')
    expect(history.length).toBe(before)
  })
})
