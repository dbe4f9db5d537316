import type { CanvasTheme } from './canvasTheme'
import type { PaintContext } from './svgPaintContext'
import {
  HIT_PX,
  POINT_R,
  clusterWidthPx,
  rowCentre,
  type Lanes,
} from '../layout/geometry'
import { labelInside } from '../layout/labelInside'
import { kindFamily } from '../marks/kinds'
import { type MarkItem } from '../layout/layout'
import { itemLabelText } from '../layout/layoutQueries'
import { zeroAlpha } from './zeroAlpha'
import { paintCopyLink, paintRowBands, type PaintRows } from './paintRows'

/**
 * Paints the marks on the lane canvas. The canvas is only a picture: every mark also has a transparent
 * button on top (its role, name, focus and pointer target), so nothing here needs to be accessible.
 * Positions: screen x = (layout x - `leftPx`) × `ratio`; sizes that are not time (points, badges, labels)
 * stay in px.
 */

export type PaintView = {
  /** Layout px at the left edge, and screen px per layout px (1 to 1.41 within a zoom level). */
  readonly leftPx: number
  readonly ratio: number
  readonly widthPx: number
  readonly heightPx: number
  /** Device pixels per CSS px. */
  readonly dpr: number
  /** The lanes' geometry; the wide-screen lanes when absent. */
  readonly lanes?: Lanes
  /**
   * Keep every label whole or ellipsised inside the view (the full title stays in the button's name and the
   * tooltip): a span that starts before the left edge carries its label from the edge, and a label that would
   * cross the right edge is shortened.
   */
  readonly labelsInside?: boolean
  /**
   * Draw a cluster's badge whole inside the view, moved in from an edge it would cross (a figure, which
   * cannot be panned to read a cut count); never on screen, where the badge's button stands at its date.
   */
  readonly clustersInside?: boolean
  /** Rows by facet: one lane per row, banded and labelled (see `paintRows.ts`). */
  readonly rows?: PaintRows
  /** Rows by facet: the rows' scroll, px; the canvas shows the frame from there (0 when absent). */
  readonly topPx?: number
}

export type PaintState = {
  readonly selectedKey: string | undefined
  readonly currentKey: string | undefined
  readonly hoveredKey: string | undefined
  readonly citedKeys: ReadonlySet<string | undefined>
  /** Rows by facet: every drawn item holding the selected event (its copies and clusters), all ringed. */
  readonly selectedKeys?: ReadonlySet<string>
  /** Rows by facet: the selected, current and hovered event ids, which also mark those events' copies. */
  readonly selectedId?: string | undefined
  readonly currentId?: string | undefined
  readonly hoveredId?: string | undefined
  /** For a cluster, how many of its events the passage cites (shown on a tab at its top right). */
  readonly citedCounts?: ReadonlyMap<string, number>
}

const SIZE_PX = 12

/** Label weights: an event's title, a selected or current event's title, a cluster's count. */
const WEIGHTS = [400, 700, 600] as const
type Weight = 0 | 1 | 2

/** Text waiting for the second pass: painted after every shape, grouped by font. */
type Label = {
  readonly text: string
  readonly x: number
  readonly y: number
  readonly colour: string
  /** Width of the hover underline, px; 0 for none. */
  readonly underlinePx: number
}

/**
 * Clear the canvas and paint `items`: shapes in item order, then the text grouped by font. Setting
 * `ctx.font` parses the whole font string, and alternating weights item by item cost milliseconds a frame at
 * a few hundred marks; within a row nothing overlaps, so painting text last changes no pixel.
 */
