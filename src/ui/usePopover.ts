import { useEffect, useState, type RefObject } from 'react'

/**
 * A disclosure that floats over the page (the header's Filters and Menu panels): open and closed state, closed
 * again by Escape (focus back on its toggle) or by a pointer press outside `rootRef`. A press inside a modal
 * dialog opened from the panel (About this edition) does not count as outside, so that dialog can give focus
 * back to the button that opened it.
 */
export function usePopover(
  rootRef: RefObject<HTMLElement | null>,
  toggleRef: RefObject<HTMLElement | null>,
): {
  isOpen: boolean
  setOpen: (isOpen: boolean) => void
  toggle: () => void
} {
  const [isOpen, setOpen] = useState(false)

  // Document listeners are an external system: attached only while open.
  useEffect(() => {
    if (!isOpen) return
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target
      if (!(target instanceof Node)) return
      if (rootRef.current?.contains(target)) return
      if (target instanceof Element && target.closest('dialog, [role=dialog]'))
        return
      setOpen(false)
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      if (!rootRef.current?.contains(document.activeElement)) return
      event.preventDefault()
      setOpen(false)
      toggleRef.current?.focus()
    }
    document.addEventListener('pointerdown', onPointerDown, true)
    // Capture: the popover, where focus is, answers Escape before the details panel's page-wide listener.
    document.addEventListener('keydown', onKeyDown, true)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true)
      document.removeEventListener('keydown', onKeyDown, true)
    }
  }, [isOpen, rootRef, toggleRef])

  return { isOpen, setOpen, toggle: () => setOpen(!isOpen) }
}
