import { useRef, type PointerEvent } from 'react'

/**
 * Press-and-drag scrubbing shared by the calendar and aligned playheads: `zoneRef` goes on the element whose
 * left edge is x = 0 (the date axis), `pointer` on everything that starts a drag (the zone and the knob).
 * While the primary button is held (pointer captured), each move calls `scrubAtPx` with the pointer's x,
 * clamped to 0…`widthPx`.
 */
export function usePointerScrub(
  widthPx: number,
  scrubAtPx: (px: number) => void,
) {
  const zoneRef = useRef<SVGRectElement>(null)
  const isDragging = useRef(false)
  const scrubAt = (clientX: number) => {
    const left = zoneRef.current?.getBoundingClientRect().left ?? 0
    scrubAtPx(Math.min(Math.max(clientX - left, 0), widthPx))
  }
  const onPointerUp = () => {
    isDragging.current = false
  }
  const pointer = {
    onPointerDown: (event: PointerEvent<SVGElement>) => {
      if (event.button !== 0) return
      event.currentTarget.setPointerCapture(event.pointerId)
      isDragging.current = true
      scrubAt(event.clientX)
    },
    onPointerMove: (event: PointerEvent<SVGElement>) => {
      if (isDragging.current) scrubAt(event.clientX)
    },
    onPointerUp,
    onPointerCancel: onPointerUp,
  }
  return { zoneRef, pointer }
}
