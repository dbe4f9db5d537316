import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { loadContent, type LoadResult } from '../data/loadContent'
import { useTimelineStore } from '../store/timelineStore'
import { makeDataset, makeEvent, rawEventsFile } from '../test/fixtures'
import { ContentLoader, type LoadFn } from './ContentLoader'

beforeEach(() => {
  useTimelineStore.setState(useTimelineStore.getInitialState(), true)
})

const loaded = (): LoadResult => ({
  status: 'loaded',
  dataset: makeDataset([makeEvent({ id: 'berlin-airlift' })]),
  warnings: [],
})

function renderLoader(load: LoadFn) {
  return render(
    <ContentLoader load={load}>
      <p>The workspace</p>
    </ContentLoader>,
  )
}

const eventsJson = JSON.stringify(rawEventsFile())

describe('ContentLoader', () => {
  it('shows a loading status, then the children, with the dataset in the store', async () => {
    let resolve: (result: LoadResult) => void = () => {}
    renderLoader(() => new Promise((r) => (resolve = r)))
    expect(screen.getByRole('status')).toHaveTextContent(
      'Loading the timeline…',
    )
    expect(screen.queryByText('The workspace')).not.toBeInTheDocument()

    const result = loaded()
    resolve(result)
    expect(await screen.findByText('The workspace')).toBeInTheDocument()
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    expect(useTimelineStore.getState().dataset).toBe(
      result.status === 'loaded' && result.dataset,
    )
    expect(
      performance.getEntriesByName('content-loaded', 'mark').length,
    ).toBeGreaterThan(0)
  })

  it('lists every content problem with where it is in an alert', async () => {
    renderLoader(async () => ({
      status: 'invalid',
      problems: [
        {
          path: 'events[12].start',
          message: '"1953-13-01" is not a date (month 13 does not exist)',
        },
        {
          path: 'essay.md paragraph 7',
          message: 'cites unknown event "berlin-airlift"',
        },
      ],
      warnings: [],
    }))
    const alert = await screen.findByRole('alert')
    expect(
      within(alert).getByRole('heading', {
        name: 'The content has 2 problems',
      }),
    ).toBeInTheDocument()
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'events[12].start: "1953-13-01" is not a date (month 13 does not exist)',
      'essay.md paragraph 7: cites unknown event "berlin-airlift"',
    ])
    expect(screen.queryByText('The workspace')).not.toBeInTheDocument()
    expect(useTimelineStore.getState().dataset).toBeNull()
  })

  it('lists at most 200 problems and counts the rest', async () => {
    const problems = Array.from({ length: 230 }, (_, i) => ({
      path: `events[${i}]`,
      message: 'bad',
    }))
    renderLoader(async () => ({ status: 'invalid', problems, warnings: [] }))
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('heading')).toHaveTextContent(
      'The content has 230 problems',
    )
    const items = within(alert).getAllByRole('listitem')
    expect(items).toHaveLength(201)
    expect(items[200]).toHaveTextContent('…and 30 more problems')
  })

  it('names the file that failed to load, and "Try again" refetches and shows the children', async () => {
    const user = userEvent.setup()
    let eventsStatus = 404
    const fetchImpl = vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input)
      if (url.endsWith('events.json'))
        return eventsStatus === 200
          ? new Response(eventsJson)
          : new Response('', { status: eventsStatus, statusText: 'Not Found' })
      return new Response('# Essay\n\nThe [airlift](event:airlift).\n')
    })
    const load: LoadFn = (signal) => loadContent('/data/', fetchImpl, signal)
    const eventsFetches = () =>
      fetchImpl.mock.calls.filter(([url]) =>
        String(url).endsWith('events.json'),
      ).length
    renderLoader(load)

    const alert = await screen.findByRole('alert')
    expect(
      within(alert).getByRole('heading', {
        name: 'The timeline could not be loaded',
      }),
    ).toBeInTheDocument()
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      'Could not load events.json: HTTP 404 Not Found',
    )
    expect(eventsFetches()).toBe(1)

    eventsStatus = 200
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('The workspace')).toBeInTheDocument()
    expect(eventsFetches()).toBe(2)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(useTimelineStore.getState().dataset?.events[0]?.id).toBe('airlift')
  })

  it('shows a loader that rejects as an alert instead of crashing', async () => {
    renderLoader(() => Promise.reject(new Error('boom')))
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      'Could not load the content: Error: boom',
    )
    expect(
      within(alert).getByRole('button', { name: 'Try again' }),
    ).toBeInTheDocument()
  })

  it('logs warnings to the console without an alert', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    renderLoader(async () => ({
      ...(loaded() as Extract<LoadResult, { status: 'loaded' }>),
      warnings: [
        { path: 'events[3] ("x")', message: 'not cited by any passage' },
      ],
    }))
    expect(await screen.findByText('The workspace')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(warn).toHaveBeenCalledWith(
      'Content warnings:\nevents[3] ("x"): not cited by any passage',
    )
    warn.mockRestore()
  })

  it('ignores a load that finishes after unmounting', async () => {
    let resolve: (result: LoadResult) => void = () => {}
    let signal: AbortSignal | undefined
    const { unmount } = renderLoader((s) => {
      signal = s
      return new Promise((r) => (resolve = r))
    })
    unmount()
    expect(signal?.aborted).toBe(true)
    resolve(loaded())
    await Promise.resolve()
    expect(useTimelineStore.getState().dataset).toBeNull()
  })
})
