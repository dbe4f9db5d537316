import { describe, expect, it } from 'vitest'
import { mediaHost, mediaLinkText } from './mediaText'

describe('mediaText', () => {
  it('mediaHost(url) is the host without www.', () => {
    expect(mediaHost('https://www.youtube.com/watch?v=x')).toBe('youtube.com')
    expect(mediaHost('https://upload.wikimedia.org/a.jpg')).toBe(
      'upload.wikimedia.org',
    )
    expect(mediaHost('not a url')).toBe('')
  })

  it('mediaLinkText(type, url) names the type and the host', () => {
    expect(mediaLinkText('video', 'https://vimeo.com/1')).toBe(
      'Video: vimeo.com',
    )
    expect(mediaLinkText('image', 'https://example.org/a.png')).toBe(
      'Image: example.org',
    )
    expect(mediaLinkText('link', 'nonsense')).toBe('Link')
  })
})
