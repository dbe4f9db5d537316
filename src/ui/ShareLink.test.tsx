import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ShareLink } from './ShareLink'

const offer = {
  pageUrl: 'http://localhost:3000/?event=e1&countries=JP',
  snippet:
    '<iframe src="http://localhost:3000/embed.html?event=e1&amp;countries=JP" title="T"></iframe>',
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('ShareLink', () => {
  it('opens a Share dialog with the view’s link, and copies it', async () => {
    const user = userEvent.setup()
    render(<ShareLink getOffer={() => offer} />)
    await user.click(screen.getByRole('button', { name: 'Share link' }))
    const dialog = await screen.findByRole('dialog', {
      name: 'Share this view',
    })
    expect(dialog).toBeVisible()
    expect(screen.getByRole('textbox', { name: 'Link' })).toHaveValue(
      offer.pageUrl,
    )
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied')
    expect(await navigator.clipboard.readText()).toBe(offer.pageUrl)
  })

  it('copies the embed code and says so', async () => {
    const user = userEvent.setup()
    render(<ShareLink getOffer={() => offer} />)
    await user.click(screen.getByRole('button', { name: 'Share link' }))
    expect(
      screen.getByRole('textbox', { name: 'Embed in a page' }),
    ).toHaveValue(offer.snippet)
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }))
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Embed code copied',
    )
    expect(await navigator.clipboard.readText()).toBe(offer.snippet)
  })

  it('says to copy by hand when the clipboard refuses, and closes', async () => {
    const user = userEvent.setup()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('denied', 'NotAllowedError'),
    )
    render(<ShareLink getOffer={() => offer} />)
    await user.click(screen.getByRole('button', { name: 'Share link' }))
    await user.click(await screen.findByRole('button', { name: 'Copy link' }))
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Could not copy: select the text and copy it yourself.',
    )
    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})
