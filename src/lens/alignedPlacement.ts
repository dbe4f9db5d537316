import type { TimelineEvent } from '../data/types'
import type { AlignedLayout, AlignedMilestone } from './alignedLayout'

/**
 * The aligned rows in px: each case's marks packed into a few lanes so that nothing overlaps, milestones
 * first so that theirs are the labels that show. Pure; the caller supplies the years → px map and a label
 * width estimate, so no DOM measuring is needed.
 */

/** Point for an exact day, band over an imprecise month/year, bar for a span or an ongoing event. */
export type AlignedShape = 'point' | 'band' | 'span'

export type AlignedItem = {
  readonly event: TimelineEvent
  /** The milestone this event marks, if any: its label is shown instead of the title. */
  readonly milestone: AlignedMilestone | null
  readonly shape: AlignedShape
  readonly lane: number
  /** Drawn extent, px (x0 === x1 for a point). */
  readonly x0: number
  readonly x1: number
  /** The full label (milestone label or event title) and whether it is drawn ('' when hidden). */
  readonly fullLabel: string
  readonly label: string
  /** Where the label starts, px from x0, and its width (0 when hidden). */
  readonly labelLeft: number
  readonly labelWidth: number
}

export type PlacedRow = {
  readonly lanes: number
  readonly items: readonly AlignedItem[]
}

export type PlacementOptions = {
  /** Lanes a row may use; marks that fit nowhere share the least crowded lane. */
  readonly maxLanes: number
  /** Space kept between neighbours in a lane, px. */
  readonly gapPx: number
  /** An ongoing event's open bar is drawn this long at most, px. */
  readonly openPx: number
  /** Label width estimate, px. */
  readonly textWidth: (text: string) => number
  /** `text` shortened to `maxPx` (with an ellipsis), or '' when nothing useful fits. */
  readonly fitText: (text: string, maxPx: number) => string
  /** Labels end before this x, px (the stage's right edge). */
  readonly rightPx: number
  /** Target and label of a mark drawn `widthPx` wide, px from its start (the timeline's `markGeometry`). */
  readonly geometry: (widthPx: number) => {
    hitLeft: number
    hitRight: number
    labelLeft: number
  }
}

export function alignedShape(event: TimelineEvent): AlignedShape {
  if (event.end !== null || event.ongoing) return 'span'
  return event.start.precision === 'day' ? 'point' : 'band'
}

type Draft = {
  event: TimelineEvent
  milestone: AlignedMilestone | null
  shape: AlignedShape
  x0: number
  x1: number
  left: number
  markRight: number
  labelLeft: number
  fullLabel: string
  /** The label as it fits before the right edge ('' when it does not). */
  label: string
  labelWidth: number
}

function draft(
  event: TimelineEvent,
  years: readonly [number, number],
  milestone: AlignedMilestone | null,
  toPx: (years: number) => number,
  o: PlacementOptions,
): Draft {
  const shape = alignedShape(event)
  const x0 = toPx(years[0])
  const end = toPx(years[1])
  const x1 =
    shape === 'point' ? x0 : event.ongoing ? Math.min(end, x0 + o.openPx) : end
  const g = o.geometry(x1 - x0)
  const fullLabel = milestone?.label ?? event.title
  // A label running past the right edge is shortened to end there.
  const room = o.rightPx - (x0 + g.labelLeft)
  const label = o.fitText(fullLabel, Math.min(o.textWidth(fullLabel), room))
  return {
    event,
    milestone,
    shape,
    x0,
    x1,
    left: x0 + g.hitLeft,
    markRight: x0 + g.hitRight,
    labelLeft: g.labelLeft,
    fullLabel,
    label,
    labelWidth: label ? o.textWidth(label) : 0,
  }
}

/** Place one row's marks into lanes: with its label where it fits, else without, else sharing a lane. */
function placeRow(drafts: Draft[], o: PlacementOptions): PlacedRow {
  const placed = new Map<Draft, AlignedItem>()
  // Milestones claim lanes (and label room) first; then the rest, in time order.
  const order = [...drafts].sort(
    (a, b) => Number(!a.milestone) - Number(!b.milestone) || a.x0 - b.x0,
  )
  const ranges: { lane: number; from: number; to: number }[] = []
  const isFree = (lane: number, from: number, to: number) =>
    ranges.every(
      (r) =>
        r.lane !== lane || to + o.gapPx <= r.from || from >= r.to + o.gapPx,
    )
  for (const d of order) {
    const labelRight = Math.max(d.markRight, d.x0 + d.labelLeft + d.labelWidth)
    let lane = -1
    let withLabel = false
    for (let l = 0; l < o.maxLanes && lane === -1; l++)
      if (d.label && isFree(l, d.left, labelRight))
        [lane, withLabel] = [l, true]
    for (let l = 0; l < o.maxLanes && lane === -1; l++)
      if (isFree(l, d.left, d.markRight)) lane = l
    if (lane === -1) {
      // Nowhere free: the lane with the fewest marks takes it (rare: several events within days).
      const counts = Array.from(
        { length: o.maxLanes },
        (_, l) => ranges.filter((r) => r.lane === l).length,
      )
      lane = counts.indexOf(Math.min(...counts))
    }
    ranges.push({
      lane,
      from: d.left,
      to: withLabel ? labelRight : d.markRight,
    })
    placed.set(d, {
      event: d.event,
      milestone: d.milestone,
      shape: d.shape,
      lane,
      x0: d.x0,
      x1: d.x1,
      fullLabel: d.fullLabel,
      label: withLabel ? d.label : '',
      labelLeft: d.labelLeft,
      labelWidth: withLabel ? d.labelWidth : 0,
    })
  }
  return {
    lanes: 1 + Math.max(0, ...ranges.map((r) => r.lane)),
    items: drafts.map((d) => placed.get(d)!),
  }
}

/** Every row's marks in px, lanes and labels decided; items stay in time order within a row. */
export function placeAligned(
  layout: AlignedLayout,
  toPx: (years: number) => number,
  options: PlacementOptions,
): readonly PlacedRow[] {
  return layout.rows.map((row) => {
    const drafts = row.marks.map((mark) =>
      draft(
        mark.event,
        mark.years,
        row.milestones.find((m) => m.eventId === mark.event.id) ?? null,
        toPx,
        options,
      ),
    )
    return placeRow(drafts, options)
  })
}
