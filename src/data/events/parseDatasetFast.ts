import { asOfProblems } from './asOfDiscipline'
import { toTimelineEvent } from './buildDataset'
import { checkCases } from './checkCases'
import { crossFieldProblems, unknownFieldWarnings } from './datasetChecks'
import { parseValidDataset } from './datasetFastPath'
import type { RawDataset, RawEra, RawEvent, RawPeriod } from './datasetFields'
import { editionProblems, editionWarnings } from './editionRules'
import { toEventMedia } from './media'
import { parseDate } from '../dates'
import type {
  ClaimNote,
  DatasetMarker,
  DatasetPeriod,
  DatePoint,
  Era,
  PrecedentCase,
  TimelineEvent,
  ValidationResult,
} from '../types'

/**
 * `events.json` validated without zod, for the page's start-up: a valid file gives exactly what `parseDataset`
 * gives, and any problem gives null, so that the caller loads `parseDataset` (and zod) only to name what is
 * wrong. The steps after the shape check (conversion, the cases' cross-references) are shared with
 * `parseDataset` from here.
 */

/** `events.json` validated and converted: events in file order (buildDataset sorts them). */
export type ParsedDataset = {
  readonly title: string
  readonly asOf: DatePoint
  readonly events: readonly TimelineEvent[]
  readonly cases: readonly PrecedentCase[]
  readonly claimNotes: readonly ClaimNote[]
  /** Named periods, in time order. */
  readonly eras: readonly Era[]
  readonly corrections: string | null
  readonly markers: readonly DatasetMarker[]
  readonly periods: readonly DatasetPeriod[]
}

/**
 * `strict`: what the featured edition requires of every event (`editionRules.ts`) is an error at its place
 * rather than one warning per rule.
 */
export type DatasetOptions = { readonly strict?: boolean }

/** `parseDate` remembering its answers: events share dates (several on one day, a start that is another's end). */
export function cachedParseDate(): (iso: string) => DatePoint | null {
  const dates = new Map<string, DatePoint | null>()
  return (iso) => {
    let date = dates.get(iso)
    if (date === undefined) dates.set(iso, (date = parseDate(iso)))
    return date
  }
}

/**
 * `parseDataset(input)` when the file is valid; null when it has any problem (or when checking it throws).
 * Never throws.
 */
export function parseDatasetFast(
  input: unknown,
  options: DatasetOptions = {},
): ValidationResult<ParsedDataset> | null {
  try {
    const data = parseValidDataset(input)
    if (!data) return null
    const parse = cachedParseDate()
    if (crossFieldProblems(input, parse).length > 0) return null
    const converted = convertDataset(data, parse, options)
    if (!converted.ok) return null
    const warnings = [...unknownFieldWarnings(input), ...converted.warnings]
    return { ...converted, warnings }
  } catch {
    return null
  }
}

/**
 * A file whose shape and cross-field checks passed, converted: dates to DatePoints, events to TimelineEvents
 * (file order), cases checked against them. Only the as-of discipline (texts and sources after `asOf`) and the
 * cases can still have problems. Throws on a date the
 * shape check should have refused (a bug of ours; `parseDataset` reports it).
 */
export function convertDataset(
  data: RawDataset,
  parse: (iso: string) => DatePoint | null,
  options: DatasetOptions = {},
): ValidationResult<ParsedDataset> {
  const day = (iso: string) => checkedDay(parse(iso), iso)
  const asOf = day(data.asOf)
  const events = data.events.map((event) => convertEvent(event, asOf, day))
  const later = events.flatMap((event, i) =>
    asOfProblems(
      event.sources,
      [
        ['summary', event.summary],
        ['note', event.note],
      ],
      asOf,
      `events[${i}]`,
    ),
  )
  const eventsById = new Map(events.map((event) => [event.id, event]))
  const cases = checkCases(data.cases ?? [], { eventsById, asOf })
  const claimNotes = (data.claimNotes ?? []).map((note): ClaimNote => ({
    id: note.id,
    passageId: note.passage,
    phrase: note.phrase,
    note: note.note,
    sources: note.sources,
  }))
  const noteLater = claimNotes.flatMap((note, i) =>
    asOfProblems(note.sources, [['note', note.note]], asOf, `claimNotes[${i}]`),
  )
  const edition = options.strict ? editionProblems(events) : []
  const warnings = options.strict
    ? cases.warnings
    : [...editionWarnings(events), ...cases.warnings]
  if (
    later.length > 0 ||
    noteLater.length > 0 ||
    edition.length > 0 ||
    !cases.ok
  )
    return {
      ok: false,
      problems: [
        ...edition,
        ...later,
        ...noteLater,
        ...(cases.ok ? [] : cases.problems),
      ],
      warnings,
    }
  return {
    ok: true,
    value: {
      title: data.title,
      asOf,
      events,
      cases: cases.value,
      claimNotes,
      eras: (data.eras ?? []).map((era) => convertEra(era, day)),
      corrections: data.corrections ?? null,
      markers: (data.markers ?? []).map((m) => ({
        date: checkedDay(parse(m.date), m.date),
        label: m.label,
      })),
      periods: (data.periods ?? []).map((period) => convertPeriod(period, day)),
    },
    warnings,
  }
}

/** An era with its dates parsed; the cross-field check has refused an end before its start. */
function convertEra(era: RawEra, day: (iso: string) => DatePoint): Era {
  const start = day(era.start)
  const end = day(era.end)
  return { title: era.title, start, end, extentMs: [start.startMs, end.endMs] }
}

/** A period with its dates parsed; the cross-field checks have refused an end before its start. */
function convertPeriod(
  period: RawPeriod,
  day: (iso: string) => DatePoint,
): DatasetPeriod {
  return {
    label: period.label,
    short: period.short ?? period.label,
    extentMs: [day(period.start).startMs, day(period.end).endMs],
  }
}

/** The shape check has already checked the date; a null here would be a bug. */
function checkedDay(date: DatePoint | null, iso: string): DatePoint {
  if (!date) throw new Error(`unchecked date "${iso}"`)
  return date
}

function convertEvent(
  event: RawEvent,
  asOf: DatePoint,
  day: (iso: string) => DatePoint,
): TimelineEvent {
  return toTimelineEvent(
    {
      id: event.id,
      title: event.title,
      kind: event.kind ?? null,
      start: day(event.start),
      end: event.end ? day(event.end) : null,
      startLabel: event.startLabel ?? null,
      endLabel: event.endLabel ?? null,
      ongoing: event.ongoing ?? false,
      countries: event.countries ?? [],
      organizations: event.organizations ?? [],
      summary: event.summary ?? null,
      note: event.note ?? null,
      sources: event.sources ?? [],
      unverifiedSource: event.unverifiedSource ?? false,
      displayDate: event.displayDate ?? null,
      media: event.media ? toEventMedia(event.media) : null,
      group: event.group ?? null,
    },
    asOf,
  )
}
