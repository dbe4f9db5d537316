import { act, render, screen, within } from '@testing-library/react'
import type { ReactNode } from 'react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useTimelineStore } from '../store/timelineStore'
import { ContentLoader } from '../ui/ContentLoader'
import { BackToFeatured } from './BackToFeatured'
import { ContentToolbar } from './ContentToolbar'
import { useContentLoad } from './useContentLoad'

function Title() {
  return <h1>{useTimelineStore((s) => s.dataset?.essay.title)}</h1>
}

function Page({ actions = <BackToFeatured /> }: { actions?: ReactNode }) {
  const load = useContentLoad()
  return (
    <ContentLoader load={load} actions={actions}>
      <Title />
    </ContentLoader>
  )
}

const featured: Record<string, string> = {
  '/data/events.json': JSON.stringify({
    title: 'Featured',
    asOf: '2025-08-31',
    events: [
      {
        id: 'a',
        title: 'A',
        kind: 'treaty',
        start: '1953',
        countries: ['US'],
        summary: 'S.',
        sources: [
          {
            title: 'T',
            publisher: 'P',
            url: 'https://example.org/',
            type: 'primary',
          },
        ],
      },
    ],
  }),
  '/data/essay.md': '# The featured essay\n\n[A](event:a).\n',
}

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) =>
      Promise.resolve(
        new Response(featured[url] ?? 'missing', {
          status: featured[url] ? 200 : 404,
        }),
      ),
    ),
  )
})
afterEach(() => vi.unstubAllGlobals())

describe('?timeline= in the loader', () => {
  it('refuses another origin with a clear alert, and "Back to the featured essay" recovers', async () => {
    const user = userEvent.setup()
    useTimelineStore.setState({
      contentSource: {
        kind: 'refused',
        message:
          'Cannot load timeline “//evil.example/x”: addresses starting with // point at another site.',
      },
    })
    render(<Page />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      'Cannot load timeline “//evil.example/x”: addresses starting with // point at another site.',
    )
    await user.click(
      within(alert).getByRole('button', { name: 'Back to the featured essay' }),
    )
    expect(
      await screen.findByRole('heading', { name: 'The featured essay' }),
    ).toBeInTheDocument()
    expect(
      screen.queryByRole('button', { name: 'Back to the featured essay' }),
    ).not.toBeInTheDocument()
  })

  it('loads a same-origin folder and names a missing file', async () => {
    useTimelineStore.setState({
      contentSource: { kind: 'folder', baseUrl: '/timelines/cold-war/' },
    })
    render(<Page />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not load events.json: HTTP 404')
    expect(
      within(alert).getByRole('button', { name: 'Back to the featured essay' }),
    ).toBeInTheDocument()
  })

  it("while a folder's server does not answer: Try again, Open… and Back at once, a slow hint after 5 s", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string) =>
        url.startsWith('/hangs/')
          ? new Promise<Response>(() => {})
          : Promise.resolve(new Response(featured[url] ?? 'missing')),
      ),
    )
    vi.useFakeTimers({ shouldAdvanceTime: true })
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
      useTimelineStore.setState({
        contentSource: { kind: 'folder', baseUrl: '/hangs/' },
      })
      render(<Page actions={<ContentToolbar contentShown={false} />} />)
      expect(
        screen.getByRole('button', { name: 'Try again' }),
      ).toBeInTheDocument()
      expect(screen.getByRole('button', { name: 'Open…' })).toBeInTheDocument()
      expect(
        screen.queryByText(/taking longer than usual/),
      ).not.toBeInTheDocument()
      await act(() => vi.advanceTimersByTimeAsync(5_000))
      expect(screen.getByText(/taking longer than usual/)).toHaveTextContent(
        'Loading the timeline… This is taking longer than usual: the server or the connection may be slow. Loading stops after 15 seconds.',
      )
      await user.click(
        screen.getByRole('button', { name: 'Back to the featured essay' }),
      )
      expect(
        await screen.findByRole('heading', { name: 'The featured essay' }),
      ).toBeInTheDocument()
    } finally {
      vi.useRealTimers()
    }
  })
})
