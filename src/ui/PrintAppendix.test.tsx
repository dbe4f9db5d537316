import { act, render, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { useTimelineStore } from '../store/timelineStore'
import { makeDataset, makeEssay, makeEvent } from '../test/fixtures'
import { citationNotes, readableUrl } from './citedEvents'
import { PrintAppendix } from './PrintAppendix'

const airlift = makeEvent({
  id: 'berlin-airlift',
  title: 'Berlin Airlift',
  start: '1948-06-24',
  end: '1949-09-30',
  sources: [
    {
      title: 'The Berlin Airlift',
      publisher: 'Office of the Historian',
      url: 'https://history.state.gov/milestones/1945-1952/berlin-airlift',
      type: 'primary',
    },
  ],
})
const treaty = makeEvent({
  id: 'us-rok-treaty',
  title: 'US–ROK treaty',
  start: '1953-10-01',
})

beforeEach(() => {
  useTimelineStore.setState(useTimelineStore.getInitialState(), true)
})

describe('citationNotes(dataset)', () => {
  it('numbers citations in reading order, writing each event out once and referring back after', () => {
    const dataset = makeDataset(
      [airlift, treaty],
      makeEssay([['us-rok-treaty', 'berlin-airlift'], ['us-rok-treaty']]),
    )
    expect(
      citationNotes(dataset).map((n) => [
        n.number,
        n.events.map((e) => (e.seeNumber ? `see ${e.seeNumber}` : e.id)),
      ]),
    ).toEqual([
      [1, ['us-rok-treaty']],
      [2, ['berlin-airlift']],
      [3, ['see 1']],
    ])
  })
})

describe('PrintAppendix', () => {
  it('lists the cited events with dates and source URLs as text', () => {
    useTimelineStore
      .getState()
      .loadDataset(
        makeDataset(
          [airlift, treaty],
          makeEssay([['berlin-airlift'], ['us-rok-treaty', 'berlin-airlift']]),
        ),
      )
    render(<PrintAppendix />)
    // Not on screen: only for printing.
    expect(
      screen.queryByRole('region', { name: 'Cited events' }),
    ).not.toBeInTheDocument()
    act(() => {
      window.dispatchEvent(new Event('beforeprint'))
    })
    const appendix = screen.getByRole('region', { name: 'Cited events' })
    const notes = [
      '[1]Berlin Airlift, 24 June 1948 – 30 September 1949.Office of the Historian, “The Berlin Airlift”: https://history.state.gov/milestones/1945-1952/berlin-airlift',
      '[2]US–ROK treaty, 1 October 1953.Publisher, “A source”: https://example.org/source',
      '[3]Berlin Airlift: see [1].',
    ]
    expect(appendix).toHaveTextContent(`Cited events${notes.join('')}`)
    expect(within(appendix).queryByRole('link')).not.toBeInTheDocument()
    act(() => {
      window.dispatchEvent(new Event('afterprint'))
    })
    expect(appendix).not.toBeInTheDocument()
  })

  it('writes the notes on the record out as lettered endnotes, in reading order', () => {
    const dataset = makeDataset(
      [airlift, treaty],
      makeEssay([['berlin-airlift'], ['us-rok-treaty']]),
    )
    const note = (id: string, passageId: string, phrase: string) => ({
      id,
      passageId,
      phrase,
      note: `What the record shows about ${phrase}.`,
      sources: [
        {
          title: 'Treaty text',
          publisher: 'Archive',
          url: 'https://example.org/treaty',
          type: 'primary' as const,
        },
      ],
    })
    useTimelineStore.getState().loadDataset({
      ...dataset,
      claimNotes: [
        note('later', 'p-2', 'Paragraph 2'),
        note('first', 'p-1', 'cite berlin-airlift'),
      ],
    })
    render(<PrintAppendix />)
    act(() => {
      window.dispatchEvent(new Event('beforeprint'))
    })
    const notes = screen.getByRole('region', { name: 'Notes on the record' })
    expect(notes).toHaveTextContent(
      [
        'Notes on the record',
        '[a]Paragraph 1, “cite berlin-airlift”: What the record shows about cite berlin-airlift.',
        'Archive, “Treaty text”: https://example.org/treaty',
        '[b]Paragraph 2, “Paragraph 2”: What the record shows about Paragraph 2.',
        'Archive, “Treaty text”: https://example.org/treaty',
      ].join(''),
    )
  })

  it('renders nothing before a dataset is loaded', () => {
    const { container } = render(<PrintAppendix />)
    act(() => {
      window.dispatchEvent(new Event('beforeprint'))
    })
    expect(container).toBeEmptyDOMElement()
  })
})

describe('readableUrl(url)', () => {
  it('decodes escaped letters and keeps what cannot be decoded', () => {
    expect(
      readableUrl('https://en.wikipedia.org/wiki/Trump%E2%80%93Zelenskyy'),
    ).toBe('https://en.wikipedia.org/wiki/Trump–Zelenskyy')
    expect(readableUrl('https://example.org/a%2Fb%ZZ')).toBe(
      'https://example.org/a%2Fb%ZZ',
    )
  })
})
