import { countryName, organizationName } from '../data/names'
import type { CountryCode, TimelineEvent } from '../data/types'

/** `any`: an event passes if it involves at least one chosen code; `all`: every chosen code. */
export type MatchMode = 'any' | 'all'

export type EventFilter = {
  readonly countryFilter: ReadonlySet<CountryCode>
  readonly matchMode: MatchMode
  readonly query: string
}

function involves(event: TimelineEvent, code: string): boolean {
  return event.countries.includes(code) || event.organizations.includes(code)
}

/** Lower-cased, accent-free text so "Elysee" finds "Élysée". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

const haystacks = new WeakMap<TimelineEvent, string>()

/** Searchable text of an event: title, summary, country and organisation codes and names. Cached per event. */
function haystack(event: TimelineEvent): string {
  let text = haystacks.get(event)
  if (text === undefined) {
    text = foldText(
      [
        event.title,
        event.summary,
        ...event.countries.flatMap((c) => [c, countryName(c)]),
        ...event.organizations.flatMap((o) => [o, organizationName(o)]),
      ].join('\n'),
    )
    haystacks.set(event, text)
  }
  return text
}

/** True when the event passes the country filter (any/all) and contains every word of the query. */
export function matchesFilter(
  event: TimelineEvent,
  filter: EventFilter,
): boolean {
  const codes = filter.countryFilter
  if (codes.size > 0) {
    const pass =
      filter.matchMode === 'all'
        ? [...codes].every((c) => involves(event, c))
        : [...codes].some((c) => involves(event, c))
    if (!pass) return false
  }
  const words = foldText(filter.query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const text = haystack(event)
  return words.every((w) => text.includes(w))
}

/** The events that pass the filter, in their original order. Returns `events` itself when nothing filters. */
export function filterEvents(
  events: readonly TimelineEvent[],
  filter: EventFilter,
): readonly TimelineEvent[] {
  if (filter.countryFilter.size === 0 && filter.query.trim() === '')
    return events
  return events.filter((e) => matchesFilter(e, filter))
}
