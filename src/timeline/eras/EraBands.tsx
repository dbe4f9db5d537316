import { memo } from 'react'
import type { Era } from '../../data/types'
import type { TimeScale } from '../axis/scales'
import { AXIS_H } from '../layout/geometry'
import { eraBands, eraLabelY } from './eraBands'

type Props = {
  readonly eras: readonly Era[]
  readonly x: TimeScale
  readonly widthPx: number
  /** Height of the lanes below the axis, px: the bands run through them. */
  readonly plotH: number
}

/**
 * The eras as tinted bands behind the axis and the lanes, each labelled at its top, inside the band and the
 * view (see `eraLabelY`).
 * Drawn in the stage's SVG, under the marks' canvas, so a mark always shows over a band. Decoration for
 * assistive technology: `EraList` names the eras once.
 */
export const EraBands = memo(function EraBands({
  eras,
  x,
  widthPx,
  plotH,
}: Props) {
  if (eras.length === 0) return null
  const bands = eraBands(eras, x, widthPx)
  return (
    <g className="tl-eras" aria-hidden="true">
      {bands.map((band) => (
        <g key={band.index} className={band.isAlternate ? 'is-alt' : undefined}>
          <rect
            className="tl-era-band"
            x={band.x0}
            y={0}
            width={band.x1 - band.x0}
            height={AXIS_H + plotH}
          />
          <line
            className="tl-era-edge"
            x1={band.x0 + 0.5}
            x2={band.x0 + 0.5}
            y1={0}
            y2={AXIS_H + plotH}
          />
          {band.label !== '' && (
            <text
              className="tl-era-label"
              x={band.labelX}
              y={eraLabelY(band.labelRow, plotH)}
            >
              {band.label}
            </text>
          )}
        </g>
      ))}
    </g>
  )
})
