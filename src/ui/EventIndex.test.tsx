import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { makeDataset, makeEvent } from '../test/fixtures'
import { EventIndex } from './EventIndex'

describe('EventIndex', () => {
  it('lists each event under #event-<id> with its dates, summary, note and linked sources', () => {
    const airlift = makeEvent({
      id: 'airlift',
      title: 'Berlin Airlift',
      start: '1948-06-24',
      end: '1949-09-30',
      summary: 'The city was supplied by air.',
      note: 'The blockade itself ended in May 1949.',
    })
    render(<EventIndex dataset={makeDataset([airlift])} />)
    // The first list item in document order is the event's entry (its sources are a list inside it).
    const entry = screen.getAllByRole('listitem')[0]!
    expect(
      within(entry).getByRole('heading', { name: 'Berlin Airlift' }),
    ).toBeInTheDocument()
    expect(entry).toHaveAttribute('id', 'event-airlift')
    const inEntry = within(entry)
    expect(
      inEntry.getByText('24 June 1948 – 30 September 1949'),
    ).toBeInTheDocument()
    expect(
      inEntry.getByText('The city was supplied by air.'),
    ).toBeInTheDocument()
    expect(
      inEntry.getByText(/The blockade itself ended in May 1949/),
    ).toBeInTheDocument()
    const source = airlift.sources[0]!
    expect(
      within(inEntry.getByRole('list', { name: 'Sources' })).getByRole('link', {
        name: source.title,
      }),
    ).toHaveAttribute('href', source.url)
  })
})
