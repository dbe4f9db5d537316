import { describe, expect, it } from 'vitest'
import { makeDataset, makeEvent } from '../../test/fixtures'
import {
  receiveOutcome,
  toMessages,
  type WorkerMessage,
} from './streamProtocol'
import type { LoadResult } from '../loadContent'

const events = Array.from({ length: 7 }, (_, i) =>
  makeEvent({ id: `e${i}`, start: `19${50 + i}` }),
)
const dataset = makeDataset(events)
const loaded: LoadResult = {
  status: 'loaded',
  dataset,
  warnings: [{ path: 'essay.md', message: 'a warning' }],
}

/** The messages as a real worker would post them: each one structured-cloned on the way. */
const cloned = (messages: WorkerMessage[]) =>
  messages.map((m) => structuredClone(m))

function deliver<T>(id: number, messages: WorkerMessage[]) {
  const receiver = receiveOutcome<T>(id)
  const answers = messages.map((m) => receiver.receive(m))
  return { last: answers.at(-1), early: answers.slice(0, -1) }
}

describe('toMessages', () => {
  it('toMessages(id, loaded, 3) sends the events in chunks of 3, then the outcome without the dataset', () => {
    const messages = toMessages(4, loaded, 3)
    expect(messages.map((m) => m.type)).toEqual([
      'events',
      'events',
      'events',
      'done',
    ])
    expect(
      messages.map((m) => (m.type === 'events' ? m.events.length : 0)),
    ).toEqual([3, 3, 1, 0])
    const done = messages.at(-1)
    expect(done).toMatchObject({ id: 4, type: 'done' })
    expect(done && 'outcome' in done && done.outcome).not.toHaveProperty(
      'dataset',
    )
    // The indexes are not sent: the page rebuilds them.
    expect(done && 'shell' in done && done.shell).not.toHaveProperty(
      'eventsById',
    )
  })

  it('toMessages(id, outcome) without a dataset is one done message', () => {
    const invalid: LoadResult = {
      status: 'invalid',
      problems: [{ path: 'events[0].start', message: 'is not a date' }],
      warnings: [],
    }
    expect(toMessages(1, invalid)).toEqual([
      { id: 1, type: 'done', outcome: invalid, shell: null },
    ])
  })
})

describe('receiveOutcome', () => {
  it('receiveOutcome gives back an equal outcome, with the dataset and its indexes rebuilt', () => {
    const { early, last } = deliver<LoadResult>(
      9,
      cloned(toMessages(9, loaded, 2)),
    )
    expect(early.every((a) => a === null)).toBe(true)
    expect(last).toEqual({ outcome: loaded })
    const outcome = last && 'outcome' in last ? last.outcome : null
    expect(
      outcome?.status === 'loaded' && outcome.dataset.eventsById.get('e3'),
    ).toBe(outcome?.status === 'loaded' && outcome.dataset.events[3])
    expect(
      outcome?.status === 'loaded' && outcome.dataset.passagesByEvent.get('e2'),
    ).toEqual(['p-3'])
  })

  it('receiveOutcome ignores the messages of other requests', () => {
    const receiver = receiveOutcome<LoadResult>(2)
    for (const m of toMessages(1, loaded, 2))
      expect(receiver.receive(m)).toBeNull()
    expect(receiver.receive(toMessages(2, loaded).at(-1)!)).not.toBeNull()
  })

  it('receiveOutcome passes on a failed worker', () => {
    expect(
      receiveOutcome(3).receive({
        id: 3,
        type: 'failed',
        message: 'chunk did not load',
      }),
    ).toEqual({ failed: 'chunk did not load' })
  })
})
