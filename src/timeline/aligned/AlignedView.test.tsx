import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { buildDataset } from '../../data/events/buildDataset'
import type { PrecedentCase } from '../../data/types'
import { useTimelineStore } from '../../store/timelineStore'
import { AS_OF, date, makeEssay, makeEvent } from '../../test/fixtures'
import { useUrlSync } from '../../url/useUrlSync'
import { Timeline } from '../Timeline'

const store = useTimelineStore

const occupation = makeEvent({
  id: 'occupation',
  title: 'Allied occupation of Germany',
  start: '1945-06-05',
  end: '1955-05-05',
  countries: ['DE'],
})
const nato = makeEvent({
  id: 'nato',
  title: 'West Germany joins NATO',
  start: '1955-05-06',
  countries: ['DE'],
})
const reunification = makeEvent({
  id: 'reunification',
  title: 'German reunification',
  start: '1990-10-03',
  countries: ['DE'],
})
const kurils = makeEvent({
  id: 'kurils',
  title: 'Soviet seizure of the Kurils',
  start: '1945-08-18',
  countries: ['JP'],
})
const japanTreaty = makeEvent({
  id: 'japan-treaty',
  title: 'US–Japan Security Treaty',
  start: '1951-09-08',
  countries: ['JP'],
})
const elsewhere = makeEvent({
  id: 'elsewhere',
  title: 'Kosovo Force',
  start: '1999-06-12',
  countries: ['XK'],
})

const germany: PrecedentCase = {
  id: 'divided-germany',
  name: 'Divided Germany',
  eventIds: ['occupation', 'nato', 'reunification'],
  milestones: [
    {
      kind: 'loss',
      label: 'Occupied',
      date: date('1945-06-05'),
      eventId: 'occupation',
    },
    {
      kind: 'guarantee',
      label: 'Joins NATO',
      date: date('1955-05-06'),
      eventId: 'nato',
    },
    {
      kind: 'outcome',
      label: 'Reunified',
      date: date('1990-10-03'),
      eventId: 'reunification',
    },
  ],
  guarantee: date('1955-05-06'),
  resolved: date('1990-10-03'),
}
const japan: PrecedentCase = {
  id: 'japan',
  name: 'Japan and the Kurils',
  eventIds: ['kurils', 'japan-treaty'],
  milestones: [
    {
      kind: 'loss',
      label: 'Islands seized',
      date: date('1945-08-18'),
      eventId: 'kurils',
    },
    {
      kind: 'guarantee',
      label: 'Treaty',
      date: date('1951-09-08'),
      eventId: 'japan-treaty',
    },
  ],
  guarantee: date('1951-09-08'),
  resolved: null,
}

const events = [occupation, nato, reunification, kurils, japanTreaty, elsewhere]
const dataset = buildDataset({
  title: 'Test timeline',
  asOf: AS_OF,
  events,
  essay: makeEssay(events.map((e) => [e.id])),
  cases: [germany, japan],
})

function Harness() {
  useUrlSync()
  return <Timeline widthPx={900} />
}

/** Render at `url`; the aligned view's code loads on demand, so wait for its first row when it is asked for. */
async function openAt(url = '/') {
  window.history.replaceState(null, '', url)
  act(() => store.getState().loadDataset(dataset))
  render(<Harness />)
  if (url.includes('lens=aligned'))
    await screen.findByRole('group', { name: /^Divided Germany/ })
}

const view = () => screen.getByRole('radiogroup', { name: 'Timeline view' })
const row = (name: RegExp) => screen.getByRole('group', { name })
const slider = () => screen.getByRole('slider', { name: 'Timeline date' })

beforeEach(() => {
  store.setState(store.getInitialState(), true)
})

