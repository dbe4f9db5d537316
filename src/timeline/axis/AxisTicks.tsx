import { AXIS_H } from '../layout/geometry'

/** One labelled tick: its x in px, its words, and an extra class (`is-major`) if any. */
export type AxisTick = {
  readonly key: number
  readonly px: number
  readonly label: string
  /** Where its label starts, px, when not just right of the line; null for a line with no label. */
  readonly labelX?: number | null
  readonly className?: string | undefined
}

/**
 * The drawing shared by the calendar and aligned axes: a base line, and for each tick a label along the top
 * with a faint gridline through the lanes. Decoration: the slider carries the value.
 */
export function AxisTicks({
  ticks,
  widthPx,
  plotH,
  className,
}: {
  readonly ticks: readonly AxisTick[]
  readonly widthPx: number
  /** Height of the lanes or rows below the axis, px: the gridlines run through them. */
  readonly plotH: number
  readonly className: string
}) {
  return (
    <g className={className} aria-hidden="true">
      <line
        className="tl-axis-line"
        x1={0}
        x2={widthPx}
        y1={AXIS_H - 0.5}
        y2={AXIS_H - 0.5}
      />
      {ticks.map((tick) => (
        <g
          key={tick.key}
          transform={`translate(${tick.px},0)`}
          className={tick.className}
        >
          <line className="tl-grid" y1={AXIS_H - 6} y2={AXIS_H + plotH} />
          {tick.labelX !== null && (
            <text
              className="tl-tick"
              x={tick.labelX === undefined ? 3 : tick.labelX - tick.px}
              y={AXIS_H - 10}
            >
              {tick.label}
            </text>
          )}
        </g>
      ))}
    </g>
  )
}
