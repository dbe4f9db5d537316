import type { AlignedLayout, AlignedRow } from './alignedLayout'
import {
  placeAligned,
  type AlignedItem,
  type PlacedRow,
} from './alignedPlacement'
import { bandText } from './alignedText'
import { formatYearTick } from './alignedScale'
import {
  EDGE_PX,
  NAME_H,
  laneCentre,
  placementFor,
  rowTops,
  yearsScale,
  type YearsScale,
} from './alignedGeometry'
import { HIT_PX, POINT_R, ROW_H } from '../layout/geometry'
import { textWidthPx } from '../layout/labelText'
import { markGeometry } from '../layout/layout'

/**
 * What the aligned lens draws, in px, from its layout alone: the one drawing that the screen (React, with
 * classes and interaction) and the export (SVG elements with colours) both render. Lines that would cross a
 * word (the T = 0 line, the band's edges, the gridlines) are broken around it, so no stroke runs through a
 * label. Pure: no DOM, no store.
 */

/** An axis-aligned box, px: `[x0, x1] × [y0, y1]`. */
export type Box = {
  readonly x0: number
  readonly x1: number
  readonly y0: number
  readonly y1: number
}

/** A vertical stroke at `x` from `y0` to `y1`, px. */
export type Segment = {
  readonly x: number
  readonly y0: number
  readonly y1: number
}

/** Space kept between a word and a line broken around it, px. */
const CLEAR_PX = 2
/** Half the height a 12 px label's glyphs take about its centre line, px (inside a 16 px bar's outline). */
const LABEL_HALF_H = 7

/** True when two boxes share any point. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 <= b.x1 && a.x1 >= b.x0 && a.y0 <= b.y1 && a.y1 >= b.y0
}

/**
 * The vertical line at `x` from `y0` to `y1` with a gap wherever it would cross one of `boxes` (plus
 * `CLEAR_PX` around each). Pieces shorter than a pixel are dropped.
 */
export function breakVertical(
  x: number,
  y0: number,
  y1: number,
  boxes: readonly Box[],
): readonly Segment[] {
  const gaps = boxes
    .filter((b) => x >= b.x0 - CLEAR_PX && x <= b.x1 + CLEAR_PX)
    .map((b) => [b.y0 - CLEAR_PX, b.y1 + CLEAR_PX] as const)
    .sort((a, b) => a[0] - b[0])
  const segments: Segment[] = []
  let from = y0
  for (const [g0, g1] of gaps) {
    if (g0 > from) segments.push({ x, y0: from, y1: Math.min(g0, y1) })
    from = Math.max(from, g1)
    if (from >= y1) break
  }
  if (from < y1) segments.push({ x, y0: from, y1 })
  return segments.filter((s) => s.y1 - s.y0 >= 1)
}

/** A text drawn at `x`, `y` (baseline, or centre line for marks' labels). */
export type DrawnText = {
  readonly x: number
  readonly y: number
  readonly text: string
  readonly anchor: 'start' | 'end' | 'middle'
}

/** One mark, in px from its own origin (its start on its lane's centre line): what is drawn, not how it is styled. */
export type MarkDrawing = {
  /** The click and focus target (transparent). */
  readonly hit: { x: number; y: number; width: number; height: number }
  readonly shape:
    | { readonly kind: 'circle'; readonly r: number }
    | {
        readonly kind: 'rect'
        readonly x: number
        readonly y: number
        readonly width: number
        readonly height: number
      }
  /** An ongoing event's open end, inside the bar's last 5 px. */
  readonly arrow: string | null
  /** The label, on the lane's centre line; null when hidden. */
  readonly label: DrawnText | null
  /** The reading highlight behind the label. */
  readonly labelBg: {
    x: number
    y: number
    width: number
    height: number
  } | null
}

