/**
 * The drawn part of a playhead slider, shared by the calendar and aligned views: a 32 px hit area, the date
 * chip (hidden from assistive technology, since the slider's aria-valuetext says the same) and the knob.
 */
export function PlayheadKnob({
  chip,
  chipLeft,
  chipWidthPx,
}: {
  /** Text of the chip; null before the reader has scrubbed. */
  chip: string | null
  chipLeft: number
  chipWidthPx: number
}) {
  return (
    <>
      <rect className="tl-hit" x={-16} y={-16} width={32} height={32} rx={16} />
      {chip !== null && (
        <g
          className="tl-chip"
          transform={`translate(${chipLeft},0)`}
          aria-hidden="true"
        >
          <rect x={0} y={-10} width={chipWidthPx} height={20} rx={10} />
          <text x={6} y={0} dy="0.35em">
            {chip}
          </text>
        </g>
      )}
      <circle className="tl-knob" r={8} />
    </>
  )
}
