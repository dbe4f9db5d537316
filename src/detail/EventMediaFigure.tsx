import { useId, useState } from 'react'
import { checkHttpsUrl } from '../data/httpsUrl'
import type { EventMedia } from '../data/types'
import { mediaLinkText } from './mediaText'

/**
 * An event's media. An image is shown lazily in a box of fixed proportions (its space is kept before it
 * loads, so nothing below moves), scaled to fit without cropping; if it fails to load it becomes a link. Video
 * and anything else is a link opening in a new tab: no third-party frame or script runs on the page.
 *
 * Text alternative: the data's `alt` when given. Without one the image gets an empty alt and the caption,
 * shown under it, is what a screen reader hears (reading both would say it twice); an image with neither is
 * treated as decoration beside the event's title, since any alt we wrote would be a guess.
 */
export function EventMediaFigure({ media }: { media: EventMedia }) {
  const [hasFailed, setFailed] = useState(false)
  const captionId = useId()
  const check = checkHttpsUrl(media.url)
  if (!check.ok) return null
  const isImage = media.type === 'image' && !hasFailed
  const hasCaption = media.caption !== null || media.credit !== null
  return (
    <figure
      className={`detail-media${isImage ? ' is-image' : ''}`}
      aria-labelledby={hasCaption ? captionId : undefined}
    >
      {isImage ? (
        <div className="detail-media-frame">
          <img
            src={check.href}
            alt={media.alt ?? ''}
            loading="lazy"
            decoding="async"
            referrerPolicy="no-referrer"
            onError={() => setFailed(true)}
          />
        </div>
      ) : (
        <a
          className="detail-media-link"
          href={check.href}
          target="_blank"
          rel="noopener noreferrer"
        >
          {mediaLinkText(media.type, check.href)}
          <span className="visually-hidden"> (opens in a new tab)</span>
          <span aria-hidden="true"> ↗</span>
        </a>
      )}
      {hasCaption && (
        <figcaption id={captionId}>
          {media.caption}
          {media.caption !== null && media.credit !== null && ' '}
          {media.credit !== null && (
            <small className="detail-media-credit">{media.credit}</small>
          )}
        </figcaption>
      )}
    </figure>
  )
}
