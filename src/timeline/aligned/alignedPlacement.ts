import { isPointPrecision } from '../../data/dates'
import type { TimelineEvent } from '../../data/types'
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
  /** Lanes a row uses; a row whose targets would overlap gets more, up to `maxLanes`. */
  readonly lanes: number
  /** Most lanes a row may use; marks that fit nowhere then share the least crowded lane. */
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
  return isPointPrecision(event.start.precision) ? 'point' : 'band'
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

type Placed = { d: Draft; lane: number; label: string; labelWidth: number }

/** Right end of what a placed mark reserves: its target, or its label. */
function reservedRight(p: Placed): number {
  return p.labelWidth > 0
    ? Math.max(p.d.markRight, p.d.x0 + p.d.labelLeft + p.labelWidth)
    : p.d.markRight
}

/** `p`'s label cut to end `gapPx` before `x` (hidden when nothing useful is left). */
function cutLabel(p: Placed, x: number, o: PlacementOptions): void {
  const label = o.fitText(p.label, x - o.gapPx - (p.d.x0 + p.d.labelLeft))
  p.label = label
  p.labelWidth = label ? o.textWidth(label) : 0
}

/**
 * A lane for a mark whose label does not fit whole anywhere: one where its target meets no other target,
 * cutting the labels that run into it (other events' before milestones'), with the most room for its own.
 */
function bestLane(d: Draft, placed: Placed[], o: PlacementOptions) {
  let best: {
    lane: number
    cuts: Placed[]
    room: number
    cost: number
  } | null = null
  for (let lane = 0; lane < o.maxLanes; lane++) {
    const inLane = placed.filter((p) => p.lane === lane)
    const hitsMark = inLane.some(
      (p) =>
        d.left < p.d.markRight + o.gapPx && p.d.left < d.markRight + o.gapPx,
    )
    if (hitsMark) continue
    const cuts = inLane.filter(
      (p) => p.d.left < d.left && reservedRight(p) + o.gapPx > d.left,
    )
    const next = Math.min(
      o.rightPx,
      ...inLane.filter((p) => p.d.left > d.x0).map((p) => p.d.left - o.gapPx),
    )
    const room = Math.min(d.labelWidth, next - (d.x0 + d.labelLeft))
    const cost = cuts.reduce((n, p) => n + (p.d.milestone ? 10 : 1), 0)
    if (!best || cost < best.cost || (cost === best.cost && room > best.room))
      best = { lane, cuts, room, cost }
  }
  return best
}

/**
 * Place one row's marks into lanes: with the whole label where it fits; else where its target is clear,
 * shortening labels that run into it; else (targets within days of each other) in the emptier lane.
 */
function placeRow(
  drafts: Draft[],
  o: PlacementOptions,
): PlacedRow & { hasOverlap: boolean } {
  // Milestones claim lanes (and label room) first; then the rest, in time order.
  const order = [...drafts].sort(
    (a, b) => Number(!a.milestone) - Number(!b.milestone) || a.x0 - b.x0,
  )
  const placed: Placed[] = []
  let hasOverlap = false
  for (const d of order) {
    const right = Math.max(d.markRight, d.x0 + d.labelLeft + d.labelWidth)
    const whole = Array.from({ length: o.maxLanes }, (_, l) => l).find(
      (lane) =>
        d.label !== '' &&
        placed.every(
          (p) =>
            p.lane !== lane ||
            right + o.gapPx <= p.d.left ||
            d.left >= reservedRight(p) + o.gapPx,
        ),
    )
    if (whole !== undefined) {
      placed.push({ d, lane: whole, label: d.label, labelWidth: d.labelWidth })
      continue
    }
    const best = bestLane(d, placed, o)
    if (best) {
      for (const p of best.cuts) cutLabel(p, d.left, o)
      const label = d.label ? o.fitText(d.label, best.room) : ''
      placed.push({
        d,
        lane: best.lane,
        label,
        labelWidth: label ? o.textWidth(label) : 0,
      })
      continue
    }
    const counts = Array.from(
      { length: o.maxLanes },
      (_, l) => placed.filter((p) => p.lane === l).length,
    )
    const lane = counts.indexOf(Math.min(...counts))
    placed.push({ d, lane, label: '', labelWidth: 0 })
    hasOverlap = true
  }
  const byDraft = new Map(placed.map((p) => [p.d, p]))
  return {
    hasOverlap,
    lanes: 1 + Math.max(0, ...placed.map((p) => p.lane)),
    items: drafts.map((d) => {
      const p = byDraft.get(d)!
      return {
        event: d.event,
        milestone: d.milestone,
        shape: d.shape,
        lane: p.lane,
        x0: d.x0,
        x1: d.x1,
        fullLabel: d.fullLabel,
        label: p.label,
        labelLeft: d.labelLeft,
        labelWidth: p.labelWidth,
      }
    }),
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
    // A row takes an extra lane only when its targets would otherwise overlap.
    let placed = placeRow(drafts, { ...options, maxLanes: options.lanes })
    for (
      let n = options.lanes + 1;
      placed.hasOverlap && n <= options.maxLanes;
      n++
    )
      placed = placeRow(drafts, { ...options, maxLanes: n })
    return { lanes: placed.lanes, items: placed.items }
  })
}
