import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { validateContent } from '../data/validateContent'
import { EventDetailPanel } from '../detail/EventDetailPanel'
import { useTimelineStore } from '../store/timelineStore'
import { EssayPanel } from './EssayPanel'

// jsdom has no canvas to test flag emoji support with; the detail panel's own test covers flags.
vi.mock('../detail/flagSupport', () => ({ supportsFlagEmoji: () => false }))

const source = {
  title: 'Treaty text',
  publisher: 'Archive',
  url: 'https://example.org/treaty',
  type: 'primary',
}
const event = (id: string, title: string, start: string) => ({
  id,
  title,
  kind: 'treaty',
  start,
  countries: ['DE'],
  summary: `${title} happened.`,
  sources: [source],
})

const EVENTS_JSON = JSON.stringify({
  title: 'Test timeline',
  asOf: '2025-08-31',
  events: [
    event('two-plus-four', 'Two Plus Four Treaty', '1990-09-12'),
    event('reunification', 'German reunification', '1990-10-03'),
  ],
  claimNotes: [
    {
      id: 'ceding',
      passage: 'p-1',
      phrase: 'never agreed to cede territory',
      note: 'The Two Plus Four Treaty made united Germany’s borders definitive.',
      sources: [source],
    },
  ],
})

const ESSAY = [
  '# Borders',
  '',
  'The allies never agreed to cede territory: see the [settlement](event:two-plus-four "inferred") and',
  '[reunification](event:reunification "added").',
  '',
].join('\n')

const store = useTimelineStore

beforeEach(() => {
  const result = validateContent(EVENTS_JSON, ESSAY)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  store.setState(store.getInitialState(), true)
  store.getState().loadDataset(result.value)
})

function renderPanels() {
  return render(
    <>
      <EssayPanel />
      <EventDetailPanel />
    </>,
  )
}

const essay = () => screen.getByRole('article', { name: 'Essay' })
const details = () =>
  screen.getByRole('complementary', { name: 'Event details' })

describe('whose link a citation is', () => {
  it('each citation says whose link it is to assistive technology', () => {
    renderPanels()
    expect(
      within(essay()).getByRole('link', { name: 'settlement' }),
    ).toHaveAccessibleDescription(
      'Cites Two Plus Four Treaty. The author’s link; which event it meant is our reading.',
    )
    expect(
      within(essay()).getByRole('link', { name: 'reunification' }),
    ).toHaveAccessibleDescription(
      'Cites German reunification. Link added by the editors.',
    )
  })

  it('the legend under the byline explains the two styles and opens the edition notes', async () => {
    const user = userEvent.setup()
    renderPanels()
    const legend = within(essay()).getByText(/were\s+added by the editors/)
    expect(legend).toHaveTextContent(
      'Underlined links are the author’s; which event each meant is our reading. Dotted links were added by the editors.',
    )
    await user.click(
      within(legend).getByRole('button', { name: 'About this edition' }),
    )
    expect(store.getState().isAboutOpen).toBe(true)
  })

  it('the event panel says the author linked the phrase when an author’s link opened it', async () => {
    const user = userEvent.setup()
    renderPanels()
    await user.click(within(essay()).getByRole('link', { name: 'settlement' }))
    expect(details()).toHaveTextContent(
      '“settlement” The author linked this phrase; the original target was lost, so this event is our best reading.',
    )
    expect(details()).not.toHaveTextContent('Link added by the editors.')
  })

  it('the event panel says "Link added by the editors" when the editors’ link opened it', async () => {
    const user = userEvent.setup()
    renderPanels()
    await user.click(
      within(essay()).getByRole('link', { name: 'reunification' }),
    )
    expect(details()).toHaveTextContent(
      '“reunification” Link added by the editors.',
    )
    expect(details()).not.toHaveTextContent('our best reading')
  })

  it('an event opened from the timeline names no opening citation, only each citing passage’s kind', async () => {
    renderPanels()
    act(() => store.getState().selectEvent('two-plus-four'))
    expect(details()).not.toHaveTextContent('our best reading.')
    expect(details()).toHaveTextContent(
      'The author’s link (its event is our reading)',
    )
  })
})

describe('notes on the record', () => {
  it('a marker named for the note opens and closes it beside the passage, by pointer', async () => {
    const user = userEvent.setup()
    renderPanels()
    const marker = within(essay()).getByRole('button', {
      name: 'Note on the record: “never agreed to cede territory”',
    })
    expect(marker).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('note')).not.toBeInTheDocument()

    await user.click(marker)
    expect(marker).toHaveAttribute('aria-expanded', 'true')
    const note = screen.getByRole('note', {
      name: 'Note on the record: “never agreed to cede territory”',
    })
    expect(note).toHaveTextContent(
      'On the record“never agreed to cede territory”The Two Plus Four Treaty made united Germany’s borders definitive.',
    )
    expect(
      within(note).getByRole('link', {
        name: /^Treaty text/,
      }),
    ).toHaveAttribute('href', 'https://example.org/treaty')

    await user.click(marker)
    expect(screen.queryByRole('note')).not.toBeInTheDocument()
  })

  it('the marker works from the keyboard and leaves the essay’s words as they are', async () => {
    const user = userEvent.setup()
    renderPanels()
    const marker = within(essay()).getByRole('button', {
      name: /^Note on the record/,
    })
    marker.focus()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('note')).toBeVisible()
    await user.keyboard(' ')
    expect(screen.queryByRole('note')).not.toBeInTheDocument()
    // The paragraph reads as the essay does; the marker's letter and print mark are not read as text.
    const paragraph = screen.getByText((_, el) => el?.id === 'p-1')
    const copy = paragraph.cloneNode(true) as HTMLElement
    // eslint-disable-next-line testing-library/no-node-access -- reading the words without the marks is the point
    const marks = copy.querySelectorAll(
      'button, [aria-hidden="true"], [hidden]',
    )
    marks.forEach((el) => el.remove())
    const words = copy.textContent
    expect(words).toBe(
      'The allies never agreed to cede territory: see the settlement and reunification.',
    )
  })
})
