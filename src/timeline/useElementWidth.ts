import {
  startTransition,
  useEffect,
  useLayoutEffect,
  useState,
  type RefObject,
} from 'react'

/**
 * The content width of an element in px, kept current by a `ResizeObserver`. `fixedPx` skips measuring
 * (tests: jsdom has no layout). Measured once before the first paint (a layout effect), so the timeline is
 * drawn at its full height straight away rather than growing a frame later (no layout shift); 0 until then.
 * `isDeferred`: something of the same height is shown meanwhile (a pre-rendered first frame), so the first
 * measured render may be a transition, in slices, rather than one long task before the next paint.
 */
export function useElementWidth(
  ref: RefObject<HTMLElement | null>,
  fixedPx?: number,
  isDeferred = false,
): number {
  const [measured, setMeasured] = useState(0)
  useLayoutEffect(() => {
    const element = ref.current
    if (fixedPx !== undefined || !element) return
    const style = getComputedStyle(element)
    const inset = [
      style.paddingLeft,
      style.paddingRight,
      style.borderLeftWidth,
      style.borderRightWidth,
    ].reduce((sum, v) => sum + (parseFloat(v) || 0), 0)
    const width = element.getBoundingClientRect().width - inset
    // An updater function, as the observer below uses: no render when the width is unchanged.
    const measure = () => setMeasured(() => Math.floor(width))
    if (width > 0) {
      if (isDeferred) startTransition(measure)
      else measure()
    }
  }, [ref, fixedPx, isDeferred])
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
