import { memo } from 'react'
import type { AlignedRow } from './alignedLayout'
import type { PlacedRow } from './alignedPlacement'
import { bandText } from './alignedText'
import { EDGE_PX, NAME_H, type YearsScale } from './alignedGeometry'
import { ROW_H } from '../layout/geometry'
import { textWidthPx } from '../layout/labelText'

type Props = {
  readonly row: AlignedRow
  readonly placed: PlacedRow | undefined
  /** Top of the row, px from the top of the lanes. */
  readonly top: number
  readonly x: YearsScale
  readonly widthPx: number
}

/**
 * A case's frame, behind its marks: its name, the band of the open question from T = 0 to the settlement (or
 * to the as-of date, dashed, while open) with how long it lasted, the T = 0 line (dashed, with a "?", for a
 * case with no guarantee, aligned at the as-of date), and flags for milestones with no drawn event. Decoration: the row's group name says all of it.
 */
export const AlignedFrame = memo(function AlignedFrame(props: Props) {
  const { row, placed, top, x, widthPx } = props
  const lanesH = (placed?.lanes ?? 1) * ROW_H
  const bandFrom = x(row.band.fromYears)
  const bandTo = x(row.band.toYears)
  const zeroPx = x(0)
  const text = bandText(row)
  const textW = textWidthPx(text)
  const nameEnd = EDGE_PX + textWidthPx(row.case.name) * 1.1 + 12
  // The band's words go inside it at its end when they fit, else just after it, else nowhere.
  const isInside =
    bandTo - bandFrom >= textW + 12 && bandTo - 6 - textW > nameEnd
  const isAfter =
    !isInside && bandTo + 6 + textW <= widthPx - 4 && bandTo + 6 > nameEnd
  const drawn = new Set(placed?.items.map((i) => i.event.id))
  const textY = top + 14
  return (
    <g className="al-frame" aria-hidden="true">
      <rect
        className={`al-band${row.band.isOpen ? ' is-open' : ''}`}
        x={bandFrom}
        y={top + 2}
        width={Math.max(bandTo - bandFrom, 2)}
        height={NAME_H + lanesH - 2}
      />
      <text className="al-name" x={EDGE_PX} y={textY}>
        {row.case.name}
      </text>
      {(isInside || isAfter) && (
        <text
          className="al-band-label"
          x={isInside ? bandTo - 6 : bandTo + 6}
          y={textY}
          textAnchor={isInside ? 'end' : 'start'}
        >
          {text}
        </text>
      )}
      <line
        className={`al-t0${row.case.guarantee ? '' : ' is-open-question'}`}
        x1={zeroPx}
        x2={zeroPx}
        y1={top}
        y2={top + NAME_H + lanesH}
      />
      {!row.case.guarantee && (
        // No guarantee given: T = 0 is the as-of date, drawn as a question rather than a commitment.
        <text
          className="al-open-mark"
          x={zeroPx}
          y={top + NAME_H + lanesH - 4}
          textAnchor="middle"
        >
          ?
        </text>
      )}
      {row.milestones
        .filter((m) => m.eventId === null || !drawn.has(m.eventId))
        .map((m) => (
          <path
            key={`${m.kind}:${m.date.iso}`}
            className={`al-flag al-m-${m.kind}`}
            d={`M${x(m.atYears)},${textY - 5} l5,5 l-5,5 l-5,-5 z`}
          />
        ))}
    </g>
  )
})
