import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { act, screen } from '@testing-library/react'
import type { Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useTimelineStore } from '../../store/timelineStore'
import { renderPage } from './renderPage'
import { startPage } from './startPage'

// The featured page as the build renders it: the shipped content is what gets pre-rendered.
const DATA = join(import.meta.dirname, '../../../public/data')
const EVENTS = readFileSync(join(DATA, 'events.json'), 'utf8')
const ESSAY = readFileSync(join(DATA, 'essay.md'), 'utf8')

/** A server answering the data files with `files` (a file left out answers 404). */
function serve(files: Record<string, string>): typeof fetch {
  return vi.fn((url: string | URL | Request) => {
    const name = String(url).split('/').pop() ?? ''
    const text = files[name]
    return Promise.resolve(
      text === undefined
        ? new Response('not found', { status: 404 })
        : new Response(text, { status: 200 }),
    )
  }) as unknown as typeof fetch
}

/** The checked content, as the build writes it beside the page. */
let contentJson = ''

/** Puts the pre-rendered page in the document, as the browser receives it; returns `#root`. */
function receivePage(): HTMLElement {
  const view = renderPage(EVENTS, ESSAY, document)
  if (!view.ok) throw new Error('the shipped content should pre-render')
  contentJson = view.contentJson
  useTimelineStore.setState(useTimelineStore.getInitialState(), true)
  document.body.innerHTML = `<div id="root">${view.appHtml}</div><link rel="preload" as="fetch" href="/data/featured.json" id="${view.contentId}" data-events-source="${view.eventsSource}" data-essay-source="${view.essaySource}">`
  return document.getElementById('root')!
}

describe('startPage on a pre-rendered page', () => {
  let errors: ReturnType<typeof vi.spyOn>
  // The started app, unmounted after each test: left running, React's scheduled work would outlive the page.
  let app: Root | undefined
  beforeEach(() => {
    errors = vi.spyOn(console, 'error')
  })
  afterEach(() => {
    act(() => app?.unmount())
    app = undefined
    errors.mockRestore()
    document.body.innerHTML = ''
  })

  it('hydrates the markup in place, with no hydration warning', async () => {
    const root = receivePage()
    const heading = screen.getByRole('heading', {
      level: 1,
      name: /Imperfect Peace in Ukraine/,
    })
    const fetchImpl = serve({
      'events.json': EVENTS,
      'essay.md': ESSAY,
      'featured.json': contentJson,
    })
    app = await act(() => startPage(root, fetchImpl))
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(errors).not.toHaveBeenCalled()
    // Hydrated, not rendered anew: the very heading the page arrived with is still in the document.
    expect(
      screen.getByRole('heading', { level: 1, name: /Imperfect Peace/ }),
    ).toBe(heading)
    expect(useTimelineStore.getState().dataset?.events.length).toBeGreaterThan(
      0,
    )
    // jsdom has no layout, so the timeline keeps its first frame.
    expect(
      screen.getByRole('img', { name: /as drawn at first load/ }),
    ).toBeInTheDocument()
  })

  it('loads and checks events.json anew when it changed after the build', async () => {
    const root = receivePage()
    const changed = EVENTS.replace(
      /"title": "[^"]*"/,
      '"title": "Replaced after the build"',
    )
    const fetchImpl = serve({
      'events.json': changed,
      'essay.md': ESSAY,
      'featured.json': contentJson,
    })
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(fetchImpl)
    const heading = screen.getByRole('heading', { level: 1 })
    app = await act(() => startPage(root))
    // The page's copy is replaced by the app's own load, which fetches the files again to check them.
    expect(heading.isConnected).toBe(false)
    expect(fetchSpy.mock.calls.map(([url]) => String(url))).toContain(
      '/data/essay.compiled.json',
    )
    fetchSpy.mockRestore()
  })
})
