import { memo, type KeyboardEvent } from 'react'
import { HIT_PX, POINT_R } from './geometry'
import { kindFamily } from './kinds'
import { markGeometry, type MarkItem } from './layout'
import { clusterName, eventName } from './rangeText'

export type MarkFlags = {
  readonly isSelected: boolean
  readonly isCurrent: boolean
  readonly isHovered: boolean
  readonly isCited: boolean
  readonly isTabStop: boolean
}

export type MarkHandlers = {
  /** Click, Enter or Space: select an event, or zoom into a cluster. */
  readonly onActivate: (item: MarkItem) => void
  /** Pointer or focus entered (the item) or left (null). */
  readonly onPoint: (item: MarkItem | null, byFocus: boolean) => void
}

type Props = MarkFlags &
  MarkHandlers & {
    readonly item: MarkItem
    /** Start of the mark, px within the marks layer. */
    readonly x: number
    /** Drawn width at the current zoom, px (0 for points and clusters). */
    readonly widthPx: number
    /** Vertical centre of its lane, px. */
    readonly y: number
  }

/**
 * One mark: an event (point, band or bar) or a counted cluster, as a focusable button. Memoised: a pointer
 * move re-renders only the marks whose flags change, never the whole layer.
 */
export const EventMark = memo(function EventMark(props: Props) {
  const { item, x, widthPx, y, onActivate, onPoint } = props
  const first = item.events[0]!
  const isCluster = item.shape === 'cluster'
  const className = [
    'tl-mark',
    `tl-${item.shape}`,
    isCluster ? '' : `tl-k-${kindFamily(first.kind)}`,
    first.ongoing && !isCluster ? 'is-ongoing' : '',
    props.isSelected ? 'is-selected' : '',
    props.isCurrent ? 'is-current' : '',
    props.isHovered ? 'is-hovered' : '',
    props.isCited ? 'is-cited' : '',
  ]
    .filter(Boolean)
    .join(' ')
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return
    event.preventDefault()
    onActivate(item)
  }
  const geometry = isCluster
    ? { hitLeft: 0, hitRight: item.x1 - item.x0, labelLeft: 0 }
    : markGeometry(widthPx)
  const labelWidth = item.labelWidth
  return (
    <g
      className={className}
      transform={`translate(${x},${y})`}
      role="button"
      tabIndex={props.isTabStop ? 0 : -1}
      aria-label={isCluster ? clusterName(item.events) : eventName(first)}
      aria-pressed={isCluster ? undefined : props.isSelected}
      data-event-id={isCluster ? undefined : first.id}
      data-key={item.key}
      data-mark=""
      onClick={(event) => {
        // The second click of a double-click lands on whatever the first one's zoom put there.
        if (event.detail > 1 && isCluster) return
        onActivate(item)
      }}
      onKeyDown={onKeyDown}
      onPointerEnter={() => onPoint(item, false)}
      onPointerLeave={() => onPoint(null, false)}
      onFocus={() => onPoint(item, true)}
      onBlur={() => onPoint(null, true)}
    >
      <rect
        className="tl-hit"
        x={geometry.hitLeft}
        y={-HIT_PX / 2}
        width={
          Math.max(geometry.hitRight, geometry.labelLeft + labelWidth) -
          geometry.hitLeft
        }
        height={HIT_PX}
        rx={4}
      />
      {item.label && props.isCited && (
        <rect
          className="tl-cite-bg"
          x={geometry.labelLeft - 2}
          y={-9}
          width={labelWidth + 4}
          height={18}
          rx={3}
        />
      )}
      <Shape
        item={item}
        widthPx={widthPx}
        labelEnd={item.label ? geometry.labelLeft + labelWidth : 0}
      />
      {item.label && (
        <text className="tl-label" x={geometry.labelLeft} y={0} dy="0.35em">
          {item.label}
        </text>
      )}
    </g>
  )
})

function Shape({
  item,
  widthPx,
  labelEnd,
}: {
  item: MarkItem
  widthPx: number
  /** Where the label ends, px from the start: an arrow is drawn only where no text is. */
  labelEnd: number
}) {
  if (item.shape === 'point') return <circle className="tl-shape" r={POINT_R} />
  if (item.shape === 'cluster') {
    const w = item.x1 - item.x0
    return (
      <>
        <rect
          className="tl-shape"
          x={0}
          y={-11}
          width={w}
          height={22}
          rx={11}
        />
        <text className="tl-count" x={w / 2} y={0} dy="0.35em">
          {item.events.length}
        </text>
      </>
    )
  }
  const w = Math.max(widthPx, 4)
  if (item.shape === 'band')
    return (
      <rect className="tl-shape" x={0} y={-9} width={w} height={18} rx={2} />
    )
  const ongoing = item.events[0]!.ongoing
  return (
    <>
      <rect className="tl-shape" x={0} y={-8} width={w} height={16} rx={2} />
      <rect className="tl-bar-base" x={0} y={5} width={w} height={3} />
      {ongoing && (
        <rect className="tl-fade" x={0} y={-9} width={w + 1} height={18} />
      )}
      {ongoing && labelEnd < w - 8 && (
        <path className="tl-arrow" d={`M${w - 5},-5 l5,5 l-5,5`} />
      )}
    </>
  )
}
