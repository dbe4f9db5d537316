import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useTimelineStore } from '../store/timelineStore'
import { ContentLoader } from '../ui/ContentLoader'
import { ContentToolbar } from './ContentToolbar'
import { useContentLoad } from './useContentLoad'

const featuredEvents = {
  title: 'Featured',
  asOf: '2025-08-31',
  events: [
    {
      id: 'featured-event',
      title: 'Featured event',
      kind: 'treaty',
      start: '1953-10-01',
      countries: ['US'],
      summary: 'A treaty.',
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
}
const featured: Record<string, string> = {
  '/data/events.json': JSON.stringify(featuredEvents),
  '/data/essay.md':
    '# The featured essay\n\nThe [treaty](event:featured-event).\n',
}

const timelineJs = JSON.stringify({
  title: { text: { headline: 'Armistices' } },
  events: [
    {
      start_date: { year: 1953, month: 7, day: 27 },
      text: { headline: 'Korean Armistice' },
      group: 'War',
    },
  ],
})

function EssayTitle() {
  const title = useTimelineStore((s) => s.dataset?.essay.title)
  return <h1>{title}</h1>
}

function Page() {
  const load = useContentLoad()
  return (
    <>
      <ContentToolbar />
      <ContentLoader load={load}>
        <EssayTitle />
      </ContentLoader>
    </>
  )
}

const file = (name: string, text: string) =>
  new File([text], name, { type: 'application/json' })

async function openPage() {
  const user = userEvent.setup()
  render(<Page />)
  await screen.findByRole('heading', { level: 1, name: 'The featured essay' })
  return user
}

beforeEach(() => {
  useTimelineStore.setState(useTimelineStore.getInitialState(), true)
  useTimelineStore.setState({ contentSource: { kind: 'featured' } })
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) =>
      Promise.resolve(
        featured[url] === undefined
          ? new Response('', { status: 404 })
          : new Response(featured[url]),
      ),
    ),
  )
})

afterEach(() => vi.unstubAllGlobals())

describe('reports on opened files open in a dialog over the page', () => {
  it('shows the problems of an invalid file in a dialog named by its heading; Escape closes it', async () => {
    const user = await openPage()
    await user.upload(screen.getByLabelText('Open files'), [
      file('events.json', '{"title": 1}'),
    ])
    const dialog = await screen.findByRole('dialog', {
      name: 'The files could not be opened',
    })
    expect(within(dialog).getByRole('alert')).toBeInTheDocument()
    expect(
      within(dialog).getByRole('heading', {
        name: 'The files could not be opened',
      }),
    ).toHaveFocus()
    // The featured essay stays where it was, under the dialog.
    expect(
      screen.getByRole('heading', { level: 1, name: 'The featured essay' }),
    ).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Open…' })).toHaveFocus()
  })
})

describe('a conversion that opens', () => {
  it('is shown at once, with a short note offering the bundle and a way to dismiss it', async () => {
    const created: Blob[] = []
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (blob: Blob) => {
          created.push(blob)
          return 'blob:test'
        },
        revokeObjectURL: () => {},
      }),
    )
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {})
    const user = await openPage()
    await user.upload(screen.getByLabelText('Open files'), [
      file('armistices.json', timelineJs),
    ])
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Armistices' }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    const note = screen.getByRole('region', {
      name: 'Converted from TimelineJS: armistices.json',
    })
    await waitFor(() =>
      expect(
        within(note).getByRole('heading', {
          name: /Converted from TimelineJS/,
        }),
      ).toHaveFocus(),
    )
    expect(note).toHaveTextContent('1 event, 1 group: converted and shown.')

    await user.click(
      within(note).getByRole('button', { name: 'Download bundle' }),
    )
    expect(click).toHaveBeenCalledTimes(1)
    const bundle = JSON.parse(await created[0]!.text()) as {
      events: { id: string }[]
    }
    expect(bundle.events.map((e) => e.id)).toEqual(['korean-armistice'])

    await user.click(within(note).getByRole('button', { name: 'Close' }))
    expect(
      screen.queryByRole('region', { name: /Converted from TimelineJS/ }),
    ).not.toBeInTheDocument()
    click.mockRestore()
  })
})
