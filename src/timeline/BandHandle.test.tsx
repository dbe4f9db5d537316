import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { useTimelineStore } from '../store/timelineStore'
import { makeDataset, makeEvent } from '../test/fixtures'
import { Timeline } from './Timeline'
import { BAND_STORAGE_KEY } from './useBandSize'

const events = Array.from({ length: 12 }, (_, i) =>
  makeEvent({
    id: `e-${i}`,
    title: `Event ${i}`,
    start: `${1950 + i * 5}-01-01`,
  }),
)

function renderTimeline() {
  act(() => useTimelineStore.getState().loadDataset(makeDataset(events)))
  const user = userEvent.setup()
  render(<Timeline widthPx={800} />)
  const region = within(screen.getByRole('region', { name: 'Timeline' }))
  return { user, region }
}

beforeEach(() => {
  window.localStorage.clear()
  useTimelineStore.setState(useTimelineStore.getInitialState(), true)
})

describe('sizing the timeline band', () => {
  it('collapses to a slim strip and expands again; the choice is kept', async () => {
    const { user, region } = renderTimeline()
    const toggle = region.getByRole('button', { name: 'Collapse timeline' })
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(
      region.getByRole('group', { name: 'Timeline period' }),
    ).toBeInTheDocument()

    await user.click(toggle)
    expect(
      region.getByRole('button', { name: 'Expand timeline' }),
    ).toHaveAttribute('aria-expanded', 'false')
    // The strip keeps the axis and its playhead, drops the head and the overview.
    expect(
      region.getByRole('slider', { name: 'Timeline date' }),
    ).toBeInTheDocument()
    expect(
      region.queryByRole('group', { name: 'Timeline period' }),
    ).not.toBeInTheDocument()
    expect(
      JSON.parse(window.localStorage.getItem(BAND_STORAGE_KEY) ?? '{}'),
    ).toMatchObject({ isCollapsed: true })

    await user.click(region.getByRole('button', { name: 'Expand timeline' }))
    expect(
      region.getByRole('button', { name: 'Collapse timeline' }),
    ).toHaveFocus()
  })

  it('the handle sizes the band in lanes by keyboard: ↓ more, ↑ fewer, Home collapses', async () => {
    const { user, region } = renderTimeline()
    const handle = region.getByRole('separator', { name: 'Timeline height' })
    expect(handle).toHaveAttribute('aria-valuetext', '6 lanes')
    handle.focus()
    await user.keyboard('{ArrowDown}{ArrowDown}')
    expect(handle).toHaveAttribute('aria-valuetext', '8 lanes')
    await user.keyboard('{ArrowUp}')
    expect(handle).toHaveAttribute('aria-valuetext', '7 lanes')
    await user.keyboard('{Home}')
    expect(handle).toHaveAttribute('aria-valuetext', 'collapsed')
    expect(
      region.getByRole('button', { name: 'Expand timeline' }),
    ).toBeInTheDocument()
  })

  it('opens at the size the reader left it', () => {
    window.localStorage.setItem(
      BAND_STORAGE_KEY,
      JSON.stringify({ isCollapsed: false, rows: 3 }),
    )
    const { region } = renderTimeline()
    expect(
      region.getByRole('separator', { name: 'Timeline height' }),
    ).toHaveAttribute('aria-valuetext', '3 lanes')
  })
})
