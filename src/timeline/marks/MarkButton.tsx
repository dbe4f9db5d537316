import { memo } from 'react'
import { HIT_PX, rowCentre, type Lanes } from '../layout/geometry'
import type { MarkItem } from '../layout/layout'
import { isRowItem } from '../layout/rows'
import { clusterName, eventName } from './rangeText'

type Props = {
  readonly item: MarkItem
  /** Layout px from the layer's origin; the layer stretches its buttons with the zoom. */
  readonly originPx: number
  /** Where the view's edge cuts the button, layout px; absent when it does not. */
  readonly clipLeftPx?: number | undefined
  readonly clipRightPx?: number | undefined
  readonly lanes: Lanes
  readonly isSelected: boolean
  /** Events of this item the passage being read cites (a cluster names how many). */
  readonly citedCount: number
  readonly isTabStop: boolean
  /** Click, Enter or Space: select an event, or zoom into a cluster. */
  readonly onActivate: (item: MarkItem) => void
  /** Pointer or focus entered (the item) or left (null). */
  readonly onPoint: (item: MarkItem | null, byFocus: boolean) => void
}

/**
 * The accessible, clickable face of one mark (the canvas paints the picture): a transparent button over the
 * mark and its label. An event's button is named by its title and date, carries `data-event-id`, and is
 * pressed when selected; a cluster's is named by its count and range. Memoised: it moves with its layer, so
 * zooming within a level and panning never re-render it.
 */
export const MarkButton = memo(function MarkButton(props: Props) {
  const { item, originPx, onActivate, onPoint } = props
  const first = item.events[0]!
  const isCluster = item.shape === 'cluster'
  // Rows by facet: a copy of a mark in an earlier row is for the pointer only; the real one is named once.
  const isCopy = isRowItem(item) && item.isCopy
  const left = props.clipLeftPx ?? item.left
  const right = props.clipRightPx ?? item.right
  return (
    <button
      type="button"
      className="tl-proxy"
      style={{
        left: left - originPx,
        top: rowCentre(item.row, props.lanes) - HIT_PX / 2,
        width: right - left,
      }}
      tabIndex={props.isTabStop && !isCopy ? 0 : -1}
      aria-label={
        isCluster
          ? clusterName(item.events) +
            (props.citedCount > 0
              ? `, ${props.citedCount} cited in this passage`
              : '')
          : eventName(first)
      }
      aria-pressed={isCluster ? undefined : props.isSelected}
      aria-hidden={isCopy || undefined}
      data-copy={isCopy ? '' : undefined}
      data-event-id={isCluster || isCopy ? undefined : first.id}
      data-key={item.key}
      data-mark=""
      onClick={(event) => {
        // The second click of a double-click lands on whatever the first one's zoom put there.
        if (event.detail > 1 && isCluster) return
        onActivate(item)
      }}
      // A copy takes no focus from a click: focus would land on a button hidden from assistive technology.
      onMouseDown={isCopy ? (event) => event.preventDefault() : undefined}
      onPointerEnter={() => onPoint(item, false)}
      onPointerLeave={() => onPoint(null, false)}
      onFocus={() => onPoint(item, true)}
      onBlur={() => onPoint(null, true)}
    />
  )
})
