import { act, render } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useTimelineStore } from '../store/timelineStore'
import { makeDataset, makeEvent } from '../test/fixtures'
import { EssayPanel } from './EssayPanel'

const store = useTimelineStore

/** An IntersectionObserver whose callback the test drives by hand. */
class ManualObserver {
  static instances: ManualObserver[] = []
  readonly observed: Element[] = []
  constructor(readonly callback: IntersectionObserverCallback) {
    ManualObserver.instances.push(this)
  }
  observe(el: Element) {
    this.observed.push(el)
  }
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return []
  }
  /** Report these passage ids as crossing (true) or leaving (false) the reading line. */
  report(changes: Record<string, boolean>) {
    const entries = Object.entries(changes).map(([id, isIntersecting]) => ({
      target: this.observed.find((el) => el.id === id)!,
      isIntersecting,
    })) as unknown as IntersectionObserverEntry[]
    act(() => this.callback(entries, this as unknown as IntersectionObserver))
  }
}

const first = makeEvent({ start: '1948-06-24' })
const second = makeEvent({ start: '1951-09-08' })
const third = makeEvent({ start: '1953-10-01' })

beforeEach(() => {
  ManualObserver.instances = []
  // Replaces setup.ts's inert stand-in for this file only (Vitest isolates test files).
  vi.stubGlobal('IntersectionObserver', ManualObserver)
  store.setState(store.getInitialState(), true)
  store.getState().loadDataset(makeDataset([first, second, third]))
})

describe('useActivePassage', () => {
  it('reports the passage crossing the reading line as the reading position', () => {
    render(<EssayPanel />)
    const observer = ManualObserver.instances.at(-1)!
    expect(observer.observed.map((el) => el.id)).toEqual(['p-1', 'p-2', 'p-3'])
    observer.report({ 'p-2': true })
    expect(store.getState().activePassageId).toBe('p-2')
  })

  it('keeps the earlier passage when two share the line, and the last one in a gap', () => {
    render(<EssayPanel />)
    const observer = ManualObserver.instances.at(-1)!
    observer.report({ 'p-3': true, 'p-2': true })
    expect(store.getState().activePassageId).toBe('p-2')
    observer.report({ 'p-2': false, 'p-3': false })
    expect(store.getState().activePassageId).toBe('p-2')
  })

  it('never changes the selection while the reader scrolls', () => {
    render(<EssayPanel />)
    act(() => store.getState().selectEvent(first.id))
    const observer = ManualObserver.instances.at(-1)!
    observer.report({ 'p-3': true })
    expect(store.getState().activePassageId).toBe('p-3')
    expect(store.getState().selectedEventId).toBe(first.id)
    expect(store.getState().currentEventId).toBe(first.id)
  })
})
