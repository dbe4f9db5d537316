import { useEffect, useRef, useState } from 'react'
import type { Domain } from '../../store/domainMath'
import { prefersReducedMotion } from '../../ui/mediaQuery'
import { interpolateDomain, sameDomain } from './zoomMath'

/** Length of an animated move, ms. */
const DURATION_MS = 450

type Tween = { readonly from: Domain; readonly to: Domain }

/** Ease in and out (cubic), `t` in 0..1. */
const ease = (t: number) =>
  t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2

/**
 * The window to draw: `target` (the store's), or, while an animation runs, a step of the way to it. Only moves
 * asked for with `animateTo` animate (a gesture is already continuous); a target that changes to anything else
 * ends the animation at once. The frames are local view state: the store holds only the final window.
 * `animateTo(to)` starts from the window last painted and does nothing under `prefers-reduced-motion`.
 */
export function useDomainTween(target: Domain): {
  shown: Domain
  animateTo: (to: Domain) => void
} {
  const [tween, setTween] = useState<Tween | null>(null)
  const [frame, setFrame] = useState<Domain | null>(null)
  const paintedRef = useRef(target)
  const isActive = tween !== null && sameDomain(tween.to, target)
  // The store moved elsewhere (a gesture, a preset): drop the animation (adjusting state while rendering).
  if (tween !== null && !isActive) setTween(null)
  const shown = isActive ? (frame ?? tween.from) : target

  // Passive: runs after paint, so a layout effect that calls `animateTo` still sees what is on screen.
  useEffect(() => {
    paintedRef.current = shown
  })

  useEffect(() => {
    if (!tween || !isActive) return
    const startMs = performance.now()
    let id = requestAnimationFrame(function step() {
      const t = Math.min(1, (performance.now() - startMs) / DURATION_MS)
      if (t >= 1) {
        setTween(null)
        setFrame(null)
        return
      }
      setFrame(interpolateDomain(tween.from, tween.to, ease(t)))
      id = requestAnimationFrame(step)
    })
    return () => cancelAnimationFrame(id)
  }, [tween, isActive])

  const animateTo = (to: Domain) => {
    const from = paintedRef.current
    if (prefersReducedMotion() || sameDomain(from, to)) return
    setFrame(null)
    setTween({ from, to })
  }
  return { shown, animateTo }
}
