import { useRef, type KeyboardEvent, type PointerEvent } from 'react'
import { type BandSize, clampRows, MAX_ROWS, MIN_ROWS } from './bandSize'

/**
 * The band's own controls, at its bottom edge: "Collapse timeline" / "Expand timeline", and a handle
 * (a separator, focusable) that sizes the open band in lanes: drag it, or ↑ and ↓ (Home collapses, End opens
 * it fully). Dragging it above the fewest lanes collapses the band.
 */
export function BandHandle({
  size,
  rows,
  rowPx,
  controls,
  onSize,
}: {
  size: BandSize
  /** Lanes drawn now (the default when the reader has not chosen). */
  rows: number
  /** Height of one lane, px: how far a drag moves for one more lane. */
  rowPx: number
  /** The id of the element the band sizes. */
  controls: string
  onSize: (size: BandSize) => void
}) {
  const drag = useRef<{ y: number; rows: number } | null>(null)
  const shownRows = size.isCollapsed ? 0 : rows
  const open = (n: number) => onSize({ isCollapsed: false, rows: clampRows(n) })

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, () => void> = {
      ArrowUp: () =>
        shownRows <= MIN_ROWS
          ? onSize({ ...size, isCollapsed: true })
          : open(shownRows - 1),
      ArrowDown: () => open(size.isCollapsed ? MIN_ROWS : shownRows + 1),
      Home: () => onSize({ ...size, isCollapsed: true }),
      End: () => open(MAX_ROWS),
    }
    const act = keys[event.key]
    if (!act) return
    event.preventDefault()
    act()
  }
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return
    event.currentTarget.setPointerCapture(event.pointerId)
    drag.current = { y: event.clientY, rows: shownRows }
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current
    if (!start) return
    const target = start.rows + (event.clientY - start.y) / rowPx
    if (target < MIN_ROWS - 0.5) {
      if (!size.isCollapsed) onSize({ ...size, isCollapsed: true })
    } else if (size.isCollapsed || clampRows(target) !== shownRows) open(target)
  }
  const onPointerUp = () => {
    drag.current = null
  }

  return (
    <div className="tl-band">
      {/* A focusable separator is ARIA's window splitter, an interactive widget; the lint rule knows only the
          static kind. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        className="tl-band__handle"
        role="separator"
        aria-orientation="horizontal"
        aria-label="Timeline height"
        aria-controls={controls}
        aria-valuemin={0}
        aria-valuemax={MAX_ROWS}
        aria-valuenow={shownRows}
        aria-valuetext={
          size.isCollapsed
            ? 'collapsed'
            : `${shownRows} ${shownRows === 1 ? 'lane' : 'lanes'}`
        }
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a window splitter takes focus
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        <span className="tl-band__grip" aria-hidden="true" />
      </div>
      <button
        type="button"
        className="tl-band__toggle"
        aria-expanded={!size.isCollapsed}
        aria-controls={controls}
        onClick={() => onSize({ ...size, isCollapsed: !size.isCollapsed })}
      >
        {size.isCollapsed ? 'Expand timeline' : 'Collapse timeline'}
      </button>
    </div>
  )
}
