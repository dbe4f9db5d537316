import { indexPassagesByEvent } from '../events/buildDataset'
import type { Dataset, TimelineEvent } from '../types'

/**
 * How a worker hands a checked result back to the page: the events in chunks, each its own message, then the
 * rest. Receiving one message is one main-thread task (the structured clone is read there), so a 10,000-event
 * dataset in one message would be a task of ~100 ms; in chunks of `EVENTS_PER_MESSAGE` each stays a few ms.
 * The two indexes (`eventsById`, `passagesByEvent`) are rebuilt on the page rather than cloned: a Map of
 * 10,000 entries costs more to clone than to build. Pure: no Worker here, so it is tested without one.
 */

/** Events per message: a chunk's clone is read on the page in ~2–5 ms. */
export const EVENTS_PER_MESSAGE = 500

/** A dataset without its events and the two indexes the page rebuilds from them. */
export type DatasetShell = Omit<
  Dataset,
  'events' | 'eventsById' | 'passagesByEvent'
>

/** What a worker says about request `id`: some events of its dataset, then the outcome. */
export type WorkerMessage =
  | {
      readonly id: number
      readonly type: 'events'
      readonly events: readonly TimelineEvent[]
    }
  | {
      readonly id: number
      readonly type: 'done'
      /** The outcome with its `dataset` removed (the page puts the rebuilt one back). */
      readonly outcome: object
      /** The dataset's other fields, or null when the outcome has no dataset. */
      readonly shell: DatasetShell | null
    }
  /** The worker itself failed (a chunk it needed did not load): the page checks in its own thread instead. */
  | { readonly id: number; readonly type: 'failed'; readonly message: string }

/** An outcome that may carry a dataset: `LoadResult`, or what Open… makes of a reader's files. */
type WithDataset = { readonly dataset?: Dataset }

/** The messages that carry `outcome` for request `id`, in the order they must be posted. */
export function toMessages(
  id: number,
  outcome: object,
  perMessage: number = EVENTS_PER_MESSAGE,
): WorkerMessage[] {
  const { dataset, ...rest } = outcome as WithDataset
  if (!dataset) return [{ id, type: 'done', outcome: rest, shell: null }]
  // Everything but the events and the two lookup tables (rebuilt on the page), so a new field travels too.
  const { events, eventsById, passagesByEvent, ...shell } = dataset
  const messages: WorkerMessage[] = []
  for (let i = 0; i < events.length; i += perMessage)
    messages.push({
      id,
      type: 'events',
      events: events.slice(i, i + perMessage),
    })
  messages.push({ id, type: 'done', outcome: rest, shell })
  return messages
}

/** The page's side: fed each message for one request, it gives the outcome back when the last one arrives. */
export type OutcomeReceiver<T> = {
  /** The outcome once `message` completes it; `{ failed }` when the worker gave up; else null (more to come). */
  readonly receive: (
    message: WorkerMessage,
  ) => { readonly outcome: T } | { readonly failed: string } | null
}

/** Collects the messages of request `id` (others are ignored) and rebuilds the dataset on 'done'. */
export function receiveOutcome<T>(id: number): OutcomeReceiver<T> {
  const events: TimelineEvent[] = []
  return {
    receive(message) {
      if (message.id !== id) return null
      if (message.type === 'failed') return { failed: message.message }
      if (message.type === 'events') {
        for (const event of message.events) events.push(event)
        return null
      }
      const outcome = message.shell
        ? { ...message.outcome, dataset: rebuildDataset(message.shell, events) }
        : message.outcome
      // The worker posted a value of type T with its dataset split off; it is whole again.
      return { outcome: outcome as T }
    },
  }
}

/** The dataset from its shell and its events (already sorted by the worker), with the indexes rebuilt. */
export function rebuildDataset(
  shell: DatasetShell,
  events: readonly TimelineEvent[],
): Dataset {
  const eventsById = new Map<string, TimelineEvent>()
  for (const event of events) eventsById.set(event.id, event)
  return {
    ...shell,
    events,
    eventsById,
    passagesByEvent: indexPassagesByEvent(shell.essay),
  }
}
