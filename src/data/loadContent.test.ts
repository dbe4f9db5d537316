import { describe, expect, it, vi } from 'vitest'
import { compileEssay } from './essay/compiledEssay'
import { loadContent } from './loadContent'
import { parseEssay } from './essay/parseEssay'
import { RAW_ESSAY, rawEventsFile } from '../test/fixtures'

const eventsJson = JSON.stringify(rawEventsFile())
const essay = RAW_ESSAY

type Reply = Response | Error
/** A fetch that answers each file name with a prepared reply and records the URLs asked for. */
function fakeFetch(replies: Record<string, () => Reply>) {
  return vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input)
    const reply = replies[url.slice(url.lastIndexOf('/') + 1)]?.()
    if (!reply)
      return new Response('missing', { status: 404, statusText: 'Not Found' })
    if (reply instanceof Error) throw reply
    return reply
  })
}

const ok =
  (body: string, type = 'text/plain') =>
  () =>
    new Response(body, { status: 200, headers: { 'content-type': type } })

describe('loadContent', () => {
  it('loadContent fetches both files from the base URL and validates them', async () => {
    const fetchImpl = fakeFetch({
      'events.json': ok(eventsJson),
      'essay.md': ok(essay),
    })
    const result = await loadContent('/base/data', fetchImpl)
    expect(fetchImpl.mock.calls.map(([url]) => url).sort()).toEqual([
      '/base/data/essay.compiled.json',
      '/base/data/essay.md',
      '/base/data/events.json',
    ])
    expect(result.status).toBe('loaded')
    expect(result.status === 'loaded' && result.dataset.events[0]?.id).toBe(
      'airlift',
    )
  })

  it('loadContent takes the essay from its compiled file when that was compiled from this essay.md', async () => {
    const parsed = parseEssay(essay)
    if (!parsed.ok) throw new Error('fixture essay does not parse')
    // A title the Markdown does not have shows which of the two was used.
    const compiled = compileEssay(essay, {
      ...parsed,
      value: { ...parsed.value, title: 'Title from the compiled file' },
    })
    const load = (markdown: string, compiledText: string) =>
      loadContent(
        '/data/',
        fakeFetch({
          'events.json': ok(eventsJson),
          'essay.md': ok(markdown),
          'essay.compiled.json': ok(compiledText, 'application/json'),
        }),
      )
    const titleOf = (result: Awaited<ReturnType<typeof loadContent>>) =>
      result.status === 'loaded' ? result.dataset.essay.title : result.status

    expect(titleOf(await load(essay, JSON.stringify(compiled)))).toBe(
      'Title from the compiled file',
    )
    // essay.md edited since the build: the compiled file is stale and the Markdown is parsed.
    expect(
      titleOf(
        await load(
          essay.replace('# Essay', '# Edited'),
          JSON.stringify(compiled),
        ),
      ),
    ).toBe('Edited')
    // A truncated compiled file is ignored, not reported: essay.md is the source.
    expect(
      titleOf(await load(essay, JSON.stringify(compiled).slice(0, 80))),
    ).toBe('Essay')
  })

  it('loadContent names a file that is not found, with the HTTP status', async () => {
    const result = await loadContent(
      '/data/',
      fakeFetch({ 'essay.md': ok(essay) }),
    )
    expect(result).toEqual({
      status: 'unavailable',
      problems: [
        {
          path: 'events.json',
          message: 'Could not load events.json: HTTP 404 Not Found',
        },
      ],
    })
  })

  it('loadContent names every file that failed, and why', async () => {
    const result = await loadContent(
      '/data/',
      fakeFetch({
        'events.json': () => new Response('', { status: 500, statusText: '' }),
        'essay.md': () => new TypeError('Failed to fetch'),
      }),
    )
    expect(
      result.status === 'unavailable' && result.problems.map((p) => p.message),
    ).toEqual([
      'Could not load events.json: HTTP 500',
      'Could not load essay.md: network error (Failed to fetch)',
    ])
  })

  it('loadContent spots a web page served in place of a missing file', async () => {
    const page = ok(
      '<!doctype html><html><body>app</body></html>',
      'text/html; charset=utf-8',
    )
    const result = await loadContent(
      '/data/',
      fakeFetch({ 'events.json': page, 'essay.md': ok(essay) }),
    )
    expect(result.status === 'unavailable' && result.problems[0]?.message).toBe(
      'Could not load events.json: the server sent a web page instead of the file (is it missing?)',
    )
  })

  it('loadContent reports malformed JSON as a content problem', async () => {
    const result = await loadContent(
      '/data/',
      fakeFetch({ 'events.json': ok('{'), 'essay.md': ok(essay) }),
    )
    expect(result.status).toBe('invalid')
    expect(result.status === 'invalid' && result.problems[0]?.path).toBe(
      'events.json',
    )
    expect(result.status === 'invalid' && result.problems[0]?.message).toMatch(
      /^not valid JSON: /,
    )
  })

  it('loadContent names every problem of an invalid events.json, in the validator’s words', async () => {
    const invalid = JSON.parse(eventsJson) as {
      events: Record<string, unknown>[]
    }
    invalid.events[0] = { ...invalid.events[0], start: '1948-13-01' }
    invalid.events.push({ ...invalid.events[0], id: 'Airlift 2' })
    const result = await loadContent(
      '/data/',
      fakeFetch({
        'events.json': ok(JSON.stringify(invalid)),
        'essay.md': ok(essay),
      }),
    )
    expect(
      result.status === 'invalid' &&
        result.problems.map((p) => `${p.path}: ${p.message}`),
    ).toEqual([
      'events[0].start: "1948-13-01" is not a date (month 13 does not exist)',
      'events[1].id: "Airlift 2" is not an id (lower-case letters, digits and hyphens)',
      'events[1].start: "1948-13-01" is not a date (month 13 does not exist)',
    ])
  })

  it('loadContent resolves with "cancelled" once aborted', async () => {
    const controller = new AbortController()
    controller.abort()
    const fetchImpl = vi.fn(
      async (_: RequestInfo | URL, init?: RequestInit) => {
        if (init?.signal?.aborted)
          throw new DOMException('aborted', 'AbortError')
        return new Response('')
      },
    )
    const result = await loadContent('/data/', fetchImpl, controller.signal)
    expect(result.status === 'unavailable' && result.problems[0]?.message).toBe(
      'Could not load events.json: cancelled',
    )
  })

  it('loadContent gives up on a server that never answers, naming the file and the time limit', async () => {
    vi.useFakeTimers()
    try {
      const signals: AbortSignal[] = []
      // A server that accepts the request and never sends a byte, and a fetch that ignores its signal.
      const fetchImpl = vi.fn((_: RequestInfo | URL, init?: RequestInit) => {
        if (init?.signal) signals.push(init.signal)
        return new Promise<Response>(() => {})
      })
      const pending = loadContent('/data/', fetchImpl, undefined, 15_000)
      await vi.advanceTimersByTimeAsync(15_000)
      const result = await pending
      expect(result.status === 'unavailable' && result.problems).toEqual([
        {
          path: 'events.json',
          message:
            'Could not load events.json: no complete answer within 15 s (the server or the connection is too slow, or the server does not answer)',
        },
        {
          path: 'essay.md',
          message:
            'Could not load essay.md: no complete answer within 15 s (the server or the connection is too slow, or the server does not answer)',
        },
      ])
      // Each request was aborted too, so the browser closes the connection.
      expect(signals.map((s) => s.aborted)).toEqual([true, true, true])
    } finally {
      vi.useRealTimers()
    }
  })
})
