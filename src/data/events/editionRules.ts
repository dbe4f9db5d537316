import { plural, quote } from '../problems'
import { EVENT_KINDS, type Problem, type TimelineEvent } from '../types'

/**
 * What the featured edition requires of every event beyond the format's minimum (an id, a title, a start):
 * a kind, at least one country, a summary and at least one source (sources are https by the format's own
 * rule). Another timeline may leave them out: they are then warnings, one per rule, naming the events; under
 * `npm run validate -- --strict` (which CI runs on the shipped data) each is an error at its place.
 */

type Rule = {
  readonly field: 'kind' | 'countries' | 'summary' | 'sources'
  readonly isMissing: (event: TimelineEvent) => boolean
  /** Said of one event, after its path: "has no kind". */
  readonly one: string
  /** Said of several, after their count: "name no country". */
  readonly many: [single: string, plural: string]
  readonly why: string
}

const RULES: readonly Rule[] = [
  {
    field: 'kind',
    isMissing: (e) => e.kind === null,
    one: 'has no kind',
    many: ['has no kind', 'have no kind'],
    why: `the featured edition gives each event one of: ${EVENT_KINDS.join(', ')}`,
  },
  {
    field: 'countries',
    isMissing: (e) => e.countries.length === 0,
    one: 'names no country',
    many: ['names no country', 'name no country'],
    why: 'the featured edition names at least one per event',
  },
  {
    field: 'summary',
    isMissing: (e) => e.summary === null,
    one: 'has no summary',
    many: ['has no summary', 'have no summary'],
    why: 'the featured edition gives each event one',
  },
  {
    field: 'sources',
    isMissing: (e) => e.sources.length === 0,
    one: 'has no source',
    many: ['has no source', 'have no source'],
    why: 'the featured edition gives each event at least one https source',
  },
]

/** Events named in a warning before "and N more". */
const NAMED = 3

/** Each event's missing edition fields as errors at their place (`events[3].countries`), in file order. */
export function editionProblems(events: readonly TimelineEvent[]): Problem[] {
  const problems: Problem[] = []
  events.forEach((event, i) => {
    for (const rule of RULES)
      if (rule.isMissing(event))
        problems.push({
          path: `events[${i}].${rule.field}`,
          message: `${rule.one} (${rule.why})`,
        })
  })
  return problems
}

/**
 * One warning per rule some events miss: `3 events name no country: "A", "B", "C" (the featured edition names
 * at least one per event)`.
 */
export function editionWarnings(events: readonly TimelineEvent[]): Problem[] {
  const warnings: Problem[] = []
  for (const rule of RULES) {
    const missing = events.filter(rule.isMissing)
    if (missing.length === 0) continue
    const names = missing.slice(0, NAMED).map((e) => quote(e.title))
    const more =
      missing.length > NAMED
        ? ` and ${(missing.length - NAMED).toLocaleString('en-US')} more`
        : ''
    const verb = missing.length === 1 ? rule.many[0] : rule.many[1]
    warnings.push({
      path: 'events',
      message: `${plural(missing.length, 'event')} ${verb}: ${names.join(', ')}${more} (${rule.why})`,
    })
  }
  return warnings
}
