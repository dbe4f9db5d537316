import {
  fireEvent,
  render,
  screen,
  waitFor,
  within,
} from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useTimelineStore } from '../store/timelineStore'
import { ContentLoader } from '../ui/ContentLoader'
import { ContentToolbar } from './ContentToolbar'
import { useContentLoad } from './useContentLoad'

const eventsFile = (title: string, id: string) => ({
  title,
  asOf: '2025-08-31',
  events: [
    {
      id,
      title: `Event ${id}`,
      kind: 'treaty',
      start: '1953-10-01',
      countries: ['US', 'KR'],
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
})
const essayFor = (title: string, id: string) =>
  `# ${title}\n\nThe [treaty](event:${id}).\n`

const featured: Record<string, string> = {
  '/data/events.json': JSON.stringify(eventsFile('Featured', 'featured-event')),
  '/data/essay.md': essayFor('The featured essay', 'featured-event'),
}

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
  new File([text], name, {
    type: name.endsWith('.md') ? 'text/markdown' : 'application/json',
  })

async function openPage() {
  const user = userEvent.setup()
  render(<Page />)
  expect(
    await screen.findByRole('heading', { name: 'The featured essay' }),
  ).toBeInTheDocument()
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

describe('ContentToolbar: Open…', () => {
  it('opens events.json and essay.md, then goes back to the featured essay', async () => {
    const user = await openPage()
    expect(
      screen.queryByRole('button', { name: 'Back to the featured essay' }),
    ).not.toBeInTheDocument()
    await user.upload(screen.getByLabelText('Open files'), [
      file('essay.md', essayFor('My own essay', 'mine')),
      file('events.json', JSON.stringify(eventsFile('Mine', 'mine'))),
    ])
    expect(
      await screen.findByRole('heading', { name: 'My own essay' }),
    ).toBeInTheDocument()
    expect(
      screen.getByText('Showing your files: events.json + essay.md'),
    ).toBeInTheDocument()
    await user.click(
      screen.getByRole('button', { name: 'Back to the featured essay' }),
    )
    expect(
      await screen.findByRole('heading', { name: 'The featured essay' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Open…' })).toHaveFocus()
    expect(
      screen.queryByRole('button', { name: 'Back to the featured essay' }),
    ).not.toBeInTheDocument()
  })

  it('lists the problems of invalid files in an alert and keeps the content shown', async () => {
    const user = await openPage()
    const bad = {
      ...eventsFile('Bad', 'bad'),
      events: [{ ...eventsFile('Bad', 'bad').events[0], start: '1999-02-30' }],
    }
    await user.upload(screen.getByLabelText('Open files'), [
      file('events.json', JSON.stringify(bad)),
      file('essay.md', essayFor('Bad essay', 'bad')),
    ])
    const alert = await screen.findByRole('alert')
    expect(
      within(alert).getByRole('heading', {
        name: '“events.json + essay.md” has 1 problem',
      }),
    ).toBeInTheDocument()
    expect(alert).toHaveTextContent(
      'events[0].start: "1999-02-30" is not a date (February 1999 has no day 30)',
    )
    expect(
      screen.getByRole('heading', { name: 'The featured essay' }),
    ).toBeInTheDocument()
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Open…' })).toHaveFocus()
  })

  it('converts a TimelineJS file, shows it at once and offers the result for download', async () => {
    const user = await openPage()
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
    const timelineJs = {
      title: { text: { headline: 'Armistices' } },
      events: [
        {
          start_date: { year: 1953, month: 7, day: 27 },
          text: { headline: 'Korean Armistice' },
          group: 'War',
        },
      ],
    }
    await user.upload(screen.getByLabelText('Open files'), [
      file('armistices.json', JSON.stringify(timelineJs)),
    ])
    const report = await screen.findByRole('region', {
      name: 'Converted from TimelineJS: armistices.json',
    })
    // The report takes focus once it has loaded; the upload's own focus steps may still be settling.
    await waitFor(() =>
      expect(
        within(report).getByRole('heading', {
          name: /Converted from TimelineJS/,
        }),
      ).toHaveFocus(),
    )
    expect(report).toHaveTextContent('1 event, 1 group: converted and shown.')
    expect(report).not.toHaveTextContent('Before it can be shown')
    // Shown at once, without a further step.
    expect(
      screen.getByText('Showing your files: armistices.json'),
    ).toBeInTheDocument()
    await user.click(
      within(report).getByRole('button', { name: 'Download bundle' }),
    )
    expect(click).toHaveBeenCalledTimes(1)
    const bundle = JSON.parse(await created[0]!.text()) as {
      events: { id: string; group?: string }[]
      essay: string
    }
    expect(bundle.events.map((e) => [e.id, e.group])).toEqual([
      ['korean-armistice', 'War'],
    ])
    expect(bundle.essay).toContain('[Korean Armistice](event:korean-armistice)')
    click.mockRestore()
  })
})

describe('ContentToolbar: drag and drop', () => {
  it('shows the drop overlay while files are over the page and opens what is dropped', async () => {
    await openPage()
    const files = [
      file('events.json', JSON.stringify(eventsFile('Dropped', 'dropped'))),
      file('essay.md', essayFor('Dropped essay', 'dropped')),
    ]
    const dataTransfer = { types: ['Files'], files, dropEffect: 'none' }
    fireEvent.dragEnter(window, { dataTransfer })
    expect(
      screen.getByText(/Drop to open: events.json and essay.md together/),
    ).toBeInTheDocument()
    fireEvent.drop(window, { dataTransfer })
    expect(screen.queryByText(/Drop to open/)).not.toBeInTheDocument()
    expect(
      await screen.findByRole('heading', { name: 'Dropped essay' }),
    ).toBeInTheDocument()
  })

  it('ignores drags that carry no files', async () => {
    await openPage()
    fireEvent.dragEnter(window, {
      dataTransfer: { types: ['text/plain'], files: [] },
    })
    expect(screen.queryByText(/Drop to open/)).not.toBeInTheDocument()
  })
})

describe('ContentToolbar with ?timeline=', () => {
  it('says which folder is shown', async () => {
    useTimelineStore.setState({
      contentSource: { kind: 'folder', baseUrl: '/data/' },
    })
    render(<Page />)
    expect(
      await screen.findByText('Showing the timeline in /data/'),
    ).toBeInTheDocument()
    expect(
      screen.getByRole('button', { name: 'Back to the featured essay' }),
    ).toBeInTheDocument()
  })
})
