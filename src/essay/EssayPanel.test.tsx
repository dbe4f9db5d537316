import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Essay, Inline } from '../data/types'
import { EventDetailPanel } from '../detail/EventDetailPanel'
import { useTimelineStore } from '../store/timelineStore'
import { makeDataset, makeEssay, makeEvent } from '../test/fixtures'
import { EssayPanel } from './EssayPanel'
import { FOLLOW_PLAYHEAD_INTERVAL_MS } from './useEssayScroll'

// jsdom has no canvas to test flag emoji support with; the detail panel's own test covers flags.
vi.mock('../detail/flagSupport', () => ({ supportsFlagEmoji: () => false }))

const store = useTimelineStore

const airlift = makeEvent({
  id: 'berlin-airlift',
  title: 'Berlin Airlift',
  start: '1948-06-24',
  end: '1949-09-30',
  countries: ['US', 'DE'],
})
const japan = makeEvent({
  id: 'us-japan-treaty',
  title: 'US-Japan Security Treaty',
  start: '1951-09-08',
  countries: ['US', 'JP'],
})
const korea = makeEvent({
  id: 'us-korea-treaty',
  title: 'US-Korea Mutual Defense Treaty',
  start: '1953-10-01',
  countries: ['US', 'KR'],
})

/** p-1 cites the airlift, p-2 Japan, p-3 the airlift again, p-4 Korea; a heading before p-3. */
function essayWithHeading(): Essay {
  const base = makeEssay([[airlift.id], [japan.id], [airlift.id], [korea.id]])
  return {
    ...base,
    title: 'An Imperfect Peace',
    blocks: [
      { type: 'passage', passageId: 'p-1' },
      { type: 'passage', passageId: 'p-2' },
      { type: 'heading', id: 'lurching', depth: 2, text: 'Lurching' },
      { type: 'passage', passageId: 'p-3' },
      { type: 'passage', passageId: 'p-4' },
    ],
  }
}

function load(essay: Essay = essayWithHeading()) {
  store.setState(store.getInitialState(), true)
  store.getState().loadDataset(makeDataset([airlift, japan, korea], essay))
}

function renderPanels() {
  return render(
    <>
      <EssayPanel />
      <EventDetailPanel />
    </>,
  )
}

const passage = (n: number) => screen.getByText((_, el) => el?.id === `p-${n}`)

beforeEach(() => load())

