import { useEffect, useId, useMemo, useRef } from 'react'
import { makeBundle, validateBundle } from '../data/import/bundle'
import type { ImportedTimeline } from '../data/import/importTimelineJs'
import { describeProblemCount, formatProblem, plural } from '../data/problems'
import { downloadBlob } from '../ui/downloadBlob'
import { useTimelineStore } from '../store/timelineStore'

const EXAMPLES = 3

function download(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName)
}

/**
 * The result of converting a TimelineJS file: what could not be carried over, the files to download, and,
 * when the converted pair already validates, a button to show it. Focus moves to the heading on open.
 */
export function ImportReport({
  name,
  imported,
  onClose,
}: {
  name: string
  imported: ImportedTimeline
  onClose: () => void
}) {
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const showOpened = useTimelineStore((s) => s.showOpened)
  const { eventsFile, essay, notCarriedOver } = imported
  const bundle = useMemo(
    () => makeBundle(eventsFile, essay),
    [eventsFile, essay],
  )
  const validation = useMemo(() => validateBundle(bundle), [bundle])

  useEffect(() => headingRef.current?.focus(), [])

  return (
    <section className="import-report" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        Converted from TimelineJS: {name}
      </h2>
      <p>
        {plural(eventsFile.events.length, 'event')} converted, with an essay
        skeleton that cites each one.{' '}
        {validation.ok
          ? 'It passes validation and can be shown now.'
          : `Before it can be shown, ${describeProblemCount(validation.problems)} must be fixed in the files, for example:`}
      </p>
      {!validation.ok && (
        <ul className="import-examples">
          {validation.problems.slice(0, EXAMPLES).map((problem, i) => (
            <li key={i}>{formatProblem(problem)}</li>
          ))}
        </ul>
      )}
      {notCarriedOver.length > 0 && (
        <>
          <h3>Not carried over</h3>
          <ul className="import-losses">
            {notCarriedOver.map((sentence, i) => (
              <li key={i}>{sentence}</li>
            ))}
          </ul>
        </>
      )}
      <div className="import-actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            download(
              `${JSON.stringify(eventsFile, null, 2)}\n`,
              'events.json',
              'application/json',
            )
          }
        >
          Download events.json
        </button>
        <button
          type="button"
          className="button"
          onClick={() => download(essay, 'essay.md', 'text/markdown')}
        >
          Download essay.md
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            download(bundle, 'timeline-bundle.json', 'application/json')
          }
        >
          Download bundle
        </button>
        {validation.ok && (
          <button
            type="button"
            className="button"
            onClick={() => {
              showOpened(name, validation.value, validation.warnings)
              onClose()
            }}
          >
            Show it
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  )
}
