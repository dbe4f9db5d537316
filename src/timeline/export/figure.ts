import type { Era, TimelineEvent } from '../../data/types'
import type { Domain } from '../../store/domainMath'
import { axisTicks, type Tick } from '../axis/scales'
import { AXIS_H, type Lanes } from '../layout/geometry'
import { itemOf } from '../layout/layoutQueries'
import { keysHolding, ownItemOf } from '../layout/rows'
import type { PlacedMarker, TimelineMarker } from '../layout/markers'
import {
  FAMILY_LABELS,
  kindFamily,
  OTHER_LABEL,
  type KindFamily,
} from '../marks/kinds'
import { playheadText } from '../marks/rangeText'
import type { PaintState } from '../paint/paintMarks'
import { viewport, type Viewport } from '../viewport'
import type { RowsChoice } from '../layout/rowsView'
import { rangeText } from './figureText'
import {
  fitAt,
  MARKER_STRIP_H,
  placeFigureMarkers,
  rowLabelColumn,
  widthAt,
} from './figureLabels'
import { FIGURE_SIZES, type FigureSize } from './figureSizes'

/**
 * A figure to publish, computed from data-space inputs alone (no DOM): the same viewport the screen draws,
 * framed by a title, the date range, the active filters, a legend of the kinds shown and a credit line. Sizes
 * are in the figure's own px; `figureSvg.ts` draws it, `scale` maps it onto the output size.
 */

/** What the reader had picked, shown only when the editor asks to include it. */
export type FigureSelection = {
  readonly selectedId: string | null
  readonly currentId: string | null
  /** The playhead, UTC ms; null before the reader scrubs. */
  readonly scrubTimeMs: number | null
  /** Events the passage being read cites (the reading highlight). */
  readonly citedIds: readonly string[]
}

export type FigureInput = {
  readonly title: string
  /** The shown events (after the filters), in time order. */
  readonly events: readonly TimelineEvent[]
  readonly bounds: Domain
  readonly domain: Domain
  /** The active filters in words ("Showing 5 of 68 events · involving Japan"). */
  readonly filterText: string
  /** Null leaves out every trace of interaction (selection, playhead, reading highlight, hover). */
  readonly selection: FigureSelection | null
  /** The page's address, for the credit line. */
  readonly pageUrl: string
  readonly size: FigureSize
  /** Rows by facet, as on screen: every row is drawn (the figure does not scroll). */
  readonly rowsChoice?: RowsChoice | null
  /** The dataset's eras, drawn as bands behind the marks; none when absent. */
  readonly eras?: readonly Era[]
  /** The dataset's marked dates (`timelineMarkers`), drawn where they fall in the range; none when absent. */
  readonly markers?: readonly TimelineMarker[]
}

export type TextLine = {
  readonly text: string
  readonly x: number
  /** Baseline, px. */
  readonly y: number
  readonly sizePx: number
  readonly weight: 400 | 600 | 700
  readonly isMuted: boolean
}

/** The aligned lens's own swatches: a milestone's outline, and the band of an open question. */
export type AlignedSwatch = 'loss' | 'guarantee' | 'outcome' | 'open-band'

export type LegendEntry = {
  /** A kind family's colour; `band` an imprecise date; `cluster` a counted group of events. */
  readonly swatch: KindFamily | 'band' | 'cluster' | AlignedSwatch
  readonly label: string
  /** Swatch's left and the row's vertical centre, px, relative to the legend's origin. */
  readonly x: number
  readonly y: number
}

export type Playhead = {
  readonly x: number
  readonly text: string
}

export type Figure = {
  readonly widthPx: number
  readonly heightPx: number
  readonly scale: number
  readonly margin: number
  /** Title, range, filters, above the plot; the credit line below the legend. */
  readonly heading: readonly TextLine[]
  readonly credit: TextLine
  /** Top of the plot (the axis), px; the plot spans `view.widthPx` from `plotLeft`. */
  readonly plotTop: number
  /** Left of the plot, px: the margin, plus the row labels' column in rows by facet. */
  readonly plotLeft: number
  /** Rows by facet: each row's label as drawn in the column left of the plot, top to bottom; else none. */
  readonly rowLabels: readonly string[]
  /** The marked dates in the range: lines under the marks, labels in a strip above the axis (`MARKER_STRIP_H`). */
  readonly markers: readonly PlacedMarker[]
  readonly view: Viewport
  /** Eras to draw behind the marks (`eras/eraBands.ts` places them in the view). */
  readonly eras: readonly Era[]
  readonly ticks: readonly Tick[]
  readonly paintState: PaintState
  readonly playhead: Playhead | null
  readonly legendTop: number
  readonly legend: readonly LegendEntry[]
  /** For the file's `<title>` and `<desc>`. */
  readonly documentTitle: string
  readonly description: string
}

