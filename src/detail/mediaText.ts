import type { MediaType } from '../data/types'

const TYPE_WORDS: Record<MediaType, string> = {
  image: 'Image',
  video: 'Video',
  link: 'Link',
}

/** A media URL's host without a leading `www.`, for a link's words ("upload.wikimedia.org"); '' if unparsable. */
export function mediaHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return ''
  }
}

/**
 * What a media link says, before its ↗: its type and where it leads ("Video: youtube.com"). Video and
 * links are always links (no third-party frames); an image becomes one when it cannot be shown.
 */
export function mediaLinkText(type: MediaType, url: string): string {
  const host = mediaHost(url)
  return host === '' ? TYPE_WORDS[type] : `${TYPE_WORDS[type]}: ${host}`
}