describe('EssayPanel', () => {
  it('renders the essay as an article with its title, byline and headings', () => {
    renderPanels()
    const essay = screen.getByRole('article', { name: 'Essay' })
    expect(
      within(essay).getByRole('heading', {
        level: 1,
        name: 'An Imperfect Peace',
      }),
    ).toBeInTheDocument()
    expect(within(essay).getByText('By A. Writer')).toBeInTheDocument()
    expect(
      within(essay).getByRole('heading', { level: 2, name: 'Lurching' }),
    ).toBeInTheDocument()
    expect(passage(3)).toHaveTextContent('Paragraph 3.')
  })

  it('renders each citation as a deep link named by its anchor text', () => {
    renderPanels()
    const links = screen.getAllByRole('link', { name: `cite ${airlift.id}` })
    expect(links).toHaveLength(2)
    expect(links[0]).toHaveAttribute(
      'href',
      `?event=${airlift.id}#event-${airlift.id}`,
    )
    expect(links[0]).toHaveAccessibleDescription('Cites Berlin Airlift.')
  })

  it('a click on a citation opens the event panel with that event', async () => {
    const user = userEvent.setup()
    renderPanels()
    const panel = screen.getByRole('complementary', { name: 'Event details' })
    expect(
      within(panel).queryByRole('heading', {
        name: 'US-Japan Security Treaty',
      }),
    ).not.toBeInTheDocument()

    await user.click(screen.getByRole('link', { name: `cite ${japan.id}` }))

    expect(
      within(panel).getByRole('heading', {
        level: 2,
        name: 'US-Japan Security Treaty',
      }),
    ).toBeInTheDocument()
    expect(store.getState().selectedEventId).toBe(japan.id)
  })

  it('a ctrl-click on a citation leaves the link to the browser and selects nothing', async () => {
    const user = userEvent.setup()
    renderPanels()
    const link = screen.getByRole('link', { name: `cite ${japan.id}` })
    // Stop jsdom from attempting the navigation the browser would do in a new tab.
    link.addEventListener('click', (e) => e.preventDefault())
    await user.keyboard('{Control>}')
    await user.click(link)
    await user.keyboard('{/Control}')
    expect(store.getState().selectedEventId).toBeNull()
  })

  it('selecting an event marks every passage citing it as current', () => {
    renderPanels()
    act(() => store.getState().selectEvent(airlift.id))
    expect(passage(1)).toHaveAttribute('aria-current', 'true')
    expect(passage(3)).toHaveAttribute('aria-current', 'true')
    expect(passage(2)).not.toHaveAttribute('aria-current')
    expect(passage(4)).not.toHaveAttribute('aria-current')

    act(() => store.getState().selectEvent(korea.id))
    expect(passage(1)).not.toHaveAttribute('aria-current')
    expect(passage(4)).toHaveAttribute('aria-current', 'true')
  })

  it('selecting an event elsewhere scrolls its first citing passage into view', () => {
    const scrolled: string[] = []
    const spy = vi
      .spyOn(Element.prototype, 'scrollIntoView')
      .mockImplementation(function (this: Element) {
        scrolled.push(this.id)
      })
    renderPanels()
    act(() => store.getState().selectEvent(airlift.id))
    expect(scrolled).toEqual(['p-1'])
    spy.mockRestore()
  })

  it('scrubbing onto an event brings the passage citing it into view without selecting', () => {
    const scrolled: string[] = []
    const spy = vi
      .spyOn(Element.prototype, 'scrollIntoView')
      .mockImplementation(function (this: Element) {
        scrolled.push(this.id)
      })
    renderPanels()
    act(() => store.getState().scrubToEvent(korea.id))
    expect(scrolled).toEqual(['p-4'])
    expect(store.getState().selectedEventId).toBeNull()
    expect(passage(4)).not.toHaveAttribute('aria-current')
    spy.mockRestore()
  })

  it('scrubbing across several cited events scrolls at once, then once more for where it stops', () => {
    vi.useFakeTimers()
    const scrolled: string[] = []
    const spy = vi
      .spyOn(Element.prototype, 'scrollIntoView')
      .mockImplementation(function (this: Element) {
        scrolled.push(this.id)
      })
    renderPanels()
    act(() => store.getState().scrubToEvent(airlift.id))
    act(() => store.getState().scrubToEvent(japan.id))
    act(() => store.getState().scrubToEvent(korea.id))
    expect(scrolled).toEqual(['p-1'])
    act(() => vi.advanceTimersByTime(FOLLOW_PLAYHEAD_INTERVAL_MS))
    expect(scrolled).toEqual(['p-1', 'p-4'])
    spy.mockRestore()
    vi.useRealTimers()
  })

  it('a drag to later events moves the essay only forward: an event cited only behind moves nothing', () => {
    vi.useFakeTimers()
    load(makeEssay([[korea.id], [airlift.id], [japan.id]]))
    const scrolled: string[] = []
    const spy = vi
      .spyOn(Element.prototype, 'scrollIntoView')
      .mockImplementation(function (this: Element) {
        scrolled.push(this.id)
      })
    renderPanels()
    for (const event of [airlift, japan, korea]) {
      act(() => store.getState().scrubToEvent(event.id))
      act(() => vi.advanceTimersByTime(FOLLOW_PLAYHEAD_INTERVAL_MS))
    }
    expect(scrolled).toEqual(['p-2', 'p-3'])
    spy.mockRestore()
    vi.useRealTimers()
  })

  it('scrubbing does not scroll the essay while the reader is scrolling it', () => {
    const scrolled: string[] = []
    const spy = vi
      .spyOn(Element.prototype, 'scrollIntoView')
      .mockImplementation(function (this: Element) {
        scrolled.push(this.id)
      })
    renderPanels()
    act(() => {
      document.dispatchEvent(new Event('scroll'))
    })
    act(() => store.getState().scrubToEvent(korea.id))
    expect(scrolled).toEqual([])
    spy.mockRestore()
  })

  it('the citation of the event under the playhead is marked current', () => {
    renderPanels()
    const link = screen.getByRole('link', { name: `cite ${korea.id}` })
    expect(link).not.toHaveClass('is-current')
    act(() => store.getState().scrubToEvent(korea.id))
    expect(link).toHaveClass('is-current')
    act(() => store.getState().scrubToEvent(japan.id))
    expect(link).not.toHaveClass('is-current')
    expect(screen.getByRole('link', { name: `cite ${japan.id}` })).toHaveClass(
      'is-current',
    )
  })

  it('hovering or focusing a citation lights its event up (hoveredEventId)', async () => {
    const user = userEvent.setup()
    renderPanels()
    const link = screen.getByRole('link', { name: `cite ${korea.id}` })
    await user.hover(link)
    expect(store.getState().hoveredEventId).toBe(korea.id)
    await user.unhover(link)
    expect(store.getState().hoveredEventId).toBeNull()
    await user.tab()
    expect(store.getState().hoveredEventId).toBe(airlift.id)
  })

  it('citations of events hidden by the filters stay clickable and say they are hidden', async () => {
    const user = userEvent.setup()
    renderPanels()
    act(() => store.getState().setFacets(['KR']))
    const link = screen.getByRole('link', { name: `cite ${japan.id}` })
    expect(link).toHaveAccessibleDescription(
      'Cites US-Japan Security Treaty. Hidden on the timeline by the filters.',
    )
    expect(
      screen.getByRole('link', { name: `cite ${korea.id}` }),
    ).toHaveAccessibleDescription('Cites US-Korea Mutual Defense Treaty.')
    await user.click(link)
    expect(store.getState().selectedEventId).toBe(japan.id)
  })

  it('a citation of several events says so and opens the first', async () => {
    const user = userEvent.setup()
    const base = makeEssay([[japan.id]])
    const multi: Inline = {
      type: 'citation',
      id: 'c-1',
      eventIds: [korea.id, japan.id],
      provenance: null,
      children: [{ type: 'text', value: 'treaties' }],
    }
    load({
      ...base,
      passages: [
        {
          ...base.passages[0]!,
          inlines: [{ type: 'text', value: 'The ' }, multi],
        },
      ],
      citations: [
        {
          id: 'c-1',
          passageId: 'p-1',
          eventIds: [korea.id, japan.id],
          text: 'treaties',
          provenance: null,
        },
      ],
    })
    renderPanels()
    const link = screen.getByRole('link', { name: 'treaties' })
    expect(link).toHaveAccessibleDescription(
      'Cites 2 events: US-Korea Mutual Defense Treaty; US-Japan Security Treaty. Opens the first.',
    )
    await user.click(link)
    expect(store.getState().selectedEventId).toBe(korea.id)
  })

  it('renders only https links from the essay as links, and markup never as HTML', () => {
    const base = makeEssay([[]])
    load({
      ...base,
      passages: [
        {
          ...base.passages[0]!,
          inlines: [
            {
              type: 'link',
              href: 'https://example.org/a',
              children: [{ type: 'text', value: 'safe link' }],
            },
            { type: 'text', value: ' and ' },
            {
              type: 'link',
              href: 'javascript:alert(1)',
              children: [{ type: 'text', value: 'bad link' }],
            },
            {
              type: 'link',
              href: 'https://user:pass@example.org/',
              children: [{ type: 'text', value: 'link with a password' }],
            },
            { type: 'text', value: ' and <b>not bold</b>' },
          ],
        },
      ],
    })
    renderPanels()
    const safe = screen.getByRole('link', { name: 'safe link' })
    expect(safe).toHaveAttribute('target', '_blank')
    expect(safe).toHaveAttribute('rel', 'noopener noreferrer')
    expect(
      screen.queryByRole('link', { name: 'bad link' }),
    ).not.toBeInTheDocument()
    expect(screen.getByText('bad link')).toBeInTheDocument()
    expect(
      screen.queryByRole('link', { name: 'link with a password' }),
    ).not.toBeInTheDocument()
    expect(passage(1)).toHaveTextContent('and <b>not bold</b>')
  })
})
