import { dateProblem, formatSpan, parseDate } from '../dates'
import type { RawCase } from './datasetFields'
import type {
  DatePoint,
  EventId,
  PrecedentCase,
  Problem,
  TimelineEvent,
  ValidationResult,
} from '../types'

/**
 * The precedent cases' checks beyond their shape (the aligned lens's precedents), free of zod: cross-references
 * against the validated events and `asOf`, and the alignment of each case's milestones. `parseCases` runs
 * them after its schema; `parseDatasetFast` runs them after the zod-free shape check (`datasetFastPath.ts`).
 */

export type CaseMilestone = PrecedentCase['milestones'][number]

/** What the cases are checked against: the dataset's events by id, and its `asOf` day. */
export type CasesContext = {
  readonly eventsById: ReadonlyMap<EventId, TimelineEvent>
  readonly asOf: DatePoint
}

/** A date field: its DatePoint, or a problem (not a date, or after `asOf`). */
function checkDate(
  iso: string,
  path: string,
  asOf: DatePoint,
  problems: Problem[],
): DatePoint | null {
  const why = dateProblem(iso)
  if (why !== null) {
    problems.push({ path, message: why })
    return null
  }
  const date = parseDate(iso)
  if (date && date.startMs >= asOf.endMs) {
    problems.push({
      path,
      message: `"${iso}" is after the dataset's asOf (${asOf.iso})`,
    })
    return null
  }
  return date
}

function checkEventIds(
  raw: RawCase,
  at: string,
  ctx: CasesContext,
  problems: Problem[],
): void {
  const seen = new Set<string>()
  raw.eventIds.forEach((id, j) => {
    if (!ctx.eventsById.has(id))
      problems.push({
        path: `${at}.eventIds[${j}]`,
        message: `"${id}" is not an event id`,
      })
    else if (seen.has(id))
      problems.push({
        path: `${at}.eventIds[${j}]`,
        message: `"${id}" is listed twice`,
      })
    seen.add(id)
  })
}

/** One milestone's date and event, checked; null when anything is wrong. */
function checkMilestone(
  raw: RawCase,
  index: number,
  at: string,
  ctx: CasesContext,
  problems: Problem[],
): CaseMilestone | null {
  const m = raw.milestones[index]
  if (!m) return null
  const path = `${at}.milestones[${index}]`
  const date = checkDate(m.date, `${path}.date`, ctx.asOf, problems)
  let ok = date !== null
  if (m.eventId !== null) {
    const event = ctx.eventsById.get(m.eventId)
    if (!event || !raw.eventIds.includes(m.eventId)) {
      problems.push({
        path: `${path}.eventId`,
        message: event
          ? `"${m.eventId}" is not among this case's eventIds`
          : `"${m.eventId}" is not an event id`,
      })
      ok = false
    } else if (
      date &&
      m.date !== event.start.iso &&
      m.date !== event.end?.iso
    ) {
      problems.push({
        path: `${path}.date`,
        message: `"${m.date}" is not a date of event "${event.id}" (${formatSpan(event.start, event.end)})`,
      })
      ok = false
    }
  }
  return ok && date
    ? { kind: m.kind, label: m.label.trim(), date, eventId: m.eventId }
    : null
}

/**
 * Exactly one guarantee milestone, on the case's `guarantee` date, or none when no guarantee has been given
 * (`guarantee: null`); a `resolved` date needs an outcome milestone on it, and a guarantee before it. Reads the
 * raw milestones, so a milestone with another problem still counts here.
 */
