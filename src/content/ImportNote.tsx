import { useEffect, useId, useRef } from 'react'
import { plural } from '../data/problems'
import { downloadBlob } from '../ui/downloadBlob'

/**
 * After a converted file opened: a short note, not a report. It says what is shown, keeps what could not be
 * carried over one click away (closed by default), and offers "Download bundle" (the converted file, to keep
 * and edit) and "Dismiss". It floats with the header's menu, so nothing on the page moves.
 */
export function ImportNote({
  name,
  eventCount,
  notCarriedOver,
  bundle,
  onDismiss,
}: {
  name: string
  eventCount: number
  /** What could not be kept, one sentence each, as the importer words it. */
  notCarriedOver: readonly string[]
  /** The converted timeline as a bundle's text. */
  bundle: string
  onDismiss: () => void
}) {
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  return (
    <section className="import-note" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        Opened from TimelineJS: {name}
      </h2>
      <p>{plural(eventCount, 'event')} shown.</p>
      {notCarriedOver.length > 0 && (
        <details>
          <summary>
            Not carried over ({notCarriedOver.length.toLocaleString('en-US')})
          </summary>
          <ul>
            {notCarriedOver.map((sentence, i) => (
              <li key={i}>{sentence}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="import-actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadBlob(
              new Blob([bundle], { type: 'application/json' }),
              'timeline-bundle.json',
            )
          }
        >
          Download bundle
        </button>
        <button type="button" className="button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </section>
  )
}
