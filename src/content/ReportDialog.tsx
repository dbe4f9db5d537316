import {
  useEffect,
  useLayoutEffect,
  useRef,
  type ReactNode,
  type RefObject,
} from 'react'
import { useModalDialog } from '../ui/useModalDialog'

const NO_INITIAL_FOCUS = { current: null }

/**
 * A report about opened files (their problems, or what a conversion could not show) as a modal dialog over
 * the page: the essay and the timeline stay where they were underneath, nothing is pushed down, and the
 * report scrolls within the dialog however long it is. Named by the report's own heading, which takes focus;
 * Escape or the report's own button closes it, and focus goes to `returnFocusRef`.
 */
export function ReportDialog({
  onClose,
  returnFocusRef,
  children,
}: {
  onClose: () => void
  /** Where focus goes when the dialog closes. */
  returnFocusRef: RefObject<HTMLElement | null>
  children: ReactNode
}) {
  const ref = useRef<HTMLDialogElement>(null)
  useModalDialog(ref, NO_INITIAL_FOCUS, onClose, returnFocusRef)
  // The report inside is either kind: whichever heading it has names the dialog and takes focus once open.
  useLayoutEffect(() => {
    const heading = ref.current?.querySelector('h2')
    if (heading?.id) ref.current?.setAttribute('aria-labelledby', heading.id)
  })
  useEffect(() => {
    const heading = ref.current?.querySelector('h2')
    if (heading instanceof HTMLElement) {
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1
      heading.focus()
    }
  }, [])
  return (
    <dialog ref={ref} className="modal-dialog report-dialog">
      {children}
    </dialog>
  )
}
