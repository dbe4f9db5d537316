import { countryName, organizationName } from '../data/names'
import type { TimelineEvent } from '../data/types'

/** One checkbox of the country filter: a country or an organisation present in the data. */
export type FilterOption = {
  /** As stored in the filter and the URL: `JP`, `NATO`. */
  readonly code: string
  readonly kind: 'country' | 'organization' | 'group'
  /** What the checkbox says: "Japan", or an organisation's short code "NATO". */
  readonly label: string
  /** Full organisation name for the tooltip and description; null for countries. */
  readonly fullName: string | null
  /** Number of events involving it, in the whole dataset (not the filtered view). */
  readonly count: number
}

export type FilterOptions = {
  readonly countries: readonly FilterOption[]
  readonly organizations: readonly FilterOption[]
}

/** Most events first, then by label, so the list does not reorder while the user filters. */
function byCountThenLabel(a: FilterOption, b: FilterOption): number {
  return b.count - a.count || a.label.localeCompare(b.label, 'en')
}

function tally(lists: Iterable<readonly string[]>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const codes of lists)
    for (const code of new Set(codes))
      counts.set(code, (counts.get(code) ?? 0) + 1)
  return counts
}

/** Every country and organisation the events involve, each with its event count, most frequent first. */
export function filterOptions(events: readonly TimelineEvent[]): FilterOptions {
  const countries = [...tally(events.map((e) => e.countries))].map(
    ([code, count]): FilterOption => ({
      code,
      kind: 'country',
      label: countryName(code),
      fullName: null,
      count,
    }),
  )
  const organizations = [...tally(events.map((e) => e.organizations))].map(
    ([code, count]): FilterOption => ({
      code,
      kind: 'organization',
      label: code,
      fullName: organizationName(code),
      count,
    }),
  )
  return {
    countries: countries.sort(byCountThenLabel),
    organizations: organizations.sort(byCountThenLabel),
  }
}

/**
 * Every group the events name (TimelineJS's `group`), with its event count, in the order the groups first
 * appear in time: groups are often a story's phases or strands, and time order keeps them in the story's order.
 */
export function groupOptions(
  events: readonly TimelineEvent[],
): readonly FilterOption[] {
  const counts = new Map<string, number>()
  for (const e of events)
    if (e.group !== null) counts.set(e.group, (counts.get(e.group) ?? 0) + 1)
  return [...counts].map(([group, count]): FilterOption => ({
    code: group,
    kind: 'group',
    label: group,
    fullName: null,
    count,
  }))
}

/** How many events name no country: a country filter never matches them, and the filter says so. */
export function countWithoutCountry(events: readonly TimelineEvent[]): number {
  let count = 0
  for (const e of events) if (e.countries.length === 0) count += 1
  return count
}

/**
 * The options to show while the list is collapsed: the first `limit`, plus any checked one further down
 * (a chosen entry never hides), in the original order.
 */
export function collapsedOptions(
  options: readonly FilterOption[],
  limit: number,
  checked: ReadonlySet<string>,
): readonly FilterOption[] {
  return options.filter((o, i) => i < limit || checked.has(o.code))
}
