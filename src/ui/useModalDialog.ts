import { useEffect, useRef, type RefObject } from 'react'

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * A `<dialog>` shown modal while mounted: `showModal()` (the page behind becomes inert; where it is missing,
 * as in jsdom, the dialog is just opened), focus moved to `initialFocus`, Tab and Shift+Tab kept inside,
 * Escape closing through `onClose`, and focus returned on unmount to whatever had it before (or to
 * `returnFocusRef`'s element when given: the control the reader will want next, such as "Open…").
 */
export function useModalDialog(
  dialogRef: RefObject<HTMLDialogElement | null>,
  initialFocusRef: RefObject<HTMLElement | null>,
  onClose: () => void,
  returnFocusRef?: RefObject<HTMLElement | null>,
): void {
  // The latest onClose, without re-running the effect (which would move focus again).
  const onCloseRef = useRef(onClose)
  useEffect(() => {
    onCloseRef.current = onClose
  })

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    const opener =
      document.activeElement instanceof HTMLElement
        ? document.activeElement
        : null
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal()
    } else dialog.setAttribute('open', '')
    initialFocusRef.current?.focus()

    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        // Instead of the browser's own close, so that the store (which renders the dialog) stays the truth.
        e.preventDefault()
        onCloseRef.current()
        return
      }
      if (e.key !== 'Tab') return
      const focusable = [
        ...dialog.querySelectorAll<HTMLElement>(FOCUSABLE),
      ].filter((el) => !el.closest('[hidden]'))
      const first = focusable[0]
      const last = focusable[focusable.length - 1]
      if (!first || !last) return
      const active = document.activeElement
      if (e.shiftKey && (active === first || !dialog.contains(active))) {
        e.preventDefault()
        last.focus()
      } else if (!e.shiftKey && (active === last || !dialog.contains(active))) {
        e.preventDefault()
        first.focus()
      }
    }
    // The native "cancel" (Escape in browsers) is turned into the same close.
    const onCancel = (e: Event) => {
      e.preventDefault()
      onCloseRef.current()
    }
    dialog.addEventListener('keydown', onKeyDown)
    dialog.addEventListener('cancel', onCancel)
    return () => {
      dialog.removeEventListener('keydown', onKeyDown)
      dialog.removeEventListener('cancel', onCancel)
      if (dialog.open && typeof dialog.close === 'function') dialog.close()
      // Read at close, not at open: the control to return to is the one on the page now.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      const back = returnFocusRef?.current ?? opener
      if (back?.isConnected) back.focus()
    }
  }, [dialogRef, initialFocusRef, returnFocusRef])
}
