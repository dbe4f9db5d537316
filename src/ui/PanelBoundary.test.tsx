import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PanelBoundary } from './PanelBoundary'

let shouldFail = true

function Fragile() {
  if (shouldFail) throw new Error('lanes exploded\nat line 12')
  return <p>Timeline works</p>
}

function Counter() {
  const [count, setCount] = useState(0)
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      Clicked {count}
    </button>
  )
}

describe('PanelBoundary', () => {
  beforeEach(() => {
    shouldFail = true
    // React and the boundary log the caught error; keep the test output clean.
    vi.spyOn(console, 'error').mockImplementation(() => {})
  })
  afterEach(() => vi.restoreAllMocks())

  it('shows the failure in place of the panel and leaves the other panels usable', async () => {
    const user = userEvent.setup()
    render(
      <>
        <PanelBoundary name="Timeline">
          <Fragile />
        </PanelBoundary>
        <PanelBoundary name="Essay">
          <Counter />
        </PanelBoundary>
      </>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This panel failed: lanes exploded',
    )
    expect(screen.getByRole('alert')).not.toHaveTextContent('at line 12')
    await user.click(screen.getByRole('button', { name: 'Clicked 0' }))
    expect(
      screen.getByRole('button', { name: 'Clicked 1' }),
    ).toBeInTheDocument()
  })

  it('"Reload panel" mounts the panel again', async () => {
    const user = userEvent.setup()
    render(
      <PanelBoundary name="Timeline">
        <Fragile />
      </PanelBoundary>,
    )
    shouldFail = false
    await user.click(screen.getByRole('button', { name: 'Reload panel' }))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.getByText('Timeline works')).toBeInTheDocument()
  })

  it('describes a thrown non-Error value too', () => {
    function ThrowsString(): never {
      throw 'plain string' as unknown as Error
    }
    render(
      <PanelBoundary name="Details">
        <ThrowsString />
      </PanelBoundary>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This panel failed: plain string',
    )
  })
})
