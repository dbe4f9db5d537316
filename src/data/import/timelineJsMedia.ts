import { LIMITS } from '../events/datasetRules'
import { mediaTypeOf } from '../events/media'
import { checkHttpsUrl } from '../httpsUrl'
import type { MediaType } from '../types'
import type { ImportNotes, MediaWord } from './importNotes'
import { htmlToText } from './htmlText'

/**
 * A TimelineJS slide's media -> ours: its address (https; `//host/path` made https), credit and caption as
 * plain text, its kind guessed from the address. What cannot be shown is dropped and counted for the report:
 * a relative path (it pointed into the old site), an http: address, HTML written into the field. Pure.
 */

export type ImportedMedia = {
  url: string
  type: MediaType
  credit?: string
  caption?: string
  alt?: string
}

const WORD: Readonly<Record<MediaType, MediaWord>> = {
  image: 'image',
  video: 'video',
  link: 'media link',
}

const textOf = (value: unknown, max: number, onCut: () => void): string => {
  const plain = typeof value === 'string' ? htmlToText(value) : ''
  if (plain.length <= max) return plain
  onCut()
  return `${plain.slice(0, max - 1).trimEnd()}…`
}

/** The kind of media a refused address would have been, for the report's words. */
function guessType(raw: string): MediaType {
  try {
    return mediaTypeOf(new URL(raw, 'https://relative.invalid/').href)
  } catch {
    return 'link'
  }
}

/** The slide's media, or undefined when it has none or it was dropped (and counted in `notes`). */
export function convertMedia(
  value: unknown,
  name: string,
  notes: ImportNotes,
): ImportedMedia | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return undefined
  const media = value as Record<string, unknown>
  const raw = typeof media.url === 'string' ? media.url.trim() : ''
  if (raw === '') return undefined
  if (raw.startsWith('<')) {
    notes.add('media-html', name)
    return undefined
  }
  const thumbnail = media.thumbnail ?? media.thumb
  if (typeof thumbnail === 'string' && thumbnail.trim() !== '')
    notes.add('thumbnail')
  const check = checkHttpsUrl(raw, { protocolRelative: true })
  if (!check.ok) {
    const what = WORD[guessType(raw)]
    if (/^http:/i.test(raw)) notes.add('media-http', name, what)
    else if (!/^[a-z][a-z0-9+.-]*:/i.test(raw))
      notes.add('media-relative', name, what)
    else notes.add('media-unusable', name, what)
    return undefined
  }
  const onCut = () => notes.add('long-field', name)
  const credit = textOf(media.credit, LIMITS.creditChars, onCut)
  const caption = textOf(media.caption, LIMITS.captionChars, onCut)
  const alt = textOf(media.alt, LIMITS.captionChars, onCut)
  return {
    url: check.href,
    type: mediaTypeOf(check.href),
    ...(credit ? { credit } : {}),
    ...(caption ? { caption } : {}),
    ...(alt ? { alt } : {}),
  }
}
