import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { EssayPanel } from '../essay/EssayPanel'
import { useTimelineStore } from '../store/timelineStore'
import { makeDataset, makeEssay, makeEvent } from '../test/fixtures'
import { EventDetailPanel } from './EventDetailPanel'

// Pretend the platform draws flag emoji (jsdom has no canvas), so the decoration is rendered and checked.
vi.mock('./flagSupport', () => ({ supportsFlagEmoji: () => true }))

const store = useTimelineStore

const airlift = makeEvent({
  id: 'berlin-airlift',
  title: 'Berlin Airlift',
  kind: 'operation',
  start: '1948-06-24',
  end: '1949-09-30',
  countries: ['US', 'GB', 'DE'],
  summary: 'Western air forces supplied West Berlin through a Soviet blockade.',
})
const budapest = makeEvent({
  id: 'budapest-memorandum',
  title: 'Budapest Memorandum',
  kind: 'agreement',
  start: '1994-12-05',
  countries: ['UA', 'US', 'GB', 'RU'],
  organizations: ['OSCE'],
  note: 'The memorandum gave assurances, not a guarantee.',
  sources: [
    {
      title: 'Memorandum on security assurances',
      publisher: 'United Nations',
      url: 'https://treaties.un.org/memorandum',
      type: 'primary',
      date: '1994-12-05',
    },
    {
      title: 'A mirror with a bad address',
      publisher: 'Somewhere',
      url: 'javascript:alert(1)',
      type: 'news',
    },
    {
      title: 'A mirror with a password',
      publisher: 'Somewhere',
      url: 'https://user:pass@example.org/',
      type: 'news',
    },
  ],
})
const summit = makeEvent({
  id: 'white-house-summit',
  title: 'White House summit',
  kind: 'summit',
  start: '2025-08-18',
  countries: ['US', 'UA'],
  unverifiedSource: true,
})

beforeEach(() => {
  store.setState(store.getInitialState(), true)
  // p-1 cites the airlift, p-2 the memorandum, p-3 the airlift and the summit.
  store
    .getState()
    .loadDataset(
      makeDataset(
        [airlift, budapest, summit],
        makeEssay([[airlift.id], [budapest.id], [airlift.id, summit.id]]),
      ),
    )
})

const panel = () => screen.getByRole('complementary', { name: 'Event details' })
const passage = (n: number) => screen.getByText((_, el) => el?.id === `p-${n}`)

function renderPanels() {
  return render(
    <>
      <EssayPanel />
      <EventDetailPanel />
    </>,
  )
}