/** The drawing of a placed item: a point, or a bar (a band for an imprecise date), its arrow and its label. */
export function markDrawing(item: AlignedItem): MarkDrawing {
  const widthPx = item.x1 - item.x0
  const g = markGeometry(widthPx)
  const w = Math.max(widthPx, 4)
  const h = item.shape === 'band' ? 18 : 16
  return {
    hit: {
      x: g.hitLeft,
      y: -HIT_PX / 2,
      width: Math.max(g.hitRight, item.labelLeft + item.labelWidth) - g.hitLeft,
      height: HIT_PX,
    },
    shape:
      item.shape === 'point'
        ? { kind: 'circle', r: POINT_R }
        : { kind: 'rect', x: 0, y: -h / 2, width: w, height: h },
    arrow:
      item.event.ongoing && item.shape === 'span'
        ? `M${w - 5},-5 l5,5 l-5,5`
        : null,
    label: item.label
      ? { x: item.labelLeft, y: 0, text: item.label, anchor: 'start' }
      : null,
    labelBg: item.label
      ? {
          x: item.labelLeft - 2,
          y: -9,
          width: item.labelWidth + 4,
          height: 18,
        }
      : null,
  }
}

/** The box a placed item's label takes, in the rows' px (`top` is its row's); null without a label. */
export function labelBox(item: AlignedItem, top: number): Box | null {
  if (!item.label) return null
  const y = laneCentre(top, item.lane)
  const x0 = item.x0 + item.labelLeft
  return {
    x0,
    x1: x0 + item.labelWidth,
    y0: y - LABEL_HALF_H,
    y1: y + LABEL_HALF_H,
  }
}

/** A case's frame: its name, the open question's band, the T = 0 line, flags for milestones with no mark. */
export type FrameDrawing = {
  /** The band's fill; its edges are the strokes below. */
  readonly band: { x: number; y: number; width: number; height: number }
  readonly isOpen: boolean
  /** Top and bottom edges, full width (they run between lanes, never through a label). */
  readonly bandLines: readonly { x1: number; x2: number; y: number }[]
  /** Left and right edges, broken around labels. */
  readonly bandEdges: readonly Segment[]
  readonly name: DrawnText
  readonly bandLabel: DrawnText | null
  /** The T = 0 line, broken around labels; dashed (a question) for a case with no guarantee. */
  readonly t0: readonly Segment[]
  readonly isOpenQuestion: boolean
  /** A case with no guarantee shows "?" at the foot of its T = 0 line. */
  readonly openMark: DrawnText | null
  readonly flags: readonly {
    key: string
    kind: string
    d: string
    /** The flag's box, px, with a pixel to spare. */
    box: Box
  }[]
  /** Boxes of the words the frame writes (name, band label), px. */
  readonly textBoxes: readonly Box[]
}

/** Bold 12 px names run about a tenth wider than the label estimate. */
const BOLD = 1.1

