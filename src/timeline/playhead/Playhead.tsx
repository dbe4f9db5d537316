import type { KeyboardEvent } from 'react'
import { AXIS_H } from '../layout/geometry'
import { chipWidthPx } from '../layout/labelText'
import { usePointerScrub } from './usePointerScrub'

type Props = {
  readonly widthPx: number
  /** Height of the lanes or rows, px: the playhead's line crosses them. */
  readonly plotH: number
  /** The playhead's x, px (may be outside 0…widthPx); null before the reader has scrubbed. */
  readonly px: number | null
  /** Text of the date chip; null before the reader has scrubbed. */
  readonly chip: string | null
  /** The slider's range and value, in the view's own unit (UTC ms, or years since the guarantee). */
  readonly value: {
    readonly min: number
    readonly max: number
    readonly now: number
    readonly text: string
  }
  readonly onKeyDown: (event: KeyboardEvent) => void
  /** A press or drag at `px` along the axis (clamped to 0…widthPx). */
  readonly onScrubPx: (px: number) => void
}

/**
 * A playhead, shared by the calendar and aligned views: a slider named "Timeline date" whose knob and date
 * chip ride on the axis, a line across the lanes, and the axis as a press-and-drag zone. The views supply
 * what differs: the value, the chip's text, the keys and what a position along the axis means.
 */
export function Playhead(props: Props) {
  const { widthPx, plotH, px, chip, value, onKeyDown, onScrubPx } = props
  const { zoneRef, pointer } = usePointerScrub(widthPx, onScrubPx)
  const isInView = px !== null && px >= 0 && px <= widthPx
  // Out of view (or unset) the knob waits at the nearer edge, fully visible.
  const handleX = Math.min(Math.max(px ?? 0, 10), widthPx - 10)
  // The chip flips left near the right edge.
  const chipW = chip === null ? 0 : chipWidthPx(chip)
  const chipLeft = handleX + chipW + 14 > widthPx ? -chipW - 12 : 12
  return (
    <g className={`tl-playhead${chip === null ? ' is-unset' : ''}`}>
      <rect
        ref={zoneRef}
        className="tl-scrub-zone"
        data-no-zoom=""
        x={0}
        y={0}
        width={widthPx}
        height={AXIS_H}
        {...pointer}
      />
      {isInView && (
        <line
          className="tl-playhead-line"
          x1={px}
          x2={px}
          y1={AXIS_H / 2}
          y2={AXIS_H + plotH}
        />
      )}
      <g
        className="tl-handle"
        data-no-zoom=""
        transform={`translate(${handleX},${AXIS_H / 2})`}
        role="slider"
        tabIndex={0}
        aria-label="Timeline date"
        aria-valuemin={value.min}
        aria-valuemax={value.max}
        aria-valuenow={Math.min(Math.max(value.now, value.min), value.max)}
        aria-valuetext={value.text}
        aria-orientation="horizontal"
        onKeyDown={onKeyDown}
        {...pointer}
      >
        <rect
          className="tl-hit"
          x={-16}
          y={-16}
          width={32}
          height={32}
          rx={16}
        />
        {chip !== null && (
          // Hidden from assistive technology: the slider's aria-valuetext says the same.
          <g
            className="tl-chip"
            transform={`translate(${chipLeft},0)`}
            aria-hidden="true"
          >
            <rect x={0} y={-10} width={chipW} height={20} rx={10} />
            <text x={6} y={0} dy="0.35em">
              {chip}
            </text>
          </g>
        )}
        <circle className="tl-knob" r={8} />
      </g>
    </g>
  )
}
