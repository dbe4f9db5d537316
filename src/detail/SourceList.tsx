import { formatDate, parseDate } from '../data/dates'
import type { Source, SourceType } from '../data/types'

const TYPE_LABELS: Record<SourceType, string> = {
  primary: 'Primary source',
  reference: 'Reference',
  news: 'News',
}

/** Only https sources become links; validation rejects anything else, and this holds even if it did not. */
function isHttpsUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:'
  } catch {
    return false
  }
}

/** When a source was published, in words at its precision ("12 February 2025", "2025"), or null. */
function publishedText(source: Source): string | null {
  const date = source.date === undefined ? null : parseDate(source.date)
  return date ? formatDate(date) : null
}

/** An event's sources: each a link opening in a new tab, with publisher, date where known and a type badge. */
export function SourceList({
  sources,
  isUnverified,
}: {
  sources: readonly Source[]
  isUnverified: boolean
}) {
  return (
    <>
      {isUnverified && (
        <p className="detail-caveat">
          No approved source was found; this is the best available.
        </p>
      )}
      <ul className="source-list">
        {sources.map((source) => {
          const published = publishedText(source)
          return (
            <li key={`${source.url}\n${source.title}`} className="source">
              {isHttpsUrl(source.url) ? (
                <a
                  className="source-title"
                  href={source.url}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  {source.title}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                  <span className="source-external" aria-hidden="true">
                    ↗
                  </span>
                </a>
              ) : (
                <span className="source-title">{source.title}</span>
              )}
              <span className="source-meta">
                <span className="source-publisher">{source.publisher}</span>
                {published && (
                  <time className="source-date" dateTime={source.date}>
                    {published}
                  </time>
                )}
                <span className={`source-type source-type-${source.type}`}>
                  {TYPE_LABELS[source.type] ?? source.type}
                </span>
              </span>
            </li>
          )
        })}
      </ul>
    </>
  )
}
