import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { LegendToggle } from './LegendToggle'

describe('LegendToggle', () => {
  it('"Key" shows and hides the legend; Escape and a press elsewhere close it', async () => {
    const user = userEvent.setup()
    render(
      <>
        <LegendToggle />
        <p>Elsewhere</p>
      </>,
    )
    const key = screen.getByRole('button', { name: 'Key' })
    expect(key).toHaveAttribute('aria-expanded', 'false')
    expect(
      screen.queryByRole('list', { name: 'Legend' }),
    ).not.toBeInTheDocument()

    await user.click(key)
    expect(key).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByRole('list', { name: 'Legend' })).toHaveTextContent(
      /Treaties and agreements/,
    )

    await user.keyboard('{Escape}')
    expect(key).toHaveAttribute('aria-expanded', 'false')
    expect(key).toHaveFocus()

    await user.click(key)
    await user.click(screen.getByText('Elsewhere'))
    expect(key).toHaveAttribute('aria-expanded', 'false')
  })
})
