import { useEffect, useId, useRef } from 'react'
import type { ImportedTimeline } from '../data/import/importTimelineJs'
import { downloadBlob } from '../ui/downloadBlob'

/**
 * After a converted file opened: a short note, not a report. It says what was converted (the importer's one
 * line, "18 events, 2 eras, 3 groups"), keeps what could not be carried over one click away (closed by
 * default), and offers "Download bundle" (the converted file, to keep and edit) and "Close". It floats with
 * the header's menu, so nothing on the page moves.
 */
export function ImportNote({
  name,
  imported,
  onDismiss,
}: {
  name: string
  imported: ImportedTimeline
  onDismiss: () => void
}) {
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  const { notCarriedOver } = imported
  const download = () =>
    // The bundle maker loads with the import already; the text is made on demand.
    void import('../data/import/bundle').then(({ makeBundle }) =>
      downloadBlob(
        new Blob([makeBundle(imported.eventsFile, imported.essay)], {
          type: 'application/json',
        }),
        'timeline-bundle.json',
      ),
    )
  return (
    <section className="import-report import-note" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        Converted from{' '}
        {imported.format === 'spreadsheet' ? 'a spreadsheet' : 'TimelineJS'}:{' '}
        {name}
      </h2>
      <p>{imported.summary}: converted and shown.</p>
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
        <button type="button" className="button" onClick={download}>
          Download bundle
        </button>
        <button type="button" className="button" onClick={onDismiss}>
          Close
        </button>
      </div>
    </section>
  )
}
