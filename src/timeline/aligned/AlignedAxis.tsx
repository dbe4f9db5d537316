import { memo } from 'react'
import { formatYearTick } from './alignedScale'
import type { YearsScale } from './alignedGeometry'
import { AxisTicks } from '../axis/AxisTicks'

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
  const ticks = x.ticks(Math.max(2, Math.floor(widthPx / 90))).map((years) => ({
    key: years,
    px: x(years),
    label: formatYearTick(years),
    className: years === 0 ? 'is-major al-t0' : undefined,
  }))
  return (
    <AxisTicks
      className="tl-axis al-axis"
      ticks={ticks}
      widthPx={widthPx}
      plotH={plotH}
    />
  )
})
