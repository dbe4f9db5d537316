import { memo } from 'react'
import { formatYearTick } from '../lens/alignedScale'
import { AXIS_H } from './geometry'
import type { YearsScale } from './alignedGeometry'

type Props = {
  readonly x: YearsScale
  readonly widthPx: number
  /** Height of the rows below the axis, px. */
  readonly plotH: number
}

/** Ticks in years since T = 0 along the top, gridlines through the rows, and the T = 0 line. Decoration. */
export const AlignedAxis = memo(function AlignedAxis({
  x,
  widthPx,
  plotH,
}: Props) {
  const ticks = x.ticks(Math.max(2, Math.floor(widthPx / 90)))
  return (
    <g className="tl-axis al-axis" aria-hidden="true">
      <line
        className="tl-axis-line"
        x1={0}
        x2={widthPx}
        y1={AXIS_H - 0.5}
        y2={AXIS_H - 0.5}
      />
      {ticks.map((years) => (
        <g
          key={years}
          transform={`translate(${x(years)},0)`}
          className={years === 0 ? 'is-major al-t0' : undefined}
        >
          <line className="tl-grid" y1={AXIS_H - 6} y2={AXIS_H + plotH} />
          <text className="tl-tick" x={3} y={AXIS_H - 10}>
            {formatYearTick(years)}
          </text>
        </g>
      ))}
    </g>
  )
})
