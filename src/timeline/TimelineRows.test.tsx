import {
  act,
  fireEvent,
  isInaccessible,
  render,
  screen,
  within,
} from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { useTimelineStore } from '../store/timelineStore'
import { date, makeDataset, makeEvent } from '../test/fixtures'
import { Timeline } from './Timeline'

const store = useTimelineStore

const treaty = makeEvent({
  id: 'treaty',
  title: 'US–Japan Security Treaty',
  start: '1951-09-08',
  countries: ['US', 'JP'],
})
const korea = makeEvent({
  id: 'korea',
  title: 'US–South Korea Mutual Defense Treaty',
  start: '1953-10-01',
  countries: ['US', 'KR'],
})
const revision = makeEvent({
  id: 'revision',
  title: 'Treaty of Mutual Cooperation and Security',
  start: '1960-01-19',
  countries: ['US', 'JP'],
})
const budapest = makeEvent({
  id: 'budapest',
  title: 'Budapest Memorandum on Security Assurances',
  start: '1994-12-05',
  countries: ['UA', 'US', 'GB', 'RU'],
})
const events = [treaty, korea, revision, budapest]

function renderRows() {
  act(() => {
    store.getState().loadDataset(makeDataset(events))
    store.getState().setRowFacet('country')
  })
  return render(<Timeline widthPx={1000} />)
}

const region = () => screen.getByRole('region', { name: 'Timeline' })

beforeEach(() => {
  store.setState(store.getInitialState(), true)
})

describe('Timeline rows by country', () => {
  it('offers Rows in the band’s head, and choosing By country stores it', async () => {
    act(() => store.getState().loadDataset(makeDataset(events)))
    render(<Timeline widthPx={1000} />)
    const rows = screen.getByRole('combobox', { name: 'Rows' })
    expect(
      within(rows)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['None', 'By country', 'By organisation'])
    await userEvent.selectOptions(rows, 'By country')
    expect(store.getState().rowFacet).toBe('country')
  })

  it('names each row, and exposes each event’s button once however many rows it is in', () => {
    renderRows()
    expect(region()).toHaveTextContent(
      'One row per country, top to bottom: United States (4), Japan (2), Russia (1), South Korea (1), Ukraine (1), United Kingdom (1).',
    )
    expect(
      within(region()).getAllByRole('button', { name: /^Budapest Memorandum/ }),
    ).toHaveLength(1)
    // Its copies (Ukraine, UK, Russia rows) are there for the pointer, hidden and out of the tab order.
    // (A hidden button's accessible name is empty: find them by their label.)
    const all = within(region())
      .getAllByRole('button', { hidden: true })
      .filter((b) => b.getAttribute('aria-label')?.startsWith('Budapest'))
    const copies = all.filter((b) => b.getAttribute('aria-hidden') === 'true')
    expect([all.length, copies.length]).toEqual([4, 3])
    for (const copy of copies) expect(copy).toHaveAttribute('tabindex', '-1')
  })

  it('draws only the filtered countries’ rows: Japan and South Korea give two rows', () => {
    renderRows()
    act(() => store.getState().setFacets(['JP', 'KR']))
    expect(region()).toHaveTextContent(
      'One row per country, top to bottom: Japan (2), South Korea (1).',
    )
    const marks = within(region())
      .getAllByRole('button', { hidden: true })
      .filter((b) => /Treaty/.test(b.getAttribute('aria-label') ?? ''))
    expect(marks).toHaveLength(3)
    for (const mark of marks) expect(mark).not.toHaveAttribute('aria-hidden')
  })

  it('ArrowDown moves to the nearest event in time on the next row, ArrowRight along the row', async () => {
    renderRows()
    const user = userEvent.setup()
    const first = within(region()).getByRole('button', {
      name: /^US–Japan Security Treaty/,
    })
    act(() => first.focus())
    // Row 1 (United States) holds all four; row 2 (Japan) has only copies, so Down skips to the next rows.
    await user.keyboard('{ArrowRight}')
    expect(
      within(region()).getByRole('button', {
        name: /^US–South Korea Mutual Defense Treaty/,
      }),
    ).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    // No row below holds a real mark (every event is the United States row's): focus stays.
    expect(
      within(region()).getByRole('button', {
        name: /^US–South Korea Mutual Defense Treaty/,
      }),
    ).toHaveFocus()
  })

  it('with Japan and South Korea filtered, ArrowDown goes from the Japan row to South Korea’s nearest event', async () => {
    renderRows()
    act(() => store.getState().setFacets(['JP', 'KR']))
    const user = userEvent.setup()
    const revisionButton = within(region()).getByRole('button', {
      name: /^Treaty of Mutual Cooperation/,
    })
    act(() => revisionButton.focus())
    await user.keyboard('{ArrowDown}')
    expect(
      within(region()).getByRole('button', {
        name: /^US–South Korea Mutual Defense Treaty/,
      }),
    ).toHaveFocus()
    await user.keyboard('{ArrowUp}')
    // The nearest to 1 October 1953 in the Japan row is the 1951 treaty, not the 1960 one.
    expect(
      within(region()).getByRole('button', {
        name: /^US–Japan Security Treaty/,
      }),
    ).toHaveFocus()
  })
})

