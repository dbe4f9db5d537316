import type { TimelineEvent } from '../../data/types'
import { fitText, textWidthPx } from './labelText'
import { layoutEvents, type Layout, type MarkItem } from './layout'

/** Reading a `Layout`: the drawn part of the range, an item's label, finding items; and the layout cache. */

const labels = new WeakMap<MarkItem, { text: string; widthPx: number }>()
const NO_LABEL = { text: '', widthPx: 0 }

/** An item's label as drawn and its estimated width: its title, shortened with an ellipsis to fit
 * `labelWidth`; '' when hidden. Cached per item (painting asks every frame). */
export function itemLabelText(item: MarkItem): {
  text: string
  widthPx: number
} {
  if (item.shape === 'cluster' || item.labelWidth <= 0) return NO_LABEL
  let label = labels.get(item)
  if (label === undefined) {
    const text = fitText(item.events[0]!.title, item.labelWidth)
    label = { text, widthPx: textWidthPx(text) }
    labels.set(item, label)
  }
  return label
}

/** `itemLabelText(item).text`. */
export function itemLabel(item: MarkItem): string {
  return itemLabelText(item).text
}

/** First index in [0, n) for which `test` is true, given it is false then true; n if never. */
function firstIndex(n: number, test: (i: number) => boolean): number {
  let lo = 0
  let hi = n
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (test(mid)) hi = mid
    else lo = mid + 1
  }
  return lo
}

/** Items that reach into [leftPx, rightPx] (layout px), in `left` order. O(log n + k). */
export function itemsBetween(
  layout: Layout,
  leftPx: number,
  rightPx: number,
): readonly MarkItem[] {
  const start = firstIndex(layout.length, (i) => layout.maxRight[i]! >= leftPx)
  const end = firstIndex(layout.length, (i) => layout.left[i]! > rightPx)
  const out: MarkItem[] = []
  for (let i = start; i < end; i++) {
    const item = layout.item(i)
    if (item.right >= leftPx) out.push(item)
  }
  return out
}

/** Index of `item` in `layout` (it must come from it), or -1. */
export function indexOfItem(layout: Layout, item: MarkItem): number {
  const left = item.left - item.shiftPx
  for (
    let k = firstIndex(layout.length, (i) => layout.left[i]! >= left);
    k < layout.length;
    k++
  ) {
    if (layout.left[k]! > left) break
    if (layout.item(k) === item) return k
  }
  return -1
}

/**
 * The item among `items` that draws `event` (itself, or the cluster holding it), or undefined. Checks only
 * items whose time range covers the event, so it stays cheap for a few hundred drawn items.
 */
export function itemOf(
  items: readonly MarkItem[],
  event: TimelineEvent | undefined,
): MarkItem | undefined {
  if (!event) return undefined
  return items.find((item) => {
    const first = item.events[0]!
    const last = item.events[item.events.length - 1]!
    if (event.timeMs < first.timeMs || event.timeMs > last.timeMs) return false
    return item.events.length === 1
      ? first === event
      : item.events.includes(event)
  })
}

const cache = new WeakMap<readonly TimelineEvent[], Map<string, Layout>>()
const CACHE_LEVELS = 12

/** `layoutEvents`, remembered for the last few levels of each events array (zooming back and forth is free). */
export function cachedLayout(
  events: readonly TimelineEvent[],
  pxPerMs: number,
  originMs: number,
  rows?: number,
): Layout {
  let byLevel = cache.get(events)
  if (!byLevel) {
    byLevel = new Map()
    cache.set(events, byLevel)
  }
  const key = `${pxPerMs}@${originMs}/${rows}`
  let layout = byLevel.get(key)
  if (!layout) {
    layout = layoutEvents(events, pxPerMs, originMs, rows)
    if (byLevel.size >= CACHE_LEVELS)
      byLevel.delete(byLevel.keys().next().value!)
    byLevel.set(key, layout)
  }
  return layout
}
