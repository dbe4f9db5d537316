import { clusterName, eventDateText } from './rangeText'
import type { MarkItem } from '../layout/layout'

type Props = {
  readonly item: MarkItem
  /** Anchor point in the stage, px: the mark's start and its lane's centre. */
  readonly x: number
  readonly y: number
  readonly stageWidthPx: number
  /** Show below the mark (upper lanes) rather than above it. */
  readonly isBelow: boolean
  /** The selected event's name only, as a lighter tag that stays while it is selected. */
  readonly isNameTag?: boolean
}

/**
 * Title and date of the hovered or focused mark, in full (lane labels may be shortened), or the selected
 * event's title as a name tag when its lane label is cut or hidden. A visual aid only:
 * the mark's accessible name already says the same, so the tooltip is hidden from assistive technology.
 */
export function Tooltip({
  item,
  x,
  y,
  stageWidthPx,
  isBelow,
  isNameTag = false,
}: Props) {
  const first = item.events[0]!
  const isCluster = item.events.length > 1
  // Align to the side with room so the tip never leaves the stage (no horizontal page scroll).
  const align =
    x < stageWidthPx * 0.3 ? 'start' : x > stageWidthPx * 0.7 ? 'end' : 'middle'
  return (
    <div
      className={`tl-tooltip tl-align-${align}${isBelow ? ' is-below' : ''}${isNameTag ? ' is-name-tag' : ''}`}
      style={{ left: x, top: y }}
      aria-hidden="true"
    >
      {isNameTag ? (
        <strong>{first.title}</strong>
      ) : isCluster ? (
        <>
          <strong>{clusterName(item.events)}</strong>
          <span className="tl-tooltip-hint">Click to zoom in</span>
        </>
      ) : (
        <>
          <strong>{first.title}</strong>
          <span>{eventDateText(first)}</span>
        </>
      )}
    </div>
  )
}
