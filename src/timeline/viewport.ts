import type { TimelineEvent } from '../data/types'
import type { Domain } from '../store/domainMath'
import { timeScale, type TimeScale } from './axis/scales'
import { HIT_PX, lanesHeight, type Lanes } from './layout/geometry'
import { labelInside } from './layout/labelInside'
import { zoomLevel, type Layout, type MarkItem } from './layout/layout'
import { cachedLayout, itemLabel, itemsBetween } from './layout/layoutQueries'
import { rowsLanes, type RowsChoice } from './layout/rowsView'
import { isRowItem, type FacetRow } from './layout/rows'

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
  /** Height of the lane area on screen, px: `plotH`, or less when rows by facet scroll within it. */
  readonly frameH: number
  /** Rows by facet: how far the rows are scrolled, px (the canvas paints the frame from there); else 0. */
  readonly topPx: number
  /** Rows by facet, top to bottom (one lane each); null for lanes by time. */
  readonly rows: readonly FacetRow[] | null
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
  /** Rows by facet, when the reader chose them. */
  readonly rowsChoice?: RowsChoice | null
  /** Rows by facet: how far the reader scrolled the rows, px; null shows every row at once (print). */
  readonly rowsScrollPx?: number | null
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

/** Rows drawn beyond the frame's edges, so a short scroll shows no gap before the next render. */
const ROWS_MARGIN = 2
/** The frame's rows move in steps of this many: a scroll within one keeps the same items (and buttons). */
const ROWS_STEP = 4

const lastInFrame = new WeakMap<
  readonly MarkItem[],
  { from: number; to: number; items: readonly MarkItem[] }
>()

/** `items` in the rows the frame shows at `topPx` (plus a margin, in steps), the same array while unchanged. */
function rowsInFrame(
  items: readonly MarkItem[],
  lanes: Lanes,
  topPx: number,
  frameH: number,
): readonly MarkItem[] {
  const first = Math.floor((topPx - lanes.padPx) / lanes.rowH)
  const last = Math.ceil((topPx + frameH - lanes.padPx) / lanes.rowH)
  const from = Math.floor(first / ROWS_STEP) * ROWS_STEP - ROWS_MARGIN
  const to = Math.ceil(last / ROWS_STEP) * ROWS_STEP + ROWS_MARGIN
  const kept = lastInFrame.get(items)
  if (kept && kept.from === from && kept.to === to) return kept.items
  const inFrame = items.filter((i) => i.row >= from && i.row <= to)
  lastInFrame.set(items, { from, to, items: inFrame })
  return inFrame
}

/** The viewport for `input`: see `Viewport`. Pure apart from caches keyed by its inputs. */
export function viewport(input: ViewportInput): Viewport {
  const { events, bounds, domain, widthPx, rowsChoice } = input
  const pxPerMs = widthPx / (domain[1] - domain[0])
  const level = zoomLevel(pxPerMs)
  const faceted = rowsChoice
    ? rowsLanes(events, rowsChoice, input.lanes, level, bounds[0])
    : null
  const lanes = faceted?.lanes ?? input.lanes
  const layout =
    faceted?.layout ?? cachedLayout(events, level, bounds[0], lanes.rows)
  const span = viewSpan(domain, bounds, widthPx, level)
  const drawn = drawnItems(layout, span.drawFromPx, span.drawToPx)
  const isAllRows = input.rowsScrollPx === null
  const frameH = isAllRows
    ? lanesHeight(lanes)
    : Math.min(lanesHeight(lanes), lanesHeight(input.lanes))
  const topPx = faceted && !isAllRows ? (input.rowsScrollPx ?? 0) : 0
  // Rows by facet: only the rows in (or next to) the frame are painted and given buttons.
  const items = faceted ? rowsInFrame(drawn, lanes, topPx, frameH) : drawn
  return {
    bounds,
    domain,
    widthPx,
    lanes,
    plotH: lanesHeight(lanes),
    frameH,
    topPx,
    rows: rowsChoice?.rows ?? null,
    baseX: input.baseX ?? timeScale(bounds, widthPx),
    x: timeScale(domain, widthPx),
    layout,
    ratio: pxPerMs / level,
    ...span,
    items,
    firstVisibleKey:
      items.find(
        (i) =>
          i.right >= span.leftPx &&
          i.left <= span.rightPx &&
          !(isRowItem(i) && i.isCopy),
      )?.key ?? null,
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