const MARGIN = 32
const TITLE_PX = 22
const RANGE_PX = 16
const FILTER_PX = 13
const LEGEND_PX = 12
const CREDIT_PX = 11
const LEGEND_ROW_H = 22
const LEGEND_GAP = 22
/** Legend swatch width and the space after it, px. */
const SWATCH_W = 14
const SWATCH_GAP = 7
const ROW_H = 28
const PAD_PX = 6
/** A column figure has room for more lanes than the screen's six, so fewer events merge into clusters. */
const COLUMN_ROWS = 8
const MIN_ROWS = 3
const MAX_ROWS = 14
/** Tallest lane on a slide with few lanes in use, px: taller would set the marks adrift. */
const MAX_ROW_H = 44
/** Each drawn item inside the window, a legend entry per kind family, band and cluster that appears. */
function legendEntries(
  view: Viewport,
  maxWidthPx: number,
): readonly LegendEntry[] {
  const inside = view.items.filter(
    (i) => i.right >= view.leftPx && i.x0 <= view.rightPx,
  )
  const families = new Set(
    inside
      .filter((i) => i.shape !== 'cluster')
      .map((i) => kindFamily(i.events[0]!.kind)),
  )
  const wanted: [LegendEntry['swatch'], string][] = [
    ...FAMILY_LABELS,
    OTHER_LABEL,
  ]
    .filter(([f]) => families.has(f))
    .map(([f, label]) => [f, label])
  if (inside.some((i) => i.shape === 'band'))
    wanted.push(['band', 'Month or year only'])
  if (inside.some((i) => i.shape === 'cluster'))
    wanted.push(['cluster', 'Events too close to draw apart (count)'])
  return layoutLegend(wanted, maxWidthPx)
}

/** Legend entries in rows no wider than `maxWidthPx`, in the order given. */
export function layoutLegend(
  wanted: readonly (readonly [LegendEntry['swatch'], string])[],
  maxWidthPx: number,
): readonly LegendEntry[] {
  const entries: LegendEntry[] = []
  let x = 0
  let y = LEGEND_ROW_H / 2
  for (const [swatch, label] of wanted) {
    const w = SWATCH_W + SWATCH_GAP + widthAt(label, LEGEND_PX)
    if (x > 0 && x + w > maxWidthPx) {
      x = 0
      y += LEGEND_ROW_H
    }
    entries.push({ swatch, label, x, y })
    x += w + LEGEND_GAP
  }
  return entries
}

/** Height of laid-out legend rows, px (0 without entries). */
export function legendHeight(entries: readonly LegendEntry[]): number {
  return entries.length === 0
    ? 0
    : (entries[entries.length - 1]!.y + LEGEND_ROW_H / 2) | 0
}

/** Which drawn item holds each picked event, as the screen's canvas marks them; nothing when not included. */
function paintStateFor(
  view: Viewport,
  events: readonly TimelineEvent[],
  selection: FigureSelection | null,
): PaintState {
  const { items } = view
  const none: PaintState = {
    selectedKey: undefined,
    currentKey: undefined,
    hoveredKey: undefined,
    citedKeys: new Set(),
  }
  if (!selection) return none
  const byId = new Map(events.map((e) => [e.id, e]))
  const find = view.rows ? ownItemOf : itemOf
  const keyOf = (id: string | null) =>
    id === null ? undefined : find(items, byId.get(id))?.key
  return {
    ...none,
    selectedKey: keyOf(selection.selectedId),
    currentKey: keyOf(selection.currentId),
    citedKeys: new Set(selection.citedIds.map(keyOf)),
    // Rows by facet: the selected and current events' copies are ringed too.
    ...(view.rows
      ? {
          selectedKeys: keysHolding(
            items,
            selection.selectedId === null
              ? undefined
              : byId.get(selection.selectedId),
          ),
          selectedId: selection.selectedId ?? undefined,
          currentId: selection.currentId ?? undefined,
        }
      : {}),
  }
}

function playheadFor(
  view: Viewport,
  events: readonly TimelineEvent[],
  selection: FigureSelection | null,
): Playhead | null {
  const t = selection?.scrubTimeMs ?? null
  if (t === null || t < view.domain[0] || t > view.domain[1]) return null
  const current = events.find((e) => e.id === selection?.currentId) ?? null
  const msPerPx = (view.domain[1] - view.domain[0]) / view.widthPx
  return { x: view.x(t), text: playheadText(t, current, msPerPx) }
}

/** A line of text at the left margin, ellipsised to `innerPx`. */
function textLine(
  text: string,
  y: number,
  sizePx: number,
  weight: TextLine['weight'],
  isMuted: boolean,
  innerPx: number,
): TextLine {
  return {
    text: fitAt(text, innerPx, sizePx),
    x: MARGIN,
    y,
    sizePx,
    weight,
    isMuted,
  }
}

