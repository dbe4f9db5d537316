import { act, render, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { useTimelineStore } from '../../store/timelineStore'
import { makeDataset, makeEvent } from '../../test/fixtures'
import { KindLegend } from './KindLegend'

beforeEach(() => {
  useTimelineStore.setState(useTimelineStore.getInitialState(), true)
})

describe('KindLegend', () => {
  it('lists the five kind families, and "Other" only when some event names no kind', () => {
    render(<KindLegend />)
    const legend = screen.getByRole('list', { name: 'Legend' })
    expect(legend).toHaveTextContent(/Treaties and agreements/)
    expect(screen.queryByText('Other')).not.toBeInTheDocument()

    act(() =>
      useTimelineStore
        .getState()
        .loadDataset(makeDataset([makeEvent(), makeEvent({ kind: null })])),
    )
    expect(screen.getByText('Other')).toBeInTheDocument()

    act(() =>
      useTimelineStore.getState().loadDataset(makeDataset([makeEvent()])),
    )
    expect(screen.queryByText('Other')).not.toBeInTheDocument()
  })
})
