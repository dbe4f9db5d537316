import type {
  DatePoint,
  EventId,
  PrecedentCase,
  TimelineEvent,
} from '../../data/types'
import type { CaseMilestone } from '../../data/events/parseCases'
import { alignedScale, type AlignedScale } from './alignedScale'

/**
 * The aligned lens's layout in years since each case's guarantee (T = 0): one row per case, its events and
 * milestones, and the band of the open question from the guarantee to the settlement (or to `asOf` while it
 * is still open). Pure and width-free: the timeline turns years into px.
 */

/** One event of a case, placed on its row. */
export type AlignedEventMark = {
  readonly event: TimelineEvent
  /** Drawn extent `[start, end)`, years since T = 0 (an ongoing event runs to `asOf`). */
  readonly years: readonly [number, number]
}

/** A milestone flag on a row, at the start of its date's period. */
export type AlignedMilestone = CaseMilestone & {
  /** Years since T = 0 of the date's start. */
  readonly atYears: number
}

export type AlignedRow = {
  readonly case: PrecedentCase
  readonly scale: AlignedScale
  /** The case's shown events, in time order. */
  readonly marks: readonly AlignedEventMark[]
  /** In time order. */
  readonly milestones: readonly AlignedMilestone[]
  /** The open question: from T = 0 to the settlement, or to the end of `asOf` while unresolved. */
  readonly band: {
    readonly fromYears: number
    readonly toYears: number
    readonly until: DatePoint
    readonly isOpen: boolean
  }
  /** Everything the row draws, years. */
  readonly extentYears: readonly [number, number]
}

export type AlignedLayout = {
  readonly rows: readonly AlignedRow[]
  /** Union of the rows' extents, years; `[-1, 1]` with no rows. */
  readonly domainYears: readonly [number, number]
}

function layoutRow(
  precedent: PrecedentCase,
  eventsById: ReadonlyMap<EventId, TimelineEvent>,
  asOf: DatePoint,
  isShown: (id: EventId) => boolean,
): AlignedRow {
  // No guarantee given: the case is aligned at `asOf`, where its question stands open.
  const scale = alignedScale(precedent.guarantee ?? asOf)
  const marks = precedent.eventIds
    .map((id) => eventsById.get(id))
    .filter((e): e is TimelineEvent => e !== undefined && isShown(e.id))
    .sort((a, b) => a.timeMs - b.timeMs || a.extentMs[1] - b.extentMs[1])
    .map((event) => ({
      event,
      years: [
        scale.toYears(event.extentMs[0]),
        scale.toYears(event.extentMs[1]),
      ] as const,
    }))
  const milestones = precedent.milestones
    .map((m) => ({ ...m, atYears: scale.toYears(m.date.startMs) }))
    .sort((a, b) => a.atYears - b.atYears)
  const until = precedent.resolved ?? asOf
  const band = {
    fromYears: 0,
    // A settlement closes the question on its first day; an open one stays open through `asOf`.
    toYears: scale.toYears(precedent.resolved ? until.startMs : until.endMs),
    until,
    isOpen: precedent.resolved === null,
  }
  let lo = Math.min(band.fromYears, band.toYears)
  let hi = Math.max(band.fromYears, band.toYears)
  for (const m of marks) {
    lo = Math.min(lo, m.years[0])
    hi = Math.max(hi, m.years[1])
  }
  for (const m of milestones) {
    lo = Math.min(lo, m.atYears)
    hi = Math.max(hi, m.atYears)
  }
  return {
    case: precedent,
    scale,
    marks,
    milestones,
    band,
    extentYears: [lo, hi],
  }
}

/**
 * Rows for `cases` in their order. `isShown` (default: all) filters the events drawn, as the timeline's filters
 * do; milestones and bands stay, since they are the case's frame.
 */
export function alignedLayout(
  cases: readonly PrecedentCase[],
  eventsById: ReadonlyMap<EventId, TimelineEvent>,
  asOf: DatePoint,
  isShown: (id: EventId) => boolean = () => true,
): AlignedLayout {
  const rows = cases.map((c) => layoutRow(c, eventsById, asOf, isShown))
  if (rows.length === 0) return { rows, domainYears: [-1, 1] }
  let lo = Infinity
  let hi = -Infinity
  for (const row of rows) {
    lo = Math.min(lo, row.extentYears[0])
    hi = Math.max(hi, row.extentYears[1])
  }
  return { rows, domainYears: [lo, hi] }
}

/** One place the aligned playhead can rest on: an event of a row, at its start. */
export type AlignedStop = {
  readonly eventId: EventId
  readonly rowIndex: number
  readonly years: number
}

/** Every drawn event as a playhead stop, by years since T = 0, then row order. */
export function alignedStops(layout: AlignedLayout): readonly AlignedStop[] {
  const stops: AlignedStop[] = []
  layout.rows.forEach((row, rowIndex) => {
    for (const mark of row.marks)
      stops.push({ eventId: mark.event.id, rowIndex, years: mark.years[0] })
  })
  return stops.sort((a, b) => a.years - b.years || a.rowIndex - b.rowIndex)
}

/** Where an event sits in the aligned layout: its first row's stop, or null when no drawn row has it. */
export function stopOfEvent(
  stops: readonly AlignedStop[],
  eventId: EventId | null,
): AlignedStop | null {
  if (eventId === null) return null
  return stops.find((s) => s.eventId === eventId) ?? null
}