describe('EventDetailPanel', () => {
  it('guides the reader when nothing is selected', () => {
    render(<EventDetailPanel />)
    expect(panel()).toHaveTextContent(
      'Select an event on the timeline or a citation in the essay to see its details, sources and the passages that cite it.',
    )
  })

  it('shows the event: title, date in words, kind, countries, organisations, summary', () => {
    render(<EventDetailPanel />)
    act(() => store.getState().selectEvent(budapest.id))
    const region = panel()
    expect(
      within(region).getByRole('heading', {
        level: 2,
        name: 'Budapest Memorandum',
      }),
    ).toBeInTheDocument()
    expect(region).toHaveTextContent('5 December 1994')
    expect(region).toHaveTextContent('Agreement')
    const ukraine = within(region).getByText('Ukraine')
    // The flag is decoration: hidden from assistive technology, so the name reads "Ukraine".
    expect(within(ukraine).getByText('🇺🇦')).toHaveAttribute(
      'aria-hidden',
      'true',
    )
    expect(within(region).getByText('United Kingdom')).toBeInTheDocument()
    expect(
      within(region).getByText(
        'Organization for Security and Co-operation in Europe (OSCE)',
      ),
    ).toBeInTheDocument()
    expect(region).toHaveTextContent(String(budapest.summary))
  })

  it('shows a span at its precision', () => {
    render(<EventDetailPanel />)
    act(() => store.getState().selectEvent(airlift.id))
    expect(panel()).toHaveTextContent('24 June 1948 – 30 September 1949')
  })

  it('labels the note as a note on the record', () => {
    render(<EventDetailPanel />)
    act(() => store.getState().selectEvent(budapest.id))
    expect(
      screen.getByRole('region', { name: 'Note on the record' }),
    ).toHaveTextContent('The memorandum gave assurances, not a guarantee.')
    act(() => store.getState().selectEvent(airlift.id))
    expect(
      screen.queryByRole('region', { name: 'Note on the record' }),
    ).not.toBeInTheDocument()
  })

  it('links https sources in a new tab, safely, and never links another scheme', () => {
    render(<EventDetailPanel />)
    act(() => store.getState().selectEvent(budapest.id))
    const sources = screen.getByRole('region', { name: 'Sources' })
    const link = within(sources).getByRole('link', {
      name: /memorandum on security assurances/i,
    })
    expect(link).toHaveAttribute('href', 'https://treaties.un.org/memorandum')
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    expect(within(sources).getAllByRole('link')).toHaveLength(1)
    expect(
      within(sources).getByText('A mirror with a bad address'),
    ).toBeInTheDocument()
    expect(sources).toHaveTextContent('United Nations')
    expect(sources).toHaveTextContent('Primary source')
    // The publication date where the data gives it, and nothing for a source without one.
    expect(within(sources).getByText('5 December 1994')).toHaveAttribute(
      'datetime',
      '1994-12-05',
    )
    expect(within(sources).getAllByText(/\d{4}$/)).toHaveLength(1)
    expect(sources).not.toHaveTextContent('No approved source was found')
  })

  it('warns when no approved source was found', () => {
    render(<EventDetailPanel />)
    act(() => store.getState().selectEvent(summit.id))
    expect(screen.getByRole('region', { name: 'Sources' })).toHaveTextContent(
      'No approved source was found; this is the best available.',
    )
  })

  it('quotes each citing passage, and "Show in essay" focuses and marks the passage', async () => {
    const user = userEvent.setup()
    renderPanels()
    act(() => store.getState().selectEvent(airlift.id))
    const cited = screen.getByRole('region', { name: 'Cited in the essay' })
    expect(within(cited).getAllByRole('listitem')).toHaveLength(2)
    expect(cited).toHaveTextContent(`cite ${airlift.id}`)

    await user.click(
      within(cited).getByRole('button', { name: 'Show in essay: paragraph 3' }),
    )
    expect(passage(3)).toHaveFocus()
    expect(passage(3)).toHaveAttribute('aria-current', 'true')
    expect(store.getState().selectedEventId).toBe(airlift.id)
  })

  it('Escape closes the panel and returns focus to the citation that opened it', async () => {
    const user = userEvent.setup()
    renderPanels()
    const citation = screen.getByRole('link', { name: `cite ${budapest.id}` })
    await user.click(citation)
    expect(
      within(panel()).getByRole('heading', { name: 'Budapest Memorandum' }),
    ).toHaveFocus()

    await user.keyboard('{Escape}')
    expect(store.getState().selectedEventId).toBeNull()
    expect(panel()).toHaveTextContent('Select an event on the timeline')
    expect(citation).toHaveFocus()
  })

  it('the close button closes the panel and returns focus', async () => {
    const user = userEvent.setup()
    renderPanels()
    const citation = screen.getByRole('link', { name: `cite ${summit.id}` })
    await user.click(citation)
    await user.click(
      screen.getByRole('button', { name: 'Close event details' }),
    )
    expect(store.getState().selectedEventId).toBeNull()
    expect(citation).toHaveFocus()
  })

  it('does not take focus when an event is selected with nothing focused (a shared link)', () => {
    render(<EventDetailPanel />)
    act(() => store.getState().selectEvent(budapest.id))
    expect(document.body).toHaveFocus()
  })

  it('steps to the previous and next shown events', async () => {
    const user = userEvent.setup()
    render(<EventDetailPanel />)
    act(() => store.getState().selectEvent(budapest.id))
    const next = screen.getByRole('button', { name: 'Next event' })
    expect(next).toHaveAccessibleDescription('White House summit')
    expect(
      screen.getByRole('button', { name: 'Previous event' }),
    ).toHaveAccessibleDescription('Berlin Airlift')

    await user.click(next)
    expect(
      within(panel()).getByRole('heading', {
        level: 2,
        name: 'White House summit',
      }),
    ).toBeInTheDocument()
    // At the end the button stays focusable but does nothing.
    expect(next).toHaveAttribute('aria-disabled', 'true')
    await user.click(next)
    expect(store.getState().selectedEventId).toBe(summit.id)

    act(() => store.getState().setFacets(['RU']))
    await user.click(screen.getByRole('button', { name: 'Previous event' }))
    expect(store.getState().selectedEventId).toBe(budapest.id)
  })

  it('says when the selected event is hidden by the filters', () => {
    render(<EventDetailPanel />)
    act(() => {
      store.getState().selectEvent(airlift.id)
      store.getState().setFacets(['UA'])
    })
    expect(panel()).toHaveTextContent(
      'Hidden on the timeline by the current filters.',
    )
  })
})
