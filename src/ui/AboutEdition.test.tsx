import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { validateContent } from '../data/validateContent'
import { useTimelineStore } from '../store/timelineStore'
import { AboutEdition } from './AboutEdition'
import { editionFacts } from './editionFacts'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

const source = (type: string) => ({
  title: 'S',
  publisher: 'P',
  url: 'https://example.org/',
  type,
})

function load(extra: Record<string, unknown> = {}) {
  const result = validateContent(
    JSON.stringify({
      title: 'T',
      asOf: '2025-08-31',
      events: [
        {
          id: 'a',
          title: 'A',
          kind: 'treaty',
          start: '1990',
          countries: ['DE'],
          summary: 'A.',
          note: 'The record qualifies this.',
          sources: [source('primary')],
        },
        {
          id: 'b',
          title: 'B',
          kind: 'treaty',
          start: '1991',
          countries: ['DE'],
          summary: 'B.',
          sources: [source('news')],
        },
      ],
      ...extra,
    }),
    '# Borders\n\nBy A. Writer\n\nThe [first](event:a "inferred"), the [second](event:b "added") and [again](event:a).\n',
  )
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  useTimelineStore.setState(useTimelineStore.getInitialState(), true)
  useTimelineStore.getState().loadDataset(result.value)
}

function renderPage() {
  return render(
    <>
      <SiteHeader search={null} filters={null} />
      <SiteFooter />
      <AboutEdition />
    </>,
  )
}

beforeEach(() => load())

describe('editionFacts(dataset)', () => {
  it('counts the events, their primary sources, each kind of link and the notes', () => {
    const dataset = useTimelineStore.getState().dataset!
    expect(editionFacts(dataset)).toEqual({
      eventCount: 2,
      primaryEventCount: 1,
      inferredLinks: 1,
      addedLinks: 1,
      unmarkedLinks: 1,
      eventNoteCount: 1,
      claimNoteCount: 0,
      corrections: null,
    })
  })
})

describe('About this edition', () => {
  it('opens from the header as a named dialog with focus inside, and says how the edition was made', async () => {
    const user = userEvent.setup()
    renderPage()
    const banner = within(screen.getByRole('banner'))
    await user.click(banner.getByRole('button', { name: 'Menu' }))
    const opener = banner.getByRole('button', { name: 'About this edition' })
    await user.click(opener)
    const dialog = await screen.findByRole('dialog', {
      name: 'About this edition',
    })
    expect(
      within(dialog).getByRole('heading', { name: 'About this edition' }),
    ).toHaveFocus()
    expect(dialog).toHaveTextContent('a primary document for 1 of the 2 events')
    expect(dialog).toHaveTextContent(
      'The author linked 1 phrase, but the original link targets were lost',
    )
    expect(dialog).toHaveTextContent('We linked 1 further mention of events')
    expect(dialog).toHaveTextContent('1 link is as the essay’s author made it.')
    expect(dialog).toHaveTextContent('(1 event has one)')
    expect(dialog).toHaveTextContent('as of 31 August 2025')
    expect(dialog).toHaveTextContent(
      'This copy of the timeline gives no address for reporting errors.',
    )
  })

  it('Escape closes it and gives focus back to the button that opened it (the footer’s)', async () => {
    const user = userEvent.setup()
    renderPage()
    const opener = within(screen.getByRole('contentinfo')).getByRole('button', {
      name: 'About this edition',
    })
    await user.click(opener)
    expect(await screen.findByRole('dialog')).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(opener).toHaveFocus()
  })

  it('keeps Tab inside the dialog, and Close closes it', async () => {
    const user = userEvent.setup()
    load({ corrections: 'https://example.org/issues/new' })
    renderPage()
    const banner = within(screen.getByRole('banner'))
    await user.click(banner.getByRole('button', { name: 'Menu' }))
    await user.click(banner.getByRole('button', { name: 'About this edition' }))
    const dialog = await screen.findByRole('dialog', {
      name: 'About this edition',
    })
    const report = within(dialog).getByRole('link', { name: /report it here/ })
    const close = within(dialog).getByRole('button', { name: 'Close' })
    await user.tab()
    expect(report).toHaveFocus()
    await user.tab()
    expect(close).toHaveFocus()
    await user.tab()
    expect(report).toHaveFocus()
    await user.tab({ shift: true })
    expect(close).toHaveFocus()
    await user.click(close)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('links a mailto: address for corrections as "write to …"', async () => {
    load({ corrections: 'mailto:corrections@example.org?subject=Timeline' })
    renderPage()
    act(() => useTimelineStore.getState().setAboutOpen(true))
    expect(
      within(await screen.findByRole('dialog')).getByRole('link', {
        name: 'write to corrections@example.org',
      }),
    ).toHaveAttribute('href', 'mailto:corrections@example.org?subject=Timeline')
  })
})
