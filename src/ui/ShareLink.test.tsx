import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ShareLink } from './ShareLink'

afterEach(() => {
  vi.restoreAllMocks()
  window.history.replaceState(null, '', '/')
})

describe('ShareLink', () => {
  it('copies the address of the current view and says so', async () => {
    window.history.replaceState(null, '', '/?event=e1&countries=JP')
    const user = userEvent.setup()
    render(<ShareLink />)
    await user.click(screen.getByRole('button', { name: 'Share link' }))
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied')
    expect(await navigator.clipboard.readText()).toBe(
      'http://localhost:3000/?event=e1&countries=JP',
    )
  })

  it('says where to copy it from when the clipboard refuses', async () => {
    const user = userEvent.setup()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('denied', 'NotAllowedError'),
    )
    render(<ShareLink />)
    await user.click(screen.getByRole('button', { name: 'Share link' }))
    expect(await screen.findByRole('status')).toHaveTextContent(
      'The link could not be copied: copy it from the address bar.',
    )
  })
})
