import type {
  DatePoint,
  EventId,
  PrecedentCase,
  TimelineEvent,
} from '../../data/types'
import { alignedDrawing, type AlignedDrawing } from '../aligned/alignedDrawing'
import { alignedLayout } from '../aligned/alignedLayout'
import { AXIS_H } from '../layout/geometry'
import { FAMILY_LABELS, kindFamily } from '../marks/kinds'
import {
  frame,
  frameInnerWidth,
  type FigureInput,
  type FigureSelection,
  type Frame,
  type LegendEntry,
} from './figure'

/**
 * The aligned lens as a figure to publish, from the model alone: the same layout and drawing (`alignedDrawing`)
 * the screen renders, drawn at the frame's inner width and framed like the calendar's figure (title, what the
 * axis measures, filters, legend, credit). `alignedFigureSvg.ts` draws it. Pure. The calendar's marked dates
 * (`asOf`, `markers`) are not drawn: the lens measures time from each precedent's own T = 0, so a date has
 * no single place on its axis.
 */

/** What the axis measures, under the title. */
export const ALIGNED_SUBTITLE =
  'Aligned by guarantee: years since each guarantee'

export type AlignedFigureInput = Pick<
  FigureInput,
  'title' | 'events' | 'filterText' | 'pageUrl' | 'size'
> & {
  readonly cases: readonly PrecedentCase[]
  readonly eventsById: ReadonlyMap<EventId, TimelineEvent>
  readonly asOf: DatePoint
  /** Null leaves out the selection, the reading highlight and the playhead. */
  readonly selection:
    | (FigureSelection & {
        /** The aligned playhead, years since T = 0; null before the reader scrubs. */
        readonly scrubYears: number | null
      })
    | null
}

export type AlignedFigure = {
  readonly frame: Frame
  readonly drawing: AlignedDrawing
  /** Figure px per drawing px (1 for a column; less where a slide's height is short). */
  readonly fit: number
  readonly selection: AlignedFigureInput['selection']
}

/** The legend: the milestones and bands that appear, then the kind families drawn. */
function legendFor(
  drawing: AlignedDrawing,
  hasBand: boolean,
): (readonly [LegendEntry['swatch'], string])[] {
  const items = drawing.rows.flatMap((r) => r.items)
  const milestones = new Set(items.flatMap((i) => i.milestone?.kind ?? []))
  const wanted: [LegendEntry['swatch'], string][] = []
  if (milestones.has('loss')) wanted.push(['loss', 'Loss or division'])
  if (milestones.has('guarantee'))
    wanted.push(['guarantee', 'Guarantee (T = 0)'])
  if (milestones.has('outcome') || milestones.has('step'))
    wanted.push(['outcome', 'Later step or outcome'])
  if (hasBand) wanted.push(['open-band', 'Question open under the guarantee'])
  const families = new Set(items.map((i) => kindFamily(i.event.kind)))
  for (const [family, label] of FAMILY_LABELS)
    if (families.has(family)) wanted.push([family, label])
  if (items.some((i) => i.shape === 'band'))
    wanted.push(['band', 'Month or year only'])
  return wanted
}

export function alignedFigure(input: AlignedFigureInput): AlignedFigure {
  const shown = new Set(input.events.map((e) => e.id))
  const layout = alignedLayout(
    input.cases,
    input.eventsById,
    input.asOf,
    (id) => shown.has(id),
  )
  const drawing = alignedDrawing(layout, frameInnerWidth(input.size))
  const framed = frame(
    { ...input, subtitle: ALIGNED_SUBTITLE },
    drawing.widthPx,
    AXIS_H + drawing.plotH,
    legendFor(
      drawing,
      drawing.frames.some((f) => f.band.width > 0),
    ),
  )
  return {
    frame: framed,
    drawing,
    fit: framed.body.widthPx / drawing.widthPx,
    selection: input.selection,
  }
}