describe('the aligned lens in the timeline', () => {
  it('a "Timeline view" choice switches to one row per case, keeping the ?lens URL', async () => {
    const user = userEvent.setup()
    await openAt()
    expect(
      within(view()).getByRole('radio', { name: 'Chronological' }),
    ).toBeChecked()
    await user.click(
      within(view()).getByRole('radio', { name: 'Aligned by guarantee' }),
    )
    expect(store.getState().lens).toBe('aligned')
    expect(location.search).toBe('?lens=aligned')
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument()
    const germanyRow = await screen.findByRole('group', {
      name: /^Divided Germany: guarantee 6 May 1955; the question stayed open 35 years, settled 3 October 1990$/,
    })
    expect(
      within(germanyRow)
        .getAllByRole('button')
        .map((b) => b.getAttribute('data-event-id')),
    ).toEqual(['occupation', 'nato', 'reunification'])
    expect(
      row(/^Japan and the Kurils: guarantee 8 September 1951/),
    ).toBeInTheDocument()
    // Events in no case are not drawn in this view.
    expect(
      screen.queryByRole('button', { name: /Kosovo Force/ }),
    ).not.toBeInTheDocument()
  })

  it('opens aligned from ?lens=aligned, with the same mark names and selection', async () => {
    const user = userEvent.setup()
    await openAt('/?lens=aligned')
    const mark = within(row(/^Divided Germany/)).getByRole('button', {
      name: 'German reunification, 3 October 1990',
    })
    expect(mark).toHaveAttribute('aria-pressed', 'false')
    await user.click(mark)
    expect(mark).toHaveAttribute('aria-pressed', 'true')
    expect(store.getState().selectedEventId).toBe('reunification')
    expect(location.search).toBe('?event=reunification&lens=aligned')
    expect(slider()).toHaveAttribute(
      'aria-valuetext',
      'Year 35 after the guarantee, Divided Germany: German reunification',
    )
  })

  it('scrubs by keyboard in years since each guarantee', async () => {
    const user = userEvent.setup()
    await openAt('/?lens=aligned')
    expect(slider()).toHaveAttribute('aria-valuetext', 'No date chosen')
    slider().focus()
    await user.keyboard('{Home}')
    expect(slider()).toHaveAttribute(
      'aria-valuetext',
      'Year 9 before the guarantee, Divided Germany: Allied occupation of Germany',
    )
    await user.keyboard('{ArrowRight}')
    expect(slider()).toHaveAttribute(
      'aria-valuetext',
      'Year 6 before the guarantee, Japan and the Kurils: Soviet seizure of the Kurils',
    )
    expect(store.getState().currentEventId).toBe('kurils')
    await user.keyboard('{PageUp}')
    expect(slider()).toHaveAttribute(
      'aria-valuetext',
      'Year 5 before the guarantee',
    )
    await user.keyboard('{End}')
    expect(Number(slider().getAttribute('aria-valuenow'))).toBeCloseTo(35.41, 2)
  })

  it('moves focus along the aligned marks with arrow keys, one tab stop', async () => {
    const user = userEvent.setup()
    await openAt('/?lens=aligned')
    const buttons = screen
      .getAllByRole('button')
      .filter((b) => b.hasAttribute('data-event-id'))
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1)
    buttons[0]!.focus()
    await user.keyboard('{ArrowRight}')
    expect(
      screen.getByRole('button', {
        name: 'West Germany joins NATO, 6 May 1955',
      }),
    ).toHaveFocus()
    await user.keyboard('{End}')
    expect(
      screen.getByRole('button', {
        name: 'US–Japan Security Treaty, 8 September 1951',
      }),
    ).toHaveFocus()
  })

  it('follows the filters: a row keeps its frame but drops filtered-out events', async () => {
    await openAt('/?lens=aligned')
    act(() => store.getState().setFacets(['JP']))
    expect(
      within(row(/^Divided Germany/)).queryAllByRole('button'),
    ).toHaveLength(0)
    expect(
      within(row(/^Japan and the Kurils/)).getAllByRole('button'),
    ).toHaveLength(2)
  })

  it('aligns a case with no guarantee at asOf and names it an open question', async () => {
    const summit = makeEvent({
      id: 'summit',
      title: 'White House summit',
      start: '2025-08-18',
      countries: ['UA'],
    })
    const ukraine: PrecedentCase = {
      id: 'ukraine',
      name: 'Ukraine',
      eventIds: ['summit'],
      milestones: [
        {
          kind: 'step',
          label: 'Guarantees discussed',
          date: date('2025-08-18'),
          eventId: 'summit',
        },
      ],
      guarantee: null,
      resolved: null,
    }
    const all = [...events, summit]
    window.history.replaceState(null, '', '/?lens=aligned')
    act(() =>
      store.getState().loadDataset(
        buildDataset({
          title: 'Test timeline',
          asOf: AS_OF,
          events: all,
          essay: makeEssay(all.map((e) => [e.id])),
          cases: [germany, ukraine],
        }),
      ),
    )
    render(<Harness />)
    const open = await screen.findByRole('group', {
      name: 'Ukraine: no guarantee given as of 31 August 2025; aligned on that date, the question is open',
    })
    expect(
      within(open).getByRole('button', { name: /^White House summit/ }),
    ).toBeInTheDocument()
  })

  it('offers no aligned view for a timeline without cases', () => {
    window.history.replaceState(null, '', '/')
    act(() =>
      store.getState().loadDataset(
        buildDataset({
          title: 'No cases',
          asOf: AS_OF,
          events,
          essay: makeEssay([]),
        }),
      ),
    )
    render(<Timeline widthPx={900} />)
    expect(
      screen.queryByRole('radiogroup', { name: 'Timeline view' }),
    ).not.toBeInTheDocument()
  })

  it('switching back to Chronological draws every event on the calendar again', async () => {
    const user = userEvent.setup()
    await openAt('/?lens=aligned')
    await user.click(
      within(view()).getByRole('radio', { name: 'Chronological' }),
    )
    expect(location.search).toBe('')
    expect(
      await screen.findByRole('button', { name: 'Kosovo Force, 12 June 1999' }),
    ).toBeInTheDocument()
    expect(
      screen.queryByRole('group', { name: /^Divided Germany/ }),
    ).not.toBeInTheDocument()
  })
})
