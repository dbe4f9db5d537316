import { useEffect } from 'react'

/** True for elements where Escape belongs to the field (clearing a search box, closing a select). */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
}

/**
 * While `isOpen`, Escape calls `close`: anywhere in the page, since on phones the panel is a sheet over the
 * essay. Skipped when another handler already used the key, or when a text field outside the panel has it.
 */
export function useEscapeToClose(
  isOpen: boolean,
  close: () => void,
  panel: () => HTMLElement | null,
): void {
  useEffect(() => {
    if (!isOpen) return
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return
      const inside = panel()?.contains(e.target as Node) ?? false
      if (!inside && isTextEntry(e.target)) return
      e.preventDefault()
      close()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [isOpen, close, panel])
}