/* eslint-disable testing-library/no-node-access -- jsdom has no layout: the geometry is read from the styles */
/**
 * The plot as laid out by the styles: its left edge and width, px from the band's left edge, and where each
 * mark's button starts.
 */
function plotGeometry() {
  const layer = screen.getByRole('toolbar', { name: 'Timeline events' })
  const [, dx, ratio] =
    /translate\(([-\d.e]+)px,0\) scale\(([-\d.e]+),1\)/.exec(
      layer.style.transform,
    ) ?? []
  const leftPx = parseFloat(
    layer.closest<HTMLElement>('.tl-stage')!.style.marginLeft || '0',
  )
  return {
    leftPx,
    widthPx: parseFloat(layer.parentElement!.style.width),
    markStartsPx: within(layer)
      .getAllByRole('button', { hidden: true })
      .map(
        (b) => leftPx + Number(dx) + parseFloat(b.style.left) * Number(ratio),
      ),
  }
}
/* eslint-enable testing-library/no-node-access */

describe('Timeline rows: the names’ column', () => {
  it('names each row as text in a column left of the plot, with its count in the title', () => {
    renderRows()
    const japan = within(region()).getByText('Japan')
    expect(japan).toHaveAttribute('title', 'Japan: 2 events')
    expect(within(region()).getByText('Ukraine')).toHaveAttribute(
      'title',
      'Ukraine: 1 event',
    )
    // A picture for the eye: the rows' summary says the names to assistive technology.
    expect(isInaccessible(japan)).toBe(true)
    expect(within(region()).getByText('Country')).toBeInTheDocument()
  })

  it('starts every mark right of the names at the whole-range view, on a plot as wide as the rest', () => {
    renderRows()
    // The column's heading is as wide as the column.
    const gutterPx = parseFloat(
      within(region()).getByText('Country').style.width,
    )
    expect(gutterPx).toBeGreaterThan(0)
    const plot = plotGeometry()
    expect(plot.leftPx).toBe(gutterPx)
    expect(plot.widthPx).toBe(1000 - gutterPx)
    expect(plot.markStartsPx.length).toBeGreaterThan(4)
    expect(Math.min(...plot.markStartsPx)).toBeGreaterThanOrEqual(gutterPx)
  })

  it('keeps the names’ column out of lanes by time', () => {
    act(() => store.getState().loadDataset(makeDataset(events)))
    render(<Timeline widthPx={1000} />)
    expect(within(region()).queryByText('Country')).not.toBeInTheDocument()
    expect(plotGeometry()).toMatchObject({ leftPx: 0, widthPx: 1000 })
  })

  it('holds the arrow keys at the last row with a real mark, so the rows’ frame does not scroll away from focus', () => {
    renderRows()
    const korea = within(region()).getByRole('button', {
      name: /^US–South Korea Mutual Defense Treaty/,
    })
    act(() => korea.focus())
    // Nothing below: the key is the marks' (not the frame's to scroll by) and focus stays.
    expect(fireEvent.keyDown(korea, { key: 'ArrowDown' })).toBe(false)
    expect(korea).toHaveFocus()
    expect(fireEvent.keyDown(korea, { key: 'ArrowUp' })).toBe(false)
    expect(korea).toHaveFocus()
  })
})

describe('Timeline markers', () => {
  it('describes the marked dates once: the essay’s date (asOf) and the data’s markers', () => {
    const dataset = {
      ...makeDataset(events),
      markers: [{ date: date('2014-09-05'), label: 'Minsk Protocol signed' }],
    }
    act(() => store.getState().loadDataset(dataset))
    render(<Timeline widthPx={1000} />)
    expect(region()).toHaveAccessibleDescription(
      'Marked on the timeline: Minsk Protocol signed: 5 September 2014; Essay written: 31 August 2025.',
    )
  })
})