/** Where the drawing starts below the heading, px. */
const HEADING_H = MARGIN + TITLE_PX + RANGE_PX + FILTER_PX + 32

/** The title, the range (or what the axis measures) and the filters, one line each. */
function headingLines(
  title: string,
  subtitle: string,
  filters: string,
  innerPx: number,
): TextLine[] {
  return [
    textLine(title, MARGIN + TITLE_PX * 0.8, TITLE_PX, 700, false, innerPx),
    textLine(
      subtitle,
      MARGIN + TITLE_PX + 12 + RANGE_PX * 0.8,
      RANGE_PX,
      600,
      false,
      innerPx,
    ),
    textLine(
      filters,
      MARGIN + TITLE_PX + RANGE_PX + 20 + FILTER_PX * 0.8,
      FILTER_PX,
      400,
      true,
      innerPx,
    ),
  ]
}

/** A drawing made elsewhere (the aligned lens), framed like a figure: heading above, legend and credit below. */
export type Frame = Pick<
  Figure,
  | 'widthPx'
  | 'heightPx'
  | 'scale'
  | 'heading'
  | 'credit'
  | 'documentTitle'
  | 'description'
> & {
  /** Where the drawing goes, px: scaled to the frame's inner width (or a slide's free height). */
  readonly body: {
    readonly x: number
    readonly y: number
    readonly widthPx: number
    readonly heightPx: number
  }
  /** The legend's rows, from `legendTop` at the left margin. */
  readonly legendTop: number
  readonly legend: readonly LegendEntry[]
  readonly margin: number
}

/** The frame's inner width for `size`, px: what a drawing framed at scale 1 may take. */
export function frameInnerWidth(size: FigureSize): number {
  return FIGURE_SIZES[size].widthPx - 2 * MARGIN
}

/**
 * The frame for a drawing of `bodyWidthPx` × `bodyHeightPx`, with `subtitle` under the title and `legend`
 * (swatches and words) under the drawing.
 */
export function frame(
  input: Pick<FigureInput, 'title' | 'filterText' | 'pageUrl' | 'size'> & {
    readonly subtitle: string
  },
  bodyWidthPx: number,
  bodyHeightPx: number,
  wanted: readonly (readonly [LegendEntry['swatch'], string])[] = [],
): Frame {
  const size = FIGURE_SIZES[input.size]
  const inner = size.widthPx - 2 * MARGIN
  const legend = layoutLegend(wanted, inner)
  const legendH = legend.length === 0 ? 0 : 16 + legendHeight(legend)
  const below = legendH + 18 + CREDIT_PX + MARGIN
  const room =
    size.heightPx === null ? Infinity : size.heightPx - HEADING_H - below
  const fit = Math.min(inner / bodyWidthPx, room / bodyHeightPx)
  const body = {
    x: MARGIN,
    y: HEADING_H,
    widthPx: bodyWidthPx * fit,
    heightPx: bodyHeightPx * fit,
  }
  const creditY = HEADING_H + body.heightPx + legendH + 18 + CREDIT_PX * 0.8
  const heightPx = size.heightPx ?? Math.ceil(creditY + MARGIN)
  return {
    legendTop: HEADING_H + body.heightPx + 16,
    legend,
    margin: MARGIN,
    widthPx: size.widthPx,
    heightPx,
    scale: size.scale,
    heading: headingLines(input.title, input.subtitle, input.filterText, inner),
    credit: textLine(
      `Source: ${input.title} · ${input.pageUrl}`,
      size.heightPx === null ? creditY : heightPx - MARGIN,
      CREDIT_PX,
      400,
      true,
      inner,
    ),
    body,
    documentTitle: `${input.title}, ${input.subtitle}`,
    description: input.filterText,
  }
}

/** A figure's own size (a slide's height fixed, a column's as needed) and its output px per figure px. */
type FigureBox = {
  readonly widthPx: number
  readonly heightPx: number | null
  readonly scale: number
}

/** Rows by facet on a slide: the lowest a row may be, px (a cluster's badge is 22 px tall). */
const MIN_FACET_ROW_H = 22

/** The figure for `input`: see `Figure`. */
export function figure(input: FigureInput): Figure {
  return figureIn(input, FIGURE_SIZES[input.size])
}

