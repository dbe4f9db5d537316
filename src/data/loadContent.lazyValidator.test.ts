import { describe, expect, it, vi } from 'vitest'
import { RAW_ESSAY, rawEvent } from '../test/fixtures'
import { loadContent } from './loadContent'

/**
 * zod (and so the schema) cannot load in this file: any import of it throws. A valid events.json must load
 * all the same, since the page checks it without zod; only an invalid one needs the validator.
 */
vi.mock('zod/mini', () => {
  throw new Error('zod was imported')
})
vi.mock('zod/locales', () => {
  throw new Error('zod was imported')
})

const event = rawEvent()
const essay = RAW_ESSAY

/** loadContent over a fetch that serves this events.json and the essay (no compiled essay). */
function load(events: Record<string, unknown>) {
  const files: Record<string, string> = {
    'events.json': JSON.stringify({
      title: 'Test',
      asOf: '2025-08-31',
      ...events,
    }),
    'essay.md': essay,
  }
  return loadContent('/data/', async (input: RequestInfo | URL) => {
    const name = String(input).slice(String(input).lastIndexOf('/') + 1)
    const body = files[name]
    return body === undefined
      ? new Response('', { status: 404 })
      : new Response(body, { status: 200 })
  })
}

describe('loadContent without zod', () => {
  it('loadContent(a valid events.json, cases included) loads it without importing zod', async () => {
    const guarantee = {
      kind: 'guarantee',
      label: 'The airlift begins',
      date: '1948-06-24',
      eventId: 'airlift',
    }
    const result = await load({
      events: [event],
      cases: [
        {
          id: 'berlin',
          name: 'Berlin',
          eventIds: ['airlift'],
          milestones: [guarantee],
          guarantee: '1948-06-24',
          resolved: null,
        },
      ],
    })
    expect(result.status).toBe('loaded')
    expect(result.status === 'loaded' && result.dataset.events[0]?.title).toBe(
      'Berlin Airlift',
    )
    expect(result.status === 'loaded' && result.dataset.cases[0]?.name).toBe(
      'Berlin',
    )
  })

  it('loadContent(an invalid events.json) needs the validator, and says so when it cannot load', async () => {
    const result = await load({ events: [{ ...event, start: '1948-13-01' }] })
    expect(result.status === 'invalid' && result.problems).toEqual([
      {
        path: 'events.json',
        message: expect.stringMatching(
          /^is not valid, and the validator that says why did not load \(/,
        ) as unknown,
      },
    ])
  })
})