export function frameDrawing(
  row: AlignedRow,
  placed: PlacedRow | undefined,
  top: number,
  x: YearsScale,
  widthPx: number,
): FrameDrawing {
  const lanesH = (placed?.lanes ?? 1) * ROW_H
  const bandFrom = x(row.band.fromYears)
  const bandTo = x(row.band.toYears)
  // A question open for days (no guarantee yet) has no band to speak of: the T = 0 line stands for it, and a
  // sliver of fill would read as a second line through the words it passes.
  const bandW = bandTo - bandFrom >= 3 ? bandTo - bandFrom : 0
  const zeroPx = x(0)
  const text = bandText(row)
  const textW = textWidthPx(text)
  const nameW = textWidthPx(row.case.name) * BOLD
  const nameEnd = EDGE_PX + nameW + 12
  // The band's words go inside it at its end when they fit, else just after it, else nowhere.
  const isInside =
    bandTo - bandFrom >= textW + 12 && bandTo - 6 - textW > nameEnd
  const isAfter =
    !isInside && bandTo + 6 + textW <= widthPx - 4 && bandTo + 6 > nameEnd
  const textY = top + 14
  const textBox = (x0: number, w: number): Box => ({
    x0,
    x1: x0 + w,
    y0: textY - 11,
    y1: textY + 3,
  })
  const lanesBottom = top + NAME_H + lanesH
  const nameBox = textBox(EDGE_PX, nameW)
  const drawn = new Set(placed?.items.map((i) => i.event.id))
  // Milestones with no drawn mark get a flag on the name line; one that would cover the case's name goes to
  // the row's foot instead.
  const flagAt = (px: number, y: number): Box => ({
    x0: px - 6,
    x1: px + 6,
    y0: y - 6,
    y1: y + 6,
  })
  const flags = row.milestones
    .filter((m) => m.eventId === null || !drawn.has(m.eventId))
    .map((m) => {
      const px = x(m.atYears)
      const y = overlaps(flagAt(px, textY), nameBox) ? lanesBottom : textY
      return {
        key: `${m.kind}:${m.date.iso}`,
        kind: m.kind,
        d: `M${px},${y - 5} l5,5 l-5,5 l-5,-5 z`,
        box: flagAt(px, y),
      }
    })
  const bandLabelBox = isInside
    ? textBox(bandTo - 6 - textW, textW)
    : textBox(bandTo + 6, textW)
  // The band's words give way to a flag rather than sit under it.
  const hasBandLabel =
    (isInside || isAfter) && !flags.some((f) => overlaps(f.box, bandLabelBox))
  const bandLabel: DrawnText | null = hasBandLabel
    ? {
        x: isInside ? bandTo - 6 : bandTo + 6,
        y: textY,
        text,
        anchor: isInside ? 'end' : 'start',
      }
    : null
  const textBoxes = [nameBox, ...(bandLabel ? [bandLabelBox] : [])]
  const boxes = [
    ...textBoxes,
    ...(placed?.items ?? []).flatMap((i) => labelBox(i, top) ?? []),
  ]
  const bandTop = top + 2
  const bandBottom = lanesBottom
  const isOpenQuestion = row.case.guarantee === null
  return {
    band: {
      x: bandFrom,
      y: bandTop,
      width: bandW,
      height: bandBottom - bandTop,
    },
    isOpen: row.band.isOpen,
    bandLines:
      bandW === 0
        ? []
        : [
            { x1: bandFrom, x2: bandFrom + bandW, y: bandTop },
            { x1: bandFrom, x2: bandFrom + bandW, y: bandBottom },
          ],
    bandEdges:
      bandW === 0
        ? []
        : [
            ...breakVertical(bandFrom, bandTop, bandBottom, boxes),
            ...breakVertical(bandFrom + bandW, bandTop, bandBottom, boxes),
          ],
    name: { x: EDGE_PX, y: textY, text: row.case.name, anchor: 'start' },
    bandLabel,
    t0: breakVertical(zeroPx, top, bandBottom, boxes),
    isOpenQuestion,
    // No guarantee given: T = 0 is the as-of date, drawn as a question rather than a commitment.
    openMark: isOpenQuestion
      ? { x: zeroPx, y: bandBottom - 4, text: '?', anchor: 'middle' }
      : null,
    flags,
    textBoxes,
  }
}

/** An axis tick: its value in years, its x, its label ("T = 0", "+10 y"). */
export type YearTick = {
  readonly years: number
  readonly px: number
  readonly label: string
}

/** Ticks for a stage `widthPx` wide: about one per 90 px. */
export function yearTicks(x: YearsScale, widthPx: number): readonly YearTick[] {
  return x.ticks(Math.max(2, Math.floor(widthPx / 90))).map((years) => ({
    years,
    px: x(years),
    label: formatYearTick(years),
  }))
}

/** The aligned lens drawn `widthPx` wide: scale, placed rows, row tops, frames, ticks and broken gridlines. */
export type AlignedDrawing = {
  readonly widthPx: number
  readonly x: YearsScale
  readonly rows: readonly PlacedRow[]
  /** Each row's top and, last, the rows' total height, px. */
  readonly tops: readonly number[]
  readonly plotH: number
  readonly frames: readonly FrameDrawing[]
  readonly ticks: readonly YearTick[]
  /** Gridlines through the rows (T = 0 excepted: the frames draw it), broken around every word. */
  readonly grid: readonly Segment[]
}

export function alignedDrawing(
  layout: AlignedLayout,
  widthPx: number,
): AlignedDrawing {
  const x = yearsScale(layout.domainYears, widthPx)
  const rows = placeAligned(layout, x, placementFor(widthPx))
  const tops = rowTops(rows)
  const plotH = tops[tops.length - 1] ?? 0
  const frames = layout.rows.map((row, i) =>
    frameDrawing(row, rows[i], tops[i] ?? 0, x, widthPx),
  )
  const words = [
    ...frames.flatMap((f) => f.textBoxes),
    ...rows.flatMap((row, i) =>
      row.items.flatMap((item) => labelBox(item, tops[i] ?? 0) ?? []),
    ),
  ]
  const ticks = yearTicks(x, widthPx)
  const grid = ticks
    .filter((t) => t.years !== 0)
    .flatMap((t) => breakVertical(t.px, 0, plotH, words))
  return { widthPx, x, rows, tops, plotH, frames, ticks, grid }
}