function checkAlignment(
  raw: RawCase,
  at: string,
  guarantee: DatePoint | null,
  resolved: DatePoint | null,
  problems: Problem[],
): void {
  const guarantees = raw.milestones.filter((m) => m.kind === 'guarantee')
  if (guarantee === null) {
    if (guarantees.length > 0)
      problems.push({
        path: `${at}.milestones`,
        message: `has ${guarantees.length} milestones of kind "guarantee", but "guarantee" is null (none given): set its date or change the milestone's kind`,
      })
    if (resolved)
      problems.push({
        path: `${at}.resolved`,
        message: `"${resolved.iso}" settles a case that has no guarantee; give its "guarantee" date`,
      })
  } else if (guarantees.length !== 1)
    problems.push({
      path: `${at}.milestones`,
      message: `has ${guarantees.length} milestones of kind "guarantee"; exactly one must mark the guarantee`,
    })
  else if (guarantees[0]?.date !== guarantee.iso)
    problems.push({
      path: `${at}.guarantee`,
      message: `"${guarantee.iso}" differs from the guarantee milestone's date "${guarantees[0]?.date}"`,
    })
  if (!resolved || !guarantee) return
  if (resolved.startMs < guarantee.startMs)
    problems.push({
      path: `${at}.resolved`,
      message: `"${resolved.iso}" is before the guarantee (${guarantee.iso})`,
    })
  if (
    !raw.milestones.some((m) => m.kind === 'outcome' && m.date === resolved.iso)
  )
    problems.push({
      path: `${at}.resolved`,
      message: `no milestone of kind "outcome" is dated "${resolved.iso}"`,
    })
}

function checkCase(
  raw: RawCase,
  at: string,
  ctx: CasesContext,
  problems: Problem[],
  warnings: Problem[],
): PrecedentCase | null {
  const before = problems.length
  checkEventIds(raw, at, ctx, problems)
  const milestones = raw.milestones
    .map((_, i) => checkMilestone(raw, i, at, ctx, problems))
    .filter((m): m is CaseMilestone => m !== null)
  const guarantee =
    raw.guarantee === null
      ? null
      : checkDate(raw.guarantee, `${at}.guarantee`, ctx.asOf, problems)
  const resolved =
    raw.resolved === null
      ? null
      : checkDate(raw.resolved, `${at}.resolved`, ctx.asOf, problems)
  // A guarantee date with its own problem is reported once, not again as "none given".
  if (raw.guarantee === null || guarantee)
    checkAlignment(raw, at, guarantee, resolved, problems)
  if (problems.length > before) return null
  if (!milestones.some((m) => m.kind === 'loss'))
    warnings.push({
      path: `${at}.milestones`,
      message:
        'has no milestone of kind "loss": the lens shows no loss or division for this case',
    })
  // Time order, stable for milestones on the same date (as written).
  const sorted = [...milestones].sort((a, b) => a.date.startMs - b.date.startMs)
  return {
    id: raw.id,
    name: raw.name.trim(),
    eventIds: raw.eventIds,
    milestones: sorted,
    guarantee,
    resolved,
  }
}

/**
 * Check cases whose shape is already valid against the dataset's events and `asOf`. Every problem is
 * reported, with its path under `prefix` (default `cases`); cases come back with DatePoints and their
 * milestones in time order. A duplicate case id is a problem too.
 */
export function checkCases(
  raw: readonly RawCase[],
  ctx: CasesContext,
  prefix = 'cases',
): ValidationResult<readonly PrecedentCase[]> {
  const problems: Problem[] = []
  const warnings: Problem[] = []
  const firstIndex = new Map<string, number>()
  const cases: PrecedentCase[] = []
  raw.forEach((rawOne, i) => {
    const at = `${prefix}[${i}]`
    const earlier = firstIndex.get(rawOne.id)
    if (earlier !== undefined)
      problems.push({
        path: `${at}.id`,
        message: `"${rawOne.id}" is already the id of ${prefix}[${earlier}]`,
      })
    else firstIndex.set(rawOne.id, i)
    const parsed = checkCase(rawOne, at, ctx, problems, warnings)
    if (parsed) cases.push(parsed)
  })
  return problems.length > 0
    ? { ok: false, problems, warnings }
    : { ok: true, value: cases, warnings }
}
