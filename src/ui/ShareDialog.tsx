import { useEffect, useId, useRef, useState } from 'react'
import { COMPACT_QUERY } from './mediaQuery'
import type { ShareOffer } from './ShareLink'
import { useModalDialog } from './useModalDialog'

type Outcome = 'copied' | 'codeCopied' | 'shared' | 'failed' | null

const MESSAGES: Record<Exclude<Outcome, null>, string> = {
  copied: 'Link copied',
  codeCopied: 'Embed code copied',
  shared: 'Link shared',
  failed: 'Could not copy: select the text and copy it yourself.',
}

/** How long the confirmation stays, ms. */
const CONFIRM_MS = 4000

/**
 * The Share dialog: the view's link and its embed code, each in a read-only field with a copy button, one
 * status line that confirms (visibly and to screen readers) what was copied, and Close.
 */
export function ShareDialog({
  offer,
  title,
  onClose,
}: {
  offer: ShareOffer
  title?: string
  onClose: () => void
}) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  // Portalled to the body, outside the menu: Escape closes this dialog, not the menu behind it.
  useModalDialog(dialogRef, headingRef, onClose)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const linkId = useId()
  const codeId = useId()

  // The confirmation's timer is an external system.
  useEffect(() => {
    if (outcome === null || outcome === 'failed') return
    const timer = setTimeout(() => setOutcome(null), CONFIRM_MS)
    return () => clearTimeout(timer)
  }, [outcome])

  const copy = async (text: string, done: Outcome) => {
    try {
      await navigator.clipboard.writeText(text)
      setOutcome(done)
    } catch {
      setOutcome('failed')
    }
  }
  const canShare =
    typeof navigator.share === 'function' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia(COMPACT_QUERY).matches
  const share = async () => {
    try {
      await navigator.share({ url: offer.pageUrl, ...(title ? { title } : {}) })
      setOutcome('shared')
    } catch (error) {
      // The reader closed the sheet: nothing happened, nothing to say.
      if (!(error instanceof DOMException && error.name === 'AbortError'))
        setOutcome('failed')
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="modal-dialog share-dialog"
      aria-labelledby="share-title"
    >
      <h2 id="share-title" ref={headingRef} tabIndex={-1}>
        Share this view
      </h2>
      <p className="share-dialog__lead">
        The link and the embed show what is on screen now: the selected event,
        the filters, the window and the rows.
      </p>
      <label htmlFor={linkId}>Link</label>
      <div className="share-dialog__row">
        <input
          id={linkId}
          type="text"
          readOnly
          value={offer.pageUrl}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          className="button"
          onClick={() => void copy(offer.pageUrl, 'copied')}
        >
          Copy link
        </button>
        {canShare && (
          <button type="button" className="button" onClick={() => void share()}>
            Share…
          </button>
        )}
      </div>
      <label htmlFor={codeId}>Embed in a page</label>
      <div className="share-dialog__row">
        <textarea
          id={codeId}
          readOnly
          rows={4}
          value={offer.snippet}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          className="button"
          onClick={() => void copy(offer.snippet, 'codeCopied')}
        >
          Copy embed code
        </button>
      </div>
      <p className="share-dialog__status" role="status">
        {outcome ? MESSAGES[outcome] : ''}
      </p>
      <div className="share-dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  )
}