export function paintMarks(
  ctx: PaintContext,
  items: readonly MarkItem[],
  view: PaintView,
  state: PaintState,
  theme: CanvasTheme,
): void {
  ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0)
  ctx.clearRect(0, 0, view.widthPx, view.heightPx)
  const labels: Label[][] = [[], [], []]
  const selected: { item: MarkItem; x: number }[] = []
  // Rows by facet scroll: everything below is drawn `topPx` higher, so y stays in the rows' coordinates.
  const topPx = view.topPx ?? 0
  if (topPx !== 0)
    ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, -topPx * view.dpr)
  if (view.rows) paintRowBands(ctx, view.rows, view.lanes, view.widthPx, theme)
  for (const item of items) {
    const x = (item.x0 - view.leftPx) * view.ratio
    if (
      x > view.widthPx + HIT_PX ||
      (item.right - view.leftPx) * view.ratio < -HIT_PX
    )
      continue
    const copy = item.copyOf
    const flags = {
      isSelected:
        item.key === state.selectedKey ||
        state.selectedKeys?.has(item.key) === true ||
        (copy !== undefined && copy === state.selectedId),
      isCurrent:
        item.key === state.currentKey ||
        (copy !== undefined && copy === state.currentId),
      isHovered:
        item.key === state.hoveredKey ||
        (copy !== undefined && copy === state.hoveredId),
      isCited: state.citedKeys.has(item.key),
    }
    if (flags.isSelected && view.rows) selected.push({ item, x })
    const y = rowCentre(item.row, view.lanes)
    if (item.shiftPx > 0)
      paintLeader(
        ctx,
        (item.x0 - item.shiftPx - view.leftPx) * view.ratio,
        x,
        y,
        theme,
      )
    if (item.shape === 'cluster')
      paintCluster(
        ctx,
        item,
        view.clustersInside
          ? Math.min(Math.max(x, 0), view.widthPx - (item.x1 - item.x0))
          : x,
        y,
        flags,
        theme,
        labels,
        state.citedCounts?.get(item.key) ?? 0,
      )
    else {
      const w = (item.x1 - item.x0) * view.ratio
      paintEvent(ctx, item, x, y, w, flags, theme, labels, view)
    }
  }
  paintLabels(ctx, labels, theme)
  if (view.rows) {
    paintCopyLink(ctx, selected, view.lanes, theme)
  }
}

/** The second pass: one `font` per weight; cluster counts are centred on their badge. */
function paintLabels(
  ctx: PaintContext,
  labels: readonly (readonly Label[])[],
  theme: CanvasTheme,
) {
  ctx.textBaseline = 'middle'
  labels.forEach((list, weight) => {
    if (list.length === 0) return
    ctx.font = `${WEIGHTS[weight]} ${SIZE_PX}px ${theme.font}`
    ctx.textAlign = weight === 2 ? 'center' : 'left'
    let colour = ''
    for (const label of list) {
      // Like the font, a fill colour is parsed on each assignment: set it only when it changes.
      if (label.colour !== colour) ctx.fillStyle = colour = label.colour
      ctx.fillText(label.text, label.x, label.y)
      if (label.underlinePx > 0)
        ctx.fillRect(label.x, label.y + 6.5, label.underlinePx, 1)
    }
  })
  ctx.textAlign = 'left'
}

type Flags = {
  isSelected: boolean
  isCurrent: boolean
  isHovered: boolean
  isCited: boolean
}

/** The outline colour and width that says selected (accent) or current (playhead colour), if either. */
function ring(flags: Flags, theme: CanvasTheme): [string, number] | null {
  if (flags.isSelected) return [theme.accent, 3]
  if (flags.isCurrent) return [theme.current, 2.5]
  return null
}

function paintCluster(
  ctx: PaintContext,
  item: MarkItem,
  x: number,
  y: number,
  flags: Flags,
  theme: CanvasTheme,
  labels: Label[][],
  citedCount: number,
) {
  const w = item.x1 - item.x0
  ctx.beginPath()
  ctx.roundRect(x, y - 11, w, 22, 11)
  ctx.fillStyle =
    flags.isHovered || flags.isCited ? theme.highlight : theme.surface2
  ctx.fill()
  const [stroke, width] = ring(flags, theme) ?? [
    flags.isCited ? theme.text : theme.textMuted,
    1,
  ]
  ctx.strokeStyle = stroke
  ctx.lineWidth = width
  ctx.stroke()
  labels[2]!.push({
    text: String(item.events.length),
    x: x + w / 2,
    y: y + 0.5,
    colour: theme.text,
    underlinePx: 0,
  })
  if (citedCount > 0) {
    // The passage's share of the cluster, on a tab over its top right: "2" of the "9" are cited here.
    const tabW = clusterWidthPx(citedCount) - 10
    ctx.beginPath()
    ctx.roundRect(x + w - tabW / 2, y - 16, tabW, 13, 6.5)
    ctx.fillStyle = theme.text
    ctx.fill()
    labels[2]!.push({
      text: String(citedCount),
      x: x + w,
      y: y - 9,
      colour: theme.surface,
      underlinePx: 0,
    })
  }
}

