import { memo } from 'react'
import type { Segment, YearTick } from './alignedDrawing'
import { AXIS_H } from '../layout/geometry'
import { AxisTicks } from '../axis/AxisTicks'

type Props = {
  readonly ticks: readonly YearTick[]
  /** Gridlines through the rows, broken where a word sits (px from the top of the rows). */
  readonly grid: readonly Segment[]
  readonly widthPx: number
}

/**
 * Ticks in years since T = 0 along the top ("T = 0" in the accent colour, as text) and the gridlines through
 * the rows. Each row's frame draws its own T = 0 line. Decoration.
 */
export const AlignedAxis = memo(function AlignedAxis({
  ticks,
  grid,
  widthPx,
}: Props) {
  return (
    <>
      <AxisTicks
        className="tl-axis al-axis"
        ticks={ticks.map((t) => ({
          key: t.years,
          px: t.px,
          label: t.label,
          className: t.years === 0 ? 'is-major al-t0-tick' : undefined,
        }))}
        widthPx={widthPx}
        plotH={0}
      />
      <g
        className="al-grid"
        transform={`translate(0,${AXIS_H})`}
        aria-hidden="true"
      >
        {grid.map((s) => (
          <line
            key={`${s.x},${s.y0}`}
            className="tl-grid"
            x1={s.x}
            x2={s.x}
            y1={s.y0}
            y2={s.y1}
          />
        ))}
      </g>
    </>
  )
})
