import { useRef, type Ref } from 'react'
import { openFiles, type OpenOutcome } from './openFiles'
import { readFiles } from './readFiles'
import { useFileDrop } from './useFileDrop'

/** File types offered by the picker; anything may still be dropped (and is then checked by content). */
const ACCEPT =
  '.json,.md,.markdown,.txt,application/json,text/markdown,text/plain'

/** Read, classify and validate picked or dropped files; never rejects. */
async function open(files: File[]): Promise<OpenOutcome> {
  const read = await readFiles(files)
  if (!read.ok)
    return {
      kind: 'invalid',
      name: '',
      problems: [{ path: '', message: read.message }],
    }
  return openFiles(read.files)
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
  const handle = (files: File[]) => {
    if (files.length > 0) void open(files).then(onOutcome)
  }
  const isDragging = useFileDrop(handle)

  return (
    <>
      <button
        type="button"
        ref={buttonRef}
        onClick={() => inputRef.current?.click()}
      >
        Open…
      </button>
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
            or a TimelineJS .json to convert.
          </p>
        </div>
      )}
    </>
  )
}
