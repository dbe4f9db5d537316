import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useTimelineStore } from '../store/timelineStore'
import { makeDataset, makeEssay, makeEvent } from '../test/fixtures'
import { ContentLoader } from '../ui/ContentLoader'
import { ContentToolbar } from './ContentToolbar'
import type * as PrepareImportModule from './prepareImport'
import type { PreparedImport } from './prepareImport'
import { useContentLoad } from './useContentLoad'

// Until the format accepts events without countries, no TimelineJS file validates as converted: a test may
// stand in a valid result for the conversion's check, to drive the page's path for one that opens.
const prepared = vi.hoisted(() => ({
  override: null as PreparedImport | null,
}))
vi.mock('./prepareImport', async (importActual) => {
  const actual = await importActual<typeof PrepareImportModule>()
  return {
    prepareImport: (...args: Parameters<typeof actual.prepareImport>) =>
      prepared.override ?? actual.prepareImport(...args),
  }
})

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
  prepared.override = null
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

  it('shows the report on a conversion that cannot be shown yet in a dialog', async () => {
    const user = await openPage()
    await user.upload(screen.getByLabelText('Open files'), [
      file('armistices.json', timelineJs),
    ])
    const dialog = await screen.findByRole('dialog', {
      name: 'Converted from TimelineJS: armistices.json',
    })
    expect(
      within(dialog).getByRole('button', { name: 'Download bundle' }),
    ).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})

describe('a conversion that opens', () => {
  it('is shown at once, with a short note offering the bundle and a way to dismiss it', async () => {
    const event = makeEvent({
      id: 'korean-armistice',
      title: 'Korean Armistice',
    })
    prepared.override = {
      ok: true,
      bundle: '{"converted": true}\n',
      dataset: makeDataset([event], makeEssay([[event.id]], 'Armistices')),
      warnings: [],
    }
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
      name: 'Opened from TimelineJS: armistices.json',
    })
    await waitFor(() =>
      expect(
        within(note).getByRole('heading', { name: /Opened from TimelineJS/ }),
      ).toHaveFocus(),
    )
    expect(note).toHaveTextContent('1 event shown.')
    // What could not be kept is one click away, not spelled out.
    expect(within(note).getByText(/^Not carried over \(\d+\)$/)).toBeVisible()

    await user.click(
      within(note).getByRole('button', { name: 'Download bundle' }),
    )
    expect(click).toHaveBeenCalledTimes(1)
    expect(await created[0]!.text()).toBe('{"converted": true}\n')

    await user.click(within(note).getByRole('button', { name: 'Dismiss' }))
    expect(
      screen.queryByRole('region', { name: /Opened from TimelineJS/ }),
    ).not.toBeInTheDocument()
    click.mockRestore()
  })
})
