import { memo } from 'react'
import { AxisTicks } from './AxisTicks'
import { axisTicks, type TimeScale } from './scales'

type Props = {
  readonly x: TimeScale
  readonly widthPx: number
  /** Height of the lanes below the axis, px: the gridlines run through them. */
  readonly plotH: number
}

/** Date ticks along the top and faint gridlines through the lanes. Decoration: the slider carries the date. */
export const TimeAxis = memo(function TimeAxis({ x, widthPx, plotH }: Props) {
  const ticks = axisTicks(x, widthPx).map((tick) => ({
    key: tick.timeMs,
    px: x(tick.timeMs),
    label: tick.label,
    className: tick.isMajor ? 'is-major' : undefined,
  }))
  return (
    <AxisTicks
      className="tl-axis"
      ticks={ticks}
      widthPx={widthPx}
      plotH={plotH}
    />
  )
})