function figureIn(
  input: FigureInput,
  size: FigureBox,
  mayEnlarge = true,
): Figure {
  const W = size.widthPx
  const inner = W - 2 * MARGIN
  const range = rangeText(input.domain)
  const line = (
    text: string,
    y: number,
    sizePx: number,
    weight: TextLine['weight'],
    isMuted: boolean,
  ) => textLine(text, y, sizePx, weight, isMuted, inner)
  const heading = headingLines(input.title, range, input.filterText, inner)
  const [from, to] = input.domain
  const marked = (input.markers ?? []).filter(
    (m) => m.timeMs >= from && m.timeMs <= to,
  )
  const plotTop = HEADING_H + (marked.length > 0 ? MARKER_STRIP_H : 0)
  // The legend depends on what is drawn, and a slide's lanes on the room the legend leaves: measure it with
  // a first viewport, then fill the slide's height.
  const rowsChoice = input.rowsChoice ?? null
  // Rows by facet: the labels take a column of their own, and time starts right of it, so no label hides
  // the first marks of its row (the screen's tabs float over the marks as they pan; a figure does not pan).
  const column = rowLabelColumn(rowsChoice)
  const at = (lanes: Lanes) =>
    viewport({
      events: input.events,
      bounds: input.bounds,
      domain: input.domain,
      widthPx: inner - column.gutterPx,
      // Rows by facet: as many lanes as rows, so the frame shows them all.
      lanes: rowsChoice
        ? { ...lanes, rows: Math.max(1, rowsChoice.rows.length) }
        : lanes,
      rowsChoice,
    })
  const first = at({ rows: COLUMN_ROWS, rowH: ROW_H, padPx: PAD_PX })
  const legend = legendEntries(first, inner)
  const below = 16 + legendHeight(legend) + 18 + CREDIT_PX + MARGIN
  // A slide's lanes share the height the frame leaves; a column has a fixed number.
  const room =
    size.heightPx === null
      ? COLUMN_ROWS * ROW_H
      : size.heightPx - plotTop - AXIS_H - below - 2 * PAD_PX
  const rows = Math.min(MAX_ROWS, Math.max(MIN_ROWS, Math.floor(room / ROW_H)))
  let view = rows === COLUMN_ROWS ? first : at({ ...first.lanes, rows })
  // Then only the lanes in use, taller on a slide: five events do not need eight empty lanes. Lanes are
  // filled first to last, so the marks keep their lanes.
  const used = Math.max(MIN_ROWS, ...view.items.map((item) => item.row + 1))
  if (rowsChoice && size.heightPx !== null) {
    // A slide shares its height among the facet rows, never below a readable lane: more rows than fit are
    // drawn on a larger figure scaled down to the slide's output size (smaller text, every row whole, the
    // credit at its foot), as a figure does not scroll.
    const n = Math.max(1, rowsChoice.rows.length)
    const short = n * MIN_FACET_ROW_H - room
    if (short > 0 && mayEnlarge) {
      // In steps of 16 px wide, so a 16:9 slide's height stays whole and the output size exact.
      const k = (size.heightPx + short) / size.heightPx
      const widthPx = Math.ceil((size.widthPx * k) / 16) * 16
      return figureIn(
        input,
        {
          widthPx,
          heightPx: (size.heightPx * widthPx) / size.widthPx,
          scale: (size.widthPx * size.scale) / widthPx,
        },
        false,
      )
    }
    const rowH = Math.min(
      MAX_ROW_H,
      Math.max(MIN_FACET_ROW_H, Math.floor(room / n)),
    )
    view = at({ rows: n, rowH, padPx: PAD_PX })
  } else if (!rowsChoice && used < rows) {
    const rowH =
      size.heightPx === null
        ? ROW_H
        : Math.min(MAX_ROW_H, Math.floor(room / used))
    view = at({ rows: used, rowH, padPx: PAD_PX })
  }
  const legendTop = plotTop + AXIS_H + view.plotH + 16
  const creditY = legendTop + legendHeight(legend) + 18 + CREDIT_PX * 0.8
  const heightPx = size.heightPx ?? Math.ceil(creditY + MARGIN)
  const credit = line(
    `Source: ${input.title} · ${input.pageUrl}`,
    // A slide keeps the credit at its foot; a column ends just below it.
    size.heightPx === null ? creditY : heightPx - MARGIN,
    CREDIT_PX,
    400,
    true,
  )
  return {
    widthPx: W,
    heightPx,
    scale: size.scale,
    margin: MARGIN,
    heading,
    credit,
    plotTop,
    plotLeft: MARGIN + column.gutterPx,
    rowLabels: column.labels,
    markers: placeFigureMarkers(marked, view),
    view,
    eras: input.eras ?? [],
    ticks: axisTicks(view.x, view.widthPx),
    paintState: paintStateFor(view, input.events, input.selection),
    playhead: playheadFor(view, input.events, input.selection),
    legendTop,
    legend,
    documentTitle: `${input.title}, ${range}`,
    description: input.filterText,
  }
}
