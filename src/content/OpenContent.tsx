import { useRef, useState, type Ref } from 'react'
import { toText } from '../data/problems'
import type { OpenOutcome } from './openFiles'
import { useFileDrop } from './useFileDrop'

/** File types offered by the picker; anything may still be dropped (and is then checked by content). */
const ACCEPT =
  '.json,.md,.markdown,.txt,.csv,.tsv,application/json,text/markdown,text/plain,text/csv,text/tab-separated-values'

const failed = (message: string): OpenOutcome => ({
  kind: 'invalid',
  name: '',
  problems: [{ path: '', message }],
})

/**
 * Read, classify and validate picked or dropped files; never rejects. The reading, bundle and TimelineJS
 * code is fetched on first use (most readers never open a file), so it stays out of the initial load.
 */
async function open(files: File[]): Promise<OpenOutcome> {
  try {
    const [{ readFiles }, { openFiles }] = await Promise.all([
      import('./readFiles'),
      import('./openFiles'),
    ])
    const read = await readFiles(files)
    return read.ok ? openFiles(read.files) : failed(read.message)
  } catch (error) {
    // Only the imports can reject (offline, or a new deployment replaced the chunks): the rest never throws.
    return failed(`The file opener could not be loaded: ${toText(error)}`)
  }
}

/**
 * "Open…": pick a bundle .json, events.json + essay.md, or a TimelineJS .json; or drop them anywhere on the
 * page (an overlay shows while files are dragged over it). The outcome goes to `onOutcome`.
 */
export function OpenContent({
  onOutcome,
  buttonRef,
}: {
  onOutcome: (outcome: OpenOutcome) => void
  buttonRef?: Ref<HTMLButtonElement>
}) {
  const inputRef = useRef<HTMLInputElement>(null)
  const [isOpening, setOpening] = useState(false)
  const handle = (files: File[]) => {
    if (files.length === 0) return
    setOpening(true)
    void open(files).then((outcome) => {
      setOpening(false)
      onOutcome(outcome)
    })
  }
  const isDragging = useFileDrop(handle)

  return (
    <>
      <button
        type="button"
        className="button"
        ref={buttonRef}
        onClick={() => inputRef.current?.click()}
      >
        Open…
      </button>
      <span className="visually-hidden" role="status">
        {isOpening ? 'Opening the files…' : ''}
      </span>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        aria-label="Open files"
        onChange={(e) => {
          handle(Array.from(e.currentTarget.files ?? []))
          // Let the same file be picked again after a fix.
          e.currentTarget.value = ''
        }}
      />
      {isDragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>
            Drop to open: events.json and essay.md together, a bundle .json,
            <br />
            or a TimelineJS .json or .csv to convert.
          </p>
        </div>
      )}
    </>
  )
}
