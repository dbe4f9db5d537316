import { act, render, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { validateContent } from '../data/validateContent'
import { EventDetailPanel } from '../detail/EventDetailPanel'
import { EssayPanel } from '../essay/EssayPanel'
import { useTimelineStore } from '../store/timelineStore'
import { Timeline } from '../timeline/Timeline'
import { PrintAppendix } from '../ui/PrintAppendix'

/**
 * HTML and script in every text field of an opened timeline are shown as the characters they are: the text
 * appears literally and no element of the payload exists in the page (hostile input).
 */

const SCRIPT = '<script>alert(1)</script>'
const IMG = '<img src=x onerror=alert(1)>'
const IFRAME = '<iframe src="javascript:alert(1)"></iframe>'
const RTL = 'معاهدة \u202egnp.exe'

const eventsJson = JSON.stringify({
  title: `Title ${SCRIPT}`,
  asOf: '2025-08-31',
  events: [
    {
      id: 'payload',
      title: `Treaty ${IMG}`,
      kind: 'treaty',
      start: '1953-10-01',
      countries: ['US', 'KR'],
      summary: `Summary ${SCRIPT} ${RTL}`,
      note: `Note ${IFRAME}`,
      sources: [
        {
          title: `Source ${IMG}`,
          publisher: `Publisher ${SCRIPT}`,
          url: 'https://example.org/?q=<script>',
          type: 'primary',
        },
      ],
    },
  ],
})
const essay = [
  `# Essay ${IMG}`,
  `By ${SCRIPT}`,
  `## Section ${IFRAME}`,
  `Before [cite ${IMG}](event:payload) after ${SCRIPT} and [a link](javascript:alert(1)).`,
].join('\n\n')

/** Elements the payloads would create if anything rendered them as HTML. */
function injectedElements(): number {
  // No role can find what must not exist: count the tags directly.
  return document.querySelectorAll('script, img, iframe').length
}

beforeEach(() => {
  const result = validateContent(eventsJson, essay)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  useTimelineStore.setState(useTimelineStore.getInitialState(), true)
  useTimelineStore.getState().loadDataset(result.value)
})

describe('hostile text in every field', () => {
  it('the essay shows titles, byline, headings, paragraphs and citations literally', () => {
    render(<EssayPanel />)
    const essayRegion = screen.getByRole('article', { name: 'Essay' })
    expect(
      within(essayRegion).getByRole('heading', { level: 1 }),
    ).toHaveTextContent(`Essay ${IMG}`)
    expect(
      within(essayRegion).getByRole('heading', { level: 2 }),
    ).toHaveTextContent(`Section ${IFRAME}`)
    expect(essayRegion).toHaveTextContent(`By ${SCRIPT}`)
    expect(essayRegion).toHaveTextContent(`after ${SCRIPT} and a link.`)
    expect(
      within(essayRegion).getByRole('link', { name: `cite ${IMG}` }),
    ).toHaveAttribute('href', '?event=payload#event-payload')
    // The javascript: link is text, not a link.
    expect(within(essayRegion).getAllByRole('link')).toHaveLength(1)
    expect(injectedElements()).toBe(0)
  })

  it('the event details show title, summary, note and sources literally', () => {
    useTimelineStore.getState().selectEvent('payload')
    render(<EventDetailPanel />)
    const details = screen.getByRole('complementary', { name: 'Event details' })
    expect(
      within(details).getByRole('heading', { name: `Treaty ${IMG}` }),
    ).toBeInTheDocument()
    expect(details).toHaveTextContent(`Summary ${SCRIPT} ${RTL}`)
    expect(details).toHaveTextContent(`Note ${IFRAME}`)
    expect(
      within(details).getByRole('link', {
        name: new RegExp(`Source ${IMG.replace(/[()]/g, '\\$&')}`),
      }),
    ).toHaveAttribute('href', 'https://example.org/?q=<script>')
    expect(details).toHaveTextContent(`Publisher ${SCRIPT}`)
    expect(injectedElements()).toBe(0)
  })

  it('the timeline and the printed appendix show the title literally', () => {
    render(
      <>
        <Timeline widthPx={800} />
        <PrintAppendix />
      </>,
    )
    act(() => {
      window.dispatchEvent(new Event('beforeprint'))
    })
    expect(
      screen.getByRole('button', { name: new RegExp(`^Treaty <img`) }),
    ).toBeInTheDocument()
    expect(
      screen.getByRole('region', { name: 'Cited events' }),
    ).toHaveTextContent(`Treaty ${IMG}, 1 October 1953.`)
    expect(injectedElements()).toBe(0)
  })
})
