import { countryName, organizationName } from '../data/names'
import type { FacetCode, TimelineEvent } from '../data/types'

/** `any`: an event passes if it involves at least one chosen code; `all`: every chosen code. */
export type MatchMode = 'any' | 'all'

export type EventFilter = {
  readonly facetFilter: ReadonlySet<FacetCode>
  /** Event groups (`TimelineEvent.group`) to show; empty shows every group. An event has one group at most. */
  readonly groupFilter: ReadonlySet<string>
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
/** Folded "code\nname" per country or organisation code: looking names up per event dominated the first search. */
const codeTerms = new Map<string, string>()

function codeTerm(code: string, name: (code: string) => string): string {
  let term = codeTerms.get(code)
  if (term === undefined) {
    term = foldText(`${code}\n${name(code)}`)
    codeTerms.set(code, term)
  }
  return term
}

/** Searchable text of an event: title, summary, country and organisation codes and names. Cached per event. */
function haystack(event: TimelineEvent): string {
  let text = haystacks.get(event)
  if (text === undefined) {
    text = [
      foldText(`${event.title}\n${event.summary ?? ''}`),
      ...event.countries.map((c) => codeTerm(c, countryName)),
      ...event.organizations.map((o) => codeTerm(o, organizationName)),
    ].join('\n')
    haystacks.set(event, text)
  }
  return text
}

type Predicate = (event: TimelineEvent) => boolean

/** Build the test once per filter: the query is folded and split once, not once per event. */
function compileFilter(filter: EventFilter): Predicate {
  const codes = [...filter.facetFilter]
  const groups = filter.groupFilter
  const words = foldText(filter.query).split(/\s+/).filter(Boolean)
  const all = filter.matchMode === 'all'
  return (event) => {
    if (groups.size > 0 && (event.group === null || !groups.has(event.group)))
      return false
    if (codes.length > 0) {
      const pass = all
        ? codes.every((c) => involves(event, c))
        : codes.some((c) => involves(event, c))
      if (!pass) return false
    }
    if (words.length === 0) return true
    const text = haystack(event)
    return words.every((w) => text.includes(w))
  }
}

type CachedResult = {
  readonly facetFilter: ReadonlySet<FacetCode>
  readonly groupFilter: ReadonlySet<string>
  readonly matchMode: MatchMode
  readonly query: string
  readonly result: readonly TimelineEvent[]
}

/** Last result per events array. Filter sets are replaced, never mutated, so identity says "unchanged". */
const lastResults = new WeakMap<readonly TimelineEvent[], CachedResult>()

/**
 * The events that pass the filter, in their original order. Returns `events` itself when nothing filters,
 * and the same array again while `events`, the filter sets, the mode and the query are unchanged, so store
 * selectors built on it are stable (zustand v5 loops on a selector that returns a new array each call).
 */
export function filterEvents(
  events: readonly TimelineEvent[],
  filter: EventFilter,
): readonly TimelineEvent[] {
  if (
    filter.facetFilter.size === 0 &&
    filter.groupFilter.size === 0 &&
    filter.query.trim() === ''
  )
    return events
  const cached = lastResults.get(events)
  if (
    cached &&
    cached.facetFilter === filter.facetFilter &&
    cached.groupFilter === filter.groupFilter &&
    cached.matchMode === filter.matchMode &&
    cached.query === filter.query
  )
    return cached.result
  const result = events.filter(compileFilter(filter))
  lastResults.set(events, {
    facetFilter: filter.facetFilter,
    groupFilter: filter.groupFilter,
    matchMode: filter.matchMode,
    query: filter.query,
    result,
  })
  return result
}
