import { describe, expect, it, vi } from 'vitest'
import { RAW_ESSAY, rawEvent, rawEventsFile } from '../../test/fixtures'
import { checkTexts } from '../checkTexts'
import { checkContentFiles } from './checkContentFiles'
import { decodeFiles, isSmallContent, type ContentFiles } from './contentFiles'
import type { WorkerPort } from './runInWorker'
import { serveRequests, type WorkerScope } from './serveRequests'

const bytes = (text: string) => new TextEncoder().encode(text).buffer
/** 1,000 valid events: well over the size checked on the page. */
const large: ContentFiles = {
  events: bytes(
    JSON.stringify(
      rawEventsFile({
        events: Array.from({ length: 1_000 }, (_, i) =>
          rawEvent(
            i === 0 ? {} : { id: `event-${i}`, start: `${1900 + (i % 120)}` },
          ),
        ),
      }),
    ),
  ),
  essay: bytes(RAW_ESSAY),
  compiled: null,
}
const small: ContentFiles = {
  events: bytes(JSON.stringify(rawEventsFile())),
  essay: bytes(RAW_ESSAY),
  compiled: null,
}

type Listener = (event: Event) => void

/**
 * A worker without a thread: what the page posts reaches `serveRequests` in the same process, and what the
 * "worker" posts comes back structured-cloned, a task later, as from a real one.
 */
function fakeWorker(
  handle: (request: { files: ContentFiles }) => Promise<object>,
) {
  const pageListeners = new Map<string, Listener[]>()
  const workerListeners: ((event: MessageEvent<unknown>) => void)[] = []
  const scope: WorkerScope = {
    postMessage: (message) =>
      setTimeout(() =>
        pageListeners
          .get('message')
          ?.forEach((l) =>
            l(new MessageEvent('message', { data: structuredClone(message) })),
          ),
      ),
    addEventListener: (_type, listener) => workerListeners.push(listener),
  }
  serveRequests(scope, handle)
  const port = {
    posted: 0,
    isTerminated: false,
    postMessage(message: unknown) {
      port.posted++
      workerListeners.forEach((l) =>
        l(new MessageEvent('message', { data: structuredClone(message) })),
      )
    },
    addEventListener(type: string, listener: Listener) {
      pageListeners.set(type, [...(pageListeners.get(type) ?? []), listener])
    },
    terminate() {
      port.isTerminated = true
    },
    fire(type: string) {
      pageListeners.get(type)?.forEach((l) => l(new Event(type)))
    },
  }
  return port satisfies WorkerPort
}

describe('isSmallContent', () => {
  it('isSmallContent counts the bytes of events.json, and of essay.md only when no compiled essay came with it', () => {
    expect(isSmallContent(small)).toBe(true)
    expect(isSmallContent(large)).toBe(false)
    const longEssay = { ...small, essay: bytes('x'.repeat(50_000)) }
    expect(isSmallContent(longEssay)).toBe(false)
    expect(isSmallContent({ ...longEssay, compiled: bytes('{}') })).toBe(true)
  })
})

describe('checkContentFiles', () => {
  it('checkContentFiles checks large content in the worker and gives the same result as on the page', async () => {
    const worker = fakeWorker(({ files }) => checkTexts(decodeFiles(files)))
    const spawn = vi.fn(() => worker)
    const result = await checkContentFiles(large, undefined, spawn)
    expect(spawn).toHaveBeenCalledOnce()
    expect(worker.isTerminated).toBe(true)
    expect(result.status).toBe('loaded')
    expect(result).toEqual(await checkTexts(decodeFiles(large)))
  })

  it('checkContentFiles streams problems back from the worker', async () => {
    const events = decodeFiles(large).events.replace('1948-06-24', '1948-13-24')
    const invalid = { ...large, events: bytes(events) }
    const worker = fakeWorker(({ files }) => checkTexts(decodeFiles(files)))
    const result = await checkContentFiles(invalid, undefined, () => worker)
    expect(result.status).toBe('invalid')
    expect(result.status !== 'loaded' && result.problems[0]?.path).toBe(
      'events[0].start',
    )
  })

  it('checkContentFiles checks small content on the page, without a worker', async () => {
    const spawn = vi.fn(() =>
      fakeWorker(({ files }) => checkTexts(decodeFiles(files))),
    )
    const result = await checkContentFiles(small, undefined, spawn)
    expect(spawn).not.toHaveBeenCalled()
    expect(result.status).toBe('loaded')
  })

  it('checkContentFiles checks on the page when the worker fails to load', async () => {
    const worker = fakeWorker(() => new Promise(() => undefined))
    worker.postMessage = () => setTimeout(() => worker.fire('error'))
    const result = await checkContentFiles(large, undefined, () => worker)
    expect(worker.isTerminated).toBe(true)
    expect(result.status).toBe('loaded')
  })

  it('checkContentFiles checks on the page when the worker throws', async () => {
    const worker = fakeWorker(() =>
      Promise.reject(new Error('chunk did not load')),
    )
    const result = await checkContentFiles(large, undefined, () => worker)
    expect(result.status).toBe('loaded')
  })

  it('checkContentFiles stops the worker when the load is cancelled', async () => {
    const worker = fakeWorker(() => new Promise(() => undefined))
    const controller = new AbortController()
    const pending = checkContentFiles(large, controller.signal, () => worker)
    controller.abort()
    const result = await pending
    expect(worker.isTerminated).toBe(true)
    expect(result).toEqual({
      status: 'unavailable',
      problems: [{ path: '', message: 'cancelled' }],
    })
  })
})

describe('decodeFiles', () => {
  it('decodeFiles reads UTF-8 as Response.text() does: byte-order mark dropped, bad bytes replaced', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]).buffer
    const broken = new Uint8Array([0x61, 0xff, 0x62]).buffer
    expect(
      decodeFiles({ events: withBom, essay: broken, compiled: null }),
    ).toEqual({ events: '{}', essay: 'a\uFFFDb', compiled: null })
  })
})
