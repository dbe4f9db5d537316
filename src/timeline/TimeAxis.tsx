import { memo } from 'react'
import { AXIS_H } from './geometry'
import { axisTicks, type TimeScale } from './scales'

type Props = {
  readonly x: TimeScale
  readonly widthPx: number
  /** Height of the lanes below the axis, px: the gridlines run through them. */
  readonly plotH: number
}

/** Date ticks along the top and faint gridlines through the lanes. Decoration: the slider carries the date. */
export const TimeAxis = memo(function TimeAxis({ x, widthPx, plotH }: Props) {
  const ticks = axisTicks(x, widthPx)
  return (
    <g className="tl-axis" aria-hidden="true">
      <line
        className="tl-axis-line"
        x1={0}
        x2={widthPx}
        y1={AXIS_H - 0.5}
        y2={AXIS_H - 0.5}
      />
      {ticks.map((tick) => {
        const px = x(tick.timeMs)
        return (
          <g
            key={tick.timeMs}
            transform={`translate(${px},0)`}
            className={tick.isMajor ? 'is-major' : undefined}
          >
            <line className="tl-grid" y1={AXIS_H - 6} y2={AXIS_H + plotH} />
            <text className="tl-tick" x={3} y={AXIS_H - 10}>
              {tick.label}
            </text>
          </g>
        )
      })}
    </g>
  )
})
