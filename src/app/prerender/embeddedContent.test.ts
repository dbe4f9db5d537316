import { describe, expect, it, vi } from 'vitest'
import { essayFingerprint } from '../../data/essay/compiledEssay'
import {
  EMBEDDED_FORMAT,
  embeddedContentJson,
  isContentCurrent,
  readEmbeddedContent,
  type EmbeddedContent,
  type PreloadedContent,
} from './embeddedContent'

const EVENTS = '{"events": []}'
const ESSAY = '# An essay\n'

function content(): EmbeddedContent {
  return {
    format: EMBEDDED_FORMAT,
    eventsSource: essayFingerprint(EVENTS),
    essaySource: essayFingerprint(ESSAY),
    data: {
      title: 'T',
      asOf: {
        iso: '2025-01-01',
        precision: 'day',
        startMs: Date.UTC(2025, 0, 1),
        endMs: Date.UTC(2025, 0, 2),
      },
      events: [],
      cases: [],
      claimNotes: [],
      corrections: null,
    },
    essay: {
      title: 'A title with </script><script>alert(1)</script>',
      byline: null,
      blocks: [],
      passages: [],
      citations: [],
    },
    warnings: [],
  } as unknown as EmbeddedContent
}

function serve(files: Record<string, string>): typeof fetch {
  return ((url: string) => {
    const text = files[String(url).split('/').pop() ?? '']
    return Promise.resolve(
      new Response(text ?? 'missing', {
        status: text === undefined ? 404 : 200,
      }),
    )
  }) as unknown as typeof fetch
}

describe('embeddedContentJson', () => {
  it('embeddedContentJson(content) cannot close its <script> element, and reads back whole', () => {
    const json = embeddedContentJson(content())
    expect(json).not.toContain('<')
    const read = readEmbeddedContent(JSON.parse(json))
    expect(read?.dataset.essay.title).toBe(
      'A title with </script><script>alert(1)</script>',
    )
  })
})

describe('readEmbeddedContent', () => {
  it('readEmbeddedContent(json) builds the dataset and keeps the fingerprints', () => {
    const read = readEmbeddedContent(JSON.parse(embeddedContentJson(content())))
    expect(read?.dataset.title).toBe('T')
    expect(read?.eventsSource).toBe(essayFingerprint(EVENTS))
  })

  it('readEmbeddedContent(json) is null for another format or no object', () => {
    expect(readEmbeddedContent({ ...content(), format: 99 })).toBeNull()
    expect(readEmbeddedContent('text')).toBeNull()
    expect(readEmbeddedContent(null)).toBeNull()
  })
})

describe('isContentCurrent', () => {
  const preloaded = (): PreloadedContent =>
    readEmbeddedContent(JSON.parse(embeddedContentJson(content())))!

  it('isContentCurrent(content, base) is true while both files are the built ones', async () => {
    const fetchImpl = vi.fn(serve({ 'events.json': EVENTS, 'essay.md': ESSAY }))
    await expect(
      isContentCurrent(preloaded(), '/data/', fetchImpl),
    ).resolves.toBe(true)
    expect(fetchImpl).toHaveBeenCalledWith('/data/events.json', {
      cache: 'no-cache',
    })
  })

  it('isContentCurrent(content, base) is false when a file changed or cannot be fetched', async () => {
    await expect(
      isContentCurrent(
        preloaded(),
        '/data/',
        serve({ 'events.json': EVENTS, 'essay.md': `${ESSAY}More.\n` }),
      ),
    ).resolves.toBe(false)
    await expect(
      isContentCurrent(preloaded(), '/data/', serve({ 'essay.md': ESSAY })),
    ).resolves.toBe(false)
    const offline = (() =>
      Promise.reject(new TypeError('offline'))) as unknown as typeof fetch
    await expect(
      isContentCurrent(preloaded(), '/data/', offline),
    ).resolves.toBe(false)
  })
})
