import { checkHttpsUrl } from '../httpsUrl'
import type { EventMedia, MediaType } from '../types'
import type { RawMedia } from './datasetFields'

/** An event's media as validated (`datasetFields.ts`'s `mediaFields`) -> what the app shows. */

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i
const VIDEO_FILE = /\.(?:mp4|webm|ogv|mov)(?:[?#]|$)/i
const VIDEO_HOSTS =
  /^(?:www\.|m\.)?(?:youtube\.com|youtu\.be|vimeo\.com|player\.vimeo\.com|dailymotion\.com)$/i

/**
 * The kind of media an https address most likely is, when the data does not say: an image file is an
 * image, a video site or file a video, anything else a link.
 */
export function mediaTypeOf(href: string): MediaType {
  let url: URL
  try {
    url = new URL(href)
  } catch {
    return 'link'
  }
  if (IMAGE_FILE.test(url.pathname)) return 'image'
  if (VIDEO_HOSTS.test(url.hostname) || VIDEO_FILE.test(url.pathname))
    return 'video'
  return 'link'
}

/** Validated media as shown: its address made https (`//host/path` -> `https://host/path`), its type settled. */
export function toEventMedia(raw: RawMedia): EventMedia {
  const check = checkHttpsUrl(raw.url, { protocolRelative: true })
  // The shape check has accepted the address; keep it as written if the parser somehow disagrees.
  const url = check.ok ? check.href : raw.url
  return {
    url,
    type: raw.type ?? mediaTypeOf(url),
    credit: raw.credit ?? null,
    caption: raw.caption ?? null,
    alt: raw.alt ?? null,
  }
}
