import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { useTimelineStore } from '../store/timelineStore'
import { makeDataset, makeEvent } from '../test/fixtures'
import { SiteHeader } from './SiteHeader'

beforeEach(() => {
  useTimelineStore.setState(useTimelineStore.getInitialState(), true)
  useTimelineStore
    .getState()
    .loadDataset(makeDataset([makeEvent({ countries: ['JP', 'US'] })]))
})

function renderHeader() {
  const user = userEvent.setup()
  render(
    <>
      <SiteHeader
        search={<input aria-label="Search events" />}
        filters={
          <fieldset>
            <legend>Filter by country</legend>
            <label>
              <input type="checkbox" /> Japan
            </label>
          </fieldset>
        }
        menu={<button type="button">Open…</button>}
      />
      <p>The essay</p>
    </>,
  )
  const banner = within(screen.getByRole('banner'))
  return { user, banner }
}

describe('SiteHeader', () => {
  it("says whose timeline is shown: the featured precedents, or the reader's own files", () => {
    const { banner } = renderHeader()
    expect(banner.getByText(/^The precedents behind/)).toHaveTextContent(
      'The precedents behind Test essay',
    )
    act(() =>
      useTimelineStore
        .getState()
        .showOpened('wires.json', makeDataset([makeEvent()]), []),
    )
    expect(banner.getByText(/^From your files/)).toHaveTextContent(
      'From your files: Test essay',
    )
  })

  it('opens the filters over the page from "Filters" and closes them with Escape, focus back on the button', async () => {
    const { user, banner } = renderHeader()
    const toggle = banner.getByRole('button', { name: 'Filters' })
    expect(
      screen.queryByRole('group', { name: 'Filter by country' }),
    ).not.toBeInTheDocument()

    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    const group = screen.getByRole('group', { name: 'Filter by country' })
    await user.click(within(group).getByRole('checkbox', { name: 'Japan' }))
    expect(group).toBeVisible()

    await user.keyboard('{Escape}')
    expect(
      screen.queryByRole('group', { name: 'Filter by country' }),
    ).not.toBeInTheDocument()
    expect(toggle).toHaveFocus()
  })

  it('closes the filters on a press outside them', async () => {
    const { user, banner } = renderHeader()
    await user.click(banner.getByRole('button', { name: 'Filters' }))
    await user.click(screen.getByText('The essay'))
    expect(banner.getByRole('button', { name: 'Filters' })).toHaveAttribute(
      'aria-expanded',
      'false',
    )
  })

  it('names the number of filters on, starting with "Filters"', () => {
    useTimelineStore.getState().setFacets(['JP', 'US'])
    const { banner } = renderHeader()
    expect(
      banner.getByRole('button', { name: /^Filters\b.*\b2 chosen$/ }),
    ).toBeInTheDocument()
  })

  it('has one Menu holding the passed actions, Print… and About this edition', async () => {
    const { user, banner } = renderHeader()
    const menu = banner.getByRole('button', { name: 'Menu' })
    await user.click(menu)
    expect(menu).toHaveAttribute('aria-expanded', 'true')
    for (const name of ['Open…', 'Print…', 'About this edition'])
      expect(banner.getByRole('button', { name })).toBeInTheDocument()
    await user.click(banner.getByRole('button', { name: 'About this edition' }))
    expect(useTimelineStore.getState().isAboutOpen).toBe(true)
  })

  it('closes the Menu once other content is shown (files opened from it)', async () => {
    const { user, banner } = renderHeader()
    const menu = banner.getByRole('button', { name: 'Menu' })
    await user.click(menu)
    expect(menu).toHaveAttribute('aria-expanded', 'true')
    act(() =>
      useTimelineStore
        .getState()
        .showOpened('mine.json', makeDataset([makeEvent()]), []),
    )
    expect(menu).toHaveAttribute('aria-expanded', 'false')
  })
})
