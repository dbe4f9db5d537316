import { useEffect, type RefObject } from 'react'

/**
 * Publish an element's rendered height, in CSS px, as custom property `name` on the root element, and keep
 * it current (ResizeObserver). Layout CSS uses it to place things below a sticky band whose height it cannot
 * know in advance (the timeline draws itself).
 */
export function useHeightVariable(
  ref: RefObject<HTMLElement | null>,
  name: `--${string}`,
): void {
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const root = document.documentElement
    const update = () =>
      root.style.setProperty(
        name,
        `${Math.round(el.getBoundingClientRect().height)}px`,
      )
    update()
    const observer = new ResizeObserver(update)
    observer.observe(el)
    return () => {
      observer.disconnect()
      root.style.removeProperty(name)
    }
  }, [ref, name])
}
