import { memo, type KeyboardEvent } from 'react'
import type { AlignedItem } from './alignedPlacement'
import { markDrawing } from './alignedDrawing'
import { kindFamily } from '../marks/kinds'
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
  const d = markDrawing(item)
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
      <rect className="al-hit" {...d.hit} rx={4} />
      {d.labelBg && props.isCited && (
        <rect className="al-cite-bg" {...d.labelBg} rx={3} />
      )}
      {d.shape.kind === 'circle' ? (
        <circle className="al-shape" r={d.shape.r} />
      ) : (
        <rect
          className="al-shape"
          x={d.shape.x}
          y={d.shape.y}
          width={d.shape.width}
          height={d.shape.height}
          rx={2}
        />
      )}
      {d.arrow && <path className="al-arrow" d={d.arrow} />}
      {d.label && (
        <text className="al-label" x={d.label.x} y={d.label.y} dy="0.35em">
          {d.label.text}
        </text>
      )}
    </g>
  )
})
