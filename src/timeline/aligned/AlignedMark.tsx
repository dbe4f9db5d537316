import { memo, type KeyboardEvent } from 'react'
import type { AlignedItem } from './alignedPlacement'
import { HIT_PX, POINT_R } from '../layout/geometry'
import { kindFamily } from '../marks/kinds'
import { markGeometry } from '../layout/layout'
import { eventName } from '../marks/rangeText'

/** A point in the lanes' coordinates, px. */
export type PlotPoint = { readonly x: number; readonly y: number }

/** One drawn mark of the aligned view: its placed item, its key and its aligned place. */
export type AlignedSlot = {
  readonly key: string
  readonly rowIndex: number
  readonly item: AlignedItem
  readonly target: PlotPoint
}

type Props = {
  readonly slot: AlignedSlot
  /** Where it is drawn now: its aligned place, or its calendar place while the layouts switch. */
  readonly at: PlotPoint
  readonly isSelected: boolean
  readonly isCurrent: boolean
  readonly isHovered: boolean
  readonly isCited: boolean
  readonly isTabStop: boolean
  readonly onActivate: (slot: AlignedSlot) => void
  readonly onPoint: (slot: AlignedSlot | null, byFocus: boolean) => void
}

/**
 * One event of a case as a focusable button, named like every timeline mark ("German reunification,
 * 3 October 1990") with `data-event-id` and `aria-pressed`. A milestone shows the milestone's words as its
 * label and its kind as an outline. Positioned with a CSS transform so that switching layouts can animate it.
 */
export const AlignedMark = memo(function AlignedMark(props: Props) {
  const { slot, at, onActivate, onPoint } = props
  const { item } = slot
  const event = item.event
  const widthPx = item.x1 - item.x0
  const g = markGeometry(widthPx)
  const className = [
    'al-mark',
    `al-${item.shape}`,
    `tl-k-${kindFamily(event.kind)}`,
    item.milestone ? `al-m-${item.milestone.kind}` : '',
    event.ongoing ? 'is-ongoing' : '',
    props.isSelected ? 'is-selected' : '',
    props.isCurrent ? 'is-current' : '',
    props.isHovered ? 'is-hovered' : '',
    props.isCited ? 'is-cited' : '',
  ]
    .filter(Boolean)
    .join(' ')
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return
    e.preventDefault()
    onActivate(slot)
  }
  const w = Math.max(widthPx, 4)
  return (
    <g
      className={className}
      style={{ transform: `translate(${at.x}px,${at.y}px)` }}
      role="button"
      tabIndex={props.isTabStop ? 0 : -1}
      aria-label={eventName(event)}
      aria-pressed={props.isSelected}
      data-event-id={event.id}
      data-key={slot.key}
      onClick={() => onActivate(slot)}
      onKeyDown={onKeyDown}
      onPointerEnter={() => onPoint(slot, false)}
      onPointerLeave={() => onPoint(null, false)}
      onFocus={() => onPoint(slot, true)}
      onBlur={() => onPoint(null, true)}
    >
      <rect
        className="al-hit"
        x={g.hitLeft}
        y={-HIT_PX / 2}
        width={Math.max(g.hitRight, g.labelLeft + item.labelWidth) - g.hitLeft}
        height={HIT_PX}
        rx={4}
      />
      {item.label && props.isCited && (
        <rect
          className="al-cite-bg"
          x={g.labelLeft - 2}
          y={-9}
          width={item.labelWidth + 4}
          height={18}
          rx={3}
        />
      )}
      {item.shape === 'point' ? (
        <circle className="al-shape" r={POINT_R} />
      ) : (
        <rect
          className="al-shape"
          x={0}
          y={item.shape === 'band' ? -9 : -8}
          width={w}
          height={item.shape === 'band' ? 18 : 16}
          rx={2}
        />
      )}
      {event.ongoing && item.shape === 'span' && (
        <path className="al-arrow" d={`M${w - 5},-5 l5,5 l-5,5`} />
      )}
      {item.label && (
        <text className="al-label" x={g.labelLeft} y={0} dy="0.35em">
          {item.label}
        </text>
      )}
    </g>
  )
})
