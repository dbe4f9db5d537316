import type {
  ClaimNote,
  DatasetMarker,
  DatasetPeriod,
  Dataset,
  DatePoint,
  Essay,
  EventId,
  Era,
  PassageId,
  PrecedentCase,
  TimelineEvent,
} from '../types'

/** Event fields as validated, before the derived times are added. */
export type EventFields = Omit<
  TimelineEvent,
  'timeMs' | 'extentMs' | 'displayDate' | 'media' | 'group'
> &
  Partial<Pick<TimelineEvent, 'displayDate' | 'media' | 'group'>>

/** Add the derived times: anchor `timeMs` and drawn extent (an ongoing event runs to `asOf`'s end). */
export function toTimelineEvent(
  fields: EventFields,
  asOf: DatePoint,
): TimelineEvent {
  const endMs =
    fields.end?.endMs ??
    (fields.ongoing
      ? Math.max(asOf.endMs, fields.start.endMs)
      : fields.start.endMs)
  // Written out rather than spread: this runs for every event loaded, and the literal is several times faster.
  return {
    id: fields.id,
    title: fields.title,
    kind: fields.kind,
    start: fields.start,
    end: fields.end,
    startLabel: fields.startLabel,
    endLabel: fields.endLabel,
    ongoing: fields.ongoing,
    countries: fields.countries,
    organizations: fields.organizations,
    summary: fields.summary,
    note: fields.note,
    sources: fields.sources,
    unverifiedSource: fields.unverifiedSource,
    displayDate: fields.displayDate ?? null,
    media: fields.media ?? null,
    group: fields.group ?? null,
    timeMs: fields.start.startMs,
    extentMs: [fields.start.startMs, endMs],
  }
}

/** Time order: by start, then by end, then by id, so that every sort of the same events agrees. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return (
    a.timeMs - b.timeMs ||
    a.extentMs[1] - b.extentMs[1] ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}

/** Passage ids citing each event, in essay order, each once. */
export function indexPassagesByEvent(
  essay: Essay,
): ReadonlyMap<EventId, readonly PassageId[]> {
  const index = new Map<EventId, PassageId[]>()
  for (const citation of essay.citations) {
    for (const id of citation.eventIds) {
      const list = index.get(id) ?? []
      if (list[list.length - 1] !== citation.passageId)
        list.push(citation.passageId)
      index.set(id, list)
    }
  }
  return index
}

/** Assemble the immutable dataset from already-validated parts. Sorts events and builds the indexes. */
export function buildDataset(parts: {
  title: string
  asOf: DatePoint
  events: readonly TimelineEvent[]
  essay: Essay
  cases?: readonly PrecedentCase[]
  claimNotes?: readonly ClaimNote[]
  eras?: readonly Era[]
  corrections?: string | null
  markers?: readonly DatasetMarker[]
  periods?: readonly DatasetPeriod[]
}): Dataset {
  const events = [...parts.events].sort(compareEvents)
  let min = Infinity
  let max = -Infinity
  for (const e of events) {
    min = Math.min(min, e.extentMs[0])
    max = Math.max(max, e.extentMs[1])
  }
  const extentMs: readonly [number, number] =
    events.length > 0
      ? [min, max]
      : [parts.asOf.startMs - 365 * 864e5, parts.asOf.endMs]
  return {
    title: parts.title,
    asOf: parts.asOf,
    events,
    eventsById: new Map(events.map((e) => [e.id, e])),
    essay: parts.essay,
    cases: parts.cases ?? [],
    claimNotes: parts.claimNotes ?? [],
    eras: [...(parts.eras ?? [])].sort(
      (a, b) => a.extentMs[0] - b.extentMs[0] || a.extentMs[1] - b.extentMs[1],
    ),
    corrections: parts.corrections ?? null,
    markers: parts.markers ?? [],
    periods: parts.periods ?? [],
    passagesByEvent: indexPassagesByEvent(parts.essay),
    extentMs,
    boundsMs: paddedExtent(extentMs),
  }
}

/**
 * The whole range the timeline can show: the data's extent with a margin of 1% (at least 30 days) on each
 * side: room for the first and last marks, and no zoom or pan wanders years past the data.
 */
export function paddedExtent(
  extent: readonly [number, number],
): readonly [number, number] {
  const margin = Math.max((extent[1] - extent[0]) * 0.01, 30 * 24 * 3600 * 1000)
  return [extent[0] - margin, extent[1] + margin]
}
