import { useEffect, useState, type RefObject } from 'react'

/**
 * The content width of an element in px, kept current by a `ResizeObserver`. `fixedPx` skips measuring
 * (tests: jsdom has no layout). 0 until the first measurement, which the observer delivers before paint.
 */
export function useElementWidth(
  ref: RefObject<HTMLElement | null>,
  fixedPx?: number,
): number {
  const [measured, setMeasured] = useState(0)
  useEffect(() => {
    const element = ref.current
    if (fixedPx !== undefined || !element) return
    const observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width
      if (width !== undefined) setMeasured(Math.floor(width))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, fixedPx])
  return fixedPx ?? measured
}
