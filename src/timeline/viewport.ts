import type { TimelineEvent } from '../data/types'
import type { Domain } from '../store/domainMath'
import { timeScale, type TimeScale } from './axis/scales'
import { HIT_PX, lanesHeight, type Lanes } from './layout/geometry'
import { labelInside } from './layout/labelInside'
import { zoomLevel, type Layout, type MarkItem } from './layout/layout'
import { cachedLayout, itemLabel, itemsBetween } from './layout/layoutQueries'

/**
 * What the calendar view shows at one window, computed from data-space inputs alone: the scales, the level of
 * detail, the layout at that level and the items to draw. The canvas, the buttons, the tooltip and the export
 * all read this one value, so they cannot disagree about where a mark is.
 */
export type Viewport = {
  /** The whole range the timeline can show (the dataset's padded bounds), UTC ms. */
  readonly bounds: Domain
  /** The window drawn, UTC ms. */
  readonly domain: Domain
  readonly widthPx: number
  /** The lanes' geometry and their total height, px. */
  readonly lanes: Lanes
  readonly plotH: number
  /** `bounds` over the width, unzoomed (d3-zoom's reference scale), and `domain` over the width. */
  readonly baseX: TimeScale
  readonly x: TimeScale
  /** The layout is computed once per zoom level (layout px per ms); within it marks stretch by `ratio`. */
  readonly layout: Layout
  readonly ratio: number
  /** Layout px at the left and right edges of the view. */
  readonly leftPx: number
  readonly rightPx: number
  /** Layout px at the buttons layer's x = 0: a coarse step, so button coordinates stay small. */
  readonly originPx: number
  /** The items drawn: those within the window and a margin, in `left` order. */
  readonly items: readonly MarkItem[]
  /** The first item inside the window (the marks' tab stop when nothing is selected or current). */
  readonly firstVisibleKey: string | null
}

export type ViewportInput = {
  /** Shown events, in time order. */
  readonly events: readonly TimelineEvent[]
  readonly bounds: Domain
  readonly domain: Domain
  readonly widthPx: number
  readonly lanes: Lanes
  /** `timeScale(bounds, widthPx)`, passed in so it keeps its identity while only the window moves. */
  readonly baseX?: TimeScale
}

/** A quarter of the width: the drawn items change only when the view crosses one of these steps. */
const CHUNKS_PER_VIEW = 4
/** The buttons' origin moves in steps of this many view widths. */
const ORIGIN_VIEWS = 8

/** Where the window falls in layout px at `level`, and the chunk-aligned stretch of items to draw. */
export function viewSpan(
  domain: Domain,
  bounds: Domain,
  widthPx: number,
  level: number,
): {
  leftPx: number
  rightPx: number
  originPx: number
  drawFromPx: number
  drawToPx: number
} {
  const leftPx = (domain[0] - bounds[0]) * level
  const rightPx = (domain[1] - bounds[0]) * level
  const chunk = widthPx / CHUNKS_PER_VIEW
  const step = ORIGIN_VIEWS * widthPx
  return {
    leftPx,
    rightPx,
    originPx: Math.floor(leftPx / step) * step,
    drawFromPx: (Math.floor(leftPx / chunk) - 1) * chunk,
    drawToPx: (Math.floor(rightPx / chunk) + 2) * chunk,
  }
}

const lastDrawn = new WeakMap<
  Layout,
  { from: number; to: number; items: readonly MarkItem[] }
>()

/** `itemsBetween`, the same array while the stretch is unchanged (a pan within a chunk redraws no button). */
function drawnItems(layout: Layout, from: number, to: number) {
  const last = lastDrawn.get(layout)
  if (last && last.from === from && last.to === to) return last.items
  const items = itemsBetween(layout, from, to)
  lastDrawn.set(layout, { from, to, items })
  return items
}

/** The viewport for `input`: see `Viewport`. Pure apart from caches keyed by its inputs. */
export function viewport(input: ViewportInput): Viewport {
  const { events, bounds, domain, widthPx, lanes } = input
  const pxPerMs = widthPx / (domain[1] - domain[0])
  const level = zoomLevel(pxPerMs)
  const layout = cachedLayout(events, level, bounds[0], lanes.rows)
  const span = viewSpan(domain, bounds, widthPx, level)
  const items = drawnItems(layout, span.drawFromPx, span.drawToPx)
  return {
    bounds,
    domain,
    widthPx,
    lanes,
    plotH: lanesHeight(lanes),
    baseX: input.baseX ?? timeScale(bounds, widthPx),
    x: timeScale(domain, widthPx),
    layout,
    ratio: pxPerMs / level,
    ...span,
    items,
    firstVisibleKey:
      items.find((i) => i.right >= span.leftPx && i.left <= span.rightPx)
        ?.key ?? null,
  }
}

/** Screen x of an item's start in the stage, px (negative or past the width when it starts off-screen). */
export function stageX(view: Viewport, item: MarkItem): number {
  return (item.x0 - view.leftPx) * view.ratio
}

/**
 * The selected event's drawn item when its lane, or the view's edge, left no room to print its name in full,
 * so a tag should say it; null when it is not drawn alone, or its label is its whole title.
 */
function nameTagItem(
  view: Viewport,
  selectedId: string | null,
): MarkItem | null {
  const item = view.items.find(
    (i) => i.events.length === 1 && i.events[0]!.id === selectedId,
  )
  if (!item) return null
  const title = item.events[0]!.title
  if (itemLabel(item) !== title) return item
  // As painted: from the mark's screen x, the label keeps its offset from the mark.
  const labelX = stageX(view, item) + (item.labelX - item.x0)
  const isSmall = item.x1 - item.x0 < HIT_PX
  return labelInside(item, labelX, isSmall, view).text === title ? null : item
}

/**
 * What the stage's tooltip shows: the hovered (or focused) item while it is drawn; otherwise the selected
 * event's name tag, only for a mark that starts in view (a hovered span may start off-screen: its tip is
 * clamped to the edge).
 */
export function shownTip(
  view: Viewport,
  hovered: MarkItem | null,
  selectedId: string | null,
): { item: MarkItem; isNameTag: boolean } | null {
  if (hovered && view.items.includes(hovered))
    return { item: hovered, isNameTag: false }
  const tag = nameTagItem(view, selectedId)
  if (!tag) return null
  const x = stageX(view, tag)
  return x >= 0 && x <= view.widthPx ? { item: tag, isNameTag: true } : null
}
