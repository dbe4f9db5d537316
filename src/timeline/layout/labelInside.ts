import { MIN_LABEL_PX } from './geometry'
import type { MarkItem } from './layout'
import { itemLabelText } from './layoutQueries'
import { fitText, textWidthPx } from './labelText'

/** Space kept between a label and the view's edges, px. */
const EDGE_PX = 4

/**
 * An item's label kept inside the view (see `PaintView.labelsInside`), starting at `labelX` (screen px) or,
 * for a wide mark that starts off the left edge, at the edge. Its room ends where the layout's reservation
 * for the item ends (nothing else is drawn there in its lane) and before the right edge; the title is fitted
 * to that room, or hidden when not even a short label fits.
 */
export function labelInside(
  item: MarkItem,
  labelX: number,
  isSmall: boolean,
  view: {
    readonly leftPx: number
    readonly ratio: number
    readonly widthPx: number
  },
): { text: string; widthPx: number; x: number } {
  const hidden = { text: '', widthPx: 0, x: labelX }
  if (item.labelWidth <= 0) return hidden
  const x = !isSmall && labelX < EDGE_PX ? EDGE_PX : labelX
  if (x < 0) return hidden
  const reservedRight = (item.right - view.leftPx) * view.ratio
  const room = Math.min(
    x === labelX ? item.labelWidth : reservedRight - x,
    view.widthPx - EDGE_PX - x,
  )
  if (room < MIN_LABEL_PX) return hidden
  // Most labels are neither moved nor cut: the layout's own (cached) text, no fitting per frame.
  if (x === labelX && room >= item.labelWidth) {
    const own = itemLabelText(item)
    return { ...own, x }
  }
  const text = fitText(item.events[0]!.title, room)
  return text ? { text, widthPx: textWidthPx(text), x } : hidden
}