function paintEvent(
  ctx: PaintContext,
  item: MarkItem,
  x: number,
  y: number,
  w: number,
  flags: Flags,
  theme: CanvasTheme,
  labels: Label[][],
  view: PaintView,
) {
  const event = item.events[0]!
  const colour = theme.kinds[kindFamily(event.kind)]
  // Small or wide is the layout's call (its lane reservations depend on it), not the stretched width's.
  const isSmall = item.x1 - item.x0 < HIT_PX
  const labelLeft = isSmall ? Math.max(w, POINT_R) + 5 : 6
  const hitLeft = isSmall ? w / 2 - HIT_PX / 2 : 0
  const {
    text: label,
    widthPx: labelW,
    x: labelX,
  } = view.labelsInside
    ? labelInside(item, x + labelLeft, isSmall, view)
    : { ...itemLabelText(item), x: x + labelLeft }
  if (flags.isHovered) {
    const right = Math.max(isSmall ? w / 2 + HIT_PX / 2 : w, labelLeft + labelW)
    ctx.fillStyle = theme.highlight
    ctx.globalAlpha = 0.45
    ctx.fillRect(x + hitLeft, y - HIT_PX / 2, right - hitLeft, HIT_PX)
    ctx.globalAlpha = 1
  }
  if (label && flags.isCited) {
    ctx.fillStyle = theme.highlight
    ctx.beginPath()
    ctx.roundRect(labelX - 2, y - 9, labelW + 4, 18, 3)
    ctx.fill()
  }
  const outline = ring(flags, theme)
  if (item.shape === 'point') {
    ctx.beginPath()
    ctx.arc(x, y, POINT_R, 0, 2 * Math.PI)
    ctx.fillStyle = colour
    ctx.fill()
    ctx.strokeStyle =
      outline?.[0] ?? (flags.isCited ? theme.text : theme.surface)
    ctx.lineWidth = outline?.[1] ?? 1.5
    ctx.stroke()
  } else {
    paintBar(ctx, item, x, Math.max(w, 4), y, colour, theme)
    if (outline || flags.isCited) {
      ctx.strokeStyle = outline?.[0] ?? theme.text
      ctx.lineWidth = outline?.[1] ?? 1.5
      ctx.strokeRect(x, y - 9, Math.max(w, 4), 18)
    }
    if (event.ongoing && labelX - x + labelW < w - 8)
      paintArrow(ctx, x + w, y, colour)
  }
  if (!label) return
  const weight: Weight = flags.isSelected || flags.isCurrent ? 1 : 0
  labels[weight]!.push({
    text: label,
    x: labelX,
    y: y + 0.5,
    colour: flags.isCurrent && !flags.isSelected ? theme.current : theme.text,
    underlinePx: flags.isHovered ? labelW : 0,
  })
}

/** A bar for a span (solid base line, tinted body; an ongoing one fades out), or a dashed band for a vague date. */
function paintBar(
  ctx: PaintContext,
  item: MarkItem,
  x: number,
  w: number,
  y: number,
  colour: string,
  theme: CanvasTheme,
) {
  ctx.fillStyle = colour
  if (item.shape === 'band') {
    ctx.globalAlpha = 0.16
    ctx.fillRect(x, y - 9, w, 18)
    ctx.globalAlpha = 1
    ctx.setLineDash([3, 2])
    ctx.strokeStyle = colour
    ctx.lineWidth = 1
    ctx.strokeRect(x + 0.5, y - 8.5, w - 1, 17)
    ctx.setLineDash([])
    return
  }
  ctx.globalAlpha = 0.2
  ctx.fillRect(x, y - 8, w, 16)
  ctx.globalAlpha = 1
  ctx.fillRect(x, y + 5, w, 3)
  const clear = zeroAlpha(theme.surface)
  if (!item.events[0]!.ongoing || clear === null) return
  const fade = ctx.createLinearGradient(x, 0, x + w, 0)
  fade.addColorStop(0, clear)
  fade.addColorStop(1, theme.surface)
  ctx.fillStyle = fade
  ctx.fillRect(x, y - 9, w + 1, 18)
}

/**
 * A mark moved aside for a lane of its own points back to its date: a hairline along the bottom of its lane
 * (below every mark and label drawn there) from a short tick at the date to under the mark.
 */
function paintLeader(
  ctx: PaintContext,
  dateX: number,
  markX: number,
  y: number,
  theme: CanvasTheme,
) {
  const base = y + 11
  ctx.beginPath()
  ctx.moveTo(dateX, base - 5)
  ctx.lineTo(dateX, base)
  ctx.lineTo(markX, base)
  ctx.lineTo(markX, base - 4)
  ctx.strokeStyle = theme.textMuted
  ctx.lineWidth = 1
  ctx.stroke()
}

function paintArrow(ctx: PaintContext, x: number, y: number, colour: string) {
  ctx.beginPath()
  ctx.moveTo(x - 5, y - 5)
  ctx.lineTo(x, y)
  ctx.lineTo(x - 5, y + 5)
  ctx.strokeStyle = colour
  ctx.globalAlpha = 0.6
  ctx.lineWidth = 2
  ctx.stroke()
  ctx.globalAlpha = 1
}
