import { memo } from 'react'
import { AxisTicks } from './AxisTicks'
import { axisTicks, type TimeScale } from './scales'
import { chipWidthPx } from '../layout/labelText'
import { placeTickLabels } from './tickLabels'

type Props = {
  readonly x: TimeScale
  readonly widthPx: number
  /** Height of the lanes below the axis, px: the gridlines run through them. */
  readonly plotH: number
  /** Where the playhead's knob waits (unset or out of view), kept clear of labels; null when it is in view. */
  readonly knobAt?: 'left' | 'right' | null
  /** The date chip beside the waiting knob (a playhead set outside the window), kept clear too; null when none. */
  readonly knobChip?: string | null
}

/** The waiting knob's width from the edge (it sits 10 px in, 8 px round), with a little air. */
const KNOB_ROOM_PX = 22

/** Date ticks along the top and faint gridlines through the lanes. Decoration: the slider carries the date. */
export const TimeAxis = memo(function TimeAxis({
  x,
  widthPx,
  plotH,
  knobAt = null,
  knobChip = null,
}: Props) {
  // The chip sits 12 px beyond the knob, towards the middle.
  const room =
    KNOB_ROOM_PX + (knobChip === null ? 0 : chipWidthPx(knobChip) + 12)
  const placed = placeTickLabels(
    axisTicks(x, widthPx).map((tick) => ({ ...tick, px: x(tick.timeMs) })),
    widthPx,
    {
      reserveLeftPx: knobAt === 'left' ? room : 0,
      reserveRightPx: knobAt === 'right' ? room : 0,
    },
  )
  const ticks = placed.map((tick) => ({
    key: tick.timeMs,
    px: tick.px,
    label: tick.label,
    labelX: tick.labelX,
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
