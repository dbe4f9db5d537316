import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useTimelineStore } from '../store/timelineStore'
import { ContentLoader } from '../ui/ContentLoader'
import { BackToFeatured } from './BackToFeatured'
import { useContentLoad } from './useContentLoad'

function Title() {
  return <h1>{useTimelineStore((s) => s.dataset?.essay.title)}</h1>
}

function Page() {
  const load = useContentLoad()
  return (
    <ContentLoader load={load} failureActions={<BackToFeatured />}>
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
})
