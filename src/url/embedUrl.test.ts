import { describe, expect, it } from 'vitest'
import {
  embedHref,
  embedRedirectTarget,
  fullPageHref,
  iframeSnippet,
} from './embedUrl'

describe('embedUrl', () => {
  it('embedRedirectTarget sends ?embed to the embed page beside the full page, keeping the view', () => {
    expect(
      embedRedirectTarget('https://example.org/tl/?embed&event=a&rows=country'),
    ).toBe('https://example.org/tl/embed.html?event=a&rows=country')
    expect(
      embedRedirectTarget('https://example.org/index.html?embed=1#p-3'),
    ).toBe('https://example.org/embed.html#p-3')
    expect(embedRedirectTarget('https://example.org/?event=a')).toBeNull()
  })

  it('fullPageHref and embedHref swap pages in the same folder', () => {
    expect(
      fullPageHref('https://example.org/tl/embed.html?x', '?event=a', '#p-2'),
    ).toBe('https://example.org/tl/?event=a#p-2')
    expect(embedHref('https://example.org/tl/?event=b#p-1', '?event=a')).toBe(
      'https://example.org/tl/embed.html?event=a',
    )
  })

  it('iframeSnippet is titled, lazy, sized, allows only clipboard and full screen, sends no referrer, and escapes', () => {
    const html = iframeSnippet(
      'https://example.org/embed.html?event=a&q=x"y',
      'A "title" & more',
    )
    // Parsed as a page would (jsdom loads no frame): one element, its attributes as written.
    const host = document.createElement('div')
    host.innerHTML = html
    const frame = host.firstElementChild
    expect(frame).toHaveAttribute(
      'src',
      'https://example.org/embed.html?event=a&q=x"y',
    )
    expect(frame).toHaveAttribute('title', 'A "title" & more')
    expect(frame).toHaveAttribute('loading', 'lazy')
    expect(frame).toHaveAttribute('height', '560')
    expect(frame).toHaveAttribute('allow', 'clipboard-write; fullscreen')
    expect(frame).toHaveAttribute('referrerpolicy', 'no-referrer')
  })
})
