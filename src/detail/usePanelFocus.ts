import { useEffect, useRef, type RefObject } from 'react'

/**
 * Focus for a non-modal panel that opens on a selection. Opening by a user action (something had focus)
 * moves focus to the panel's heading and remembers where it was; closing returns it there, but only when
 * focus was in the panel (or lost with its content), so closing from elsewhere never yanks the reader back.
 * Opening at page load (nothing focused), or quietly, leaves focus alone.
 */
export function usePanelFocus(
  openId: string | null,
  panelRef: RefObject<HTMLElement | null>,
  headingRef: RefObject<HTMLElement | null>,
  /** Open without taking focus (the selection came from a control that keeps it). */
  isQuiet = false,
): void {
  const previousIdRef = useRef<string | null>(null)
  const returnToRef = useRef<HTMLElement | null>(null)

  useEffect(() => {
    const wasOpen = previousIdRef.current !== null
    previousIdRef.current = openId
    const panel = panelRef.current
    const active = document.activeElement
    const focusIsLost = active === null || active === document.body
    const focusIsInside = !!panel && !!active && panel.contains(active)

    if (openId !== null && !wasOpen) {
      if (
        isQuiet ||
        focusIsLost ||
        focusIsInside ||
        !(active instanceof HTMLElement)
      )
        return
      returnToRef.current = active
      headingRef.current?.focus()
    } else if (openId === null && wasOpen) {
      const target = returnToRef.current
      returnToRef.current = null
      if (target?.isConnected && (focusIsLost || focusIsInside)) target.focus()
    }
  }, [openId, panelRef, headingRef, isQuiet])
}
