import {
  act,
  isInaccessible,
  render,
  screen,
  within,
} from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { useTimelineStore } from '../../store/timelineStore'
import { makeDataset, makeEra, makeEvent } from '../../test/fixtures'
import { Timeline } from '../Timeline'

const store = useTimelineStore

const events = [
  makeEvent({ title: 'Blockade', start: '1948-06-24' }),
  makeEvent({ title: 'Treaty', start: '1951-09-08' }),
  makeEvent({ title: 'Armistice', start: '1953-07-27' }),
]

function renderWith(eras: Parameters<typeof makeDataset>[2]) {
  act(() => store.getState().loadDataset(makeDataset(events, undefined, eras)))
  return render(<Timeline widthPx={800} />)
}

beforeEach(() => store.setState(store.getInitialState(), true))

describe('Timeline with eras', () => {
  it('names the eras once, in a list "Eras", with their dates', () => {
    renderWith([
      makeEra('Occupation', '1945', '1949'),
      makeEra('Korean War', '1950-06-25', '1953-07-27'),
    ])
    const list = screen.getByRole('list', { name: 'Eras' })
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Occupation, 1945 – 1949',
      'Korean War, 25 June 1950 – 27 July 1953',
    ])
  })

  it('draws a labelled band per era in view, hidden from assistive technology', () => {
    const { container } = renderWith([makeEra('Occupation', '1945', '1949')])
    // The bands are decoration under the marks: found by their text, not by a role.
    const label = within(container).getByText('Occupation', {
      selector: 'text',
    })
    expect(isInaccessible(label)).toBe(true)
  })

  it('has no list of eras when the data names none', () => {
    renderWith([])
    expect(screen.queryByRole('list', { name: 'Eras' })).not.toBeInTheDocument()
  })
})
