import type { Dataset, EventKind } from '../../data/types'

/**
 * Five colour families for the twelve kinds: enough to tell force from talk at a glance, subtle by design; and
 * a neutral one, `other`, for events whose data names no kind.
 */
export type KindFamily =
  'accord' | 'talks' | 'words' | 'force' | 'body' | 'other'

const FAMILY: Record<EventKind, KindFamily> = {
  treaty: 'accord',
  agreement: 'accord',
  summit: 'talks',
  meeting: 'talks',
  statement: 'words',
  report: 'words',
  policy: 'words',
  operation: 'force',
  mission: 'force',
  conflict: 'force',
  incident: 'force',
  institution: 'body',
}

/** The colour family of a kind (CSS class `tl-k-<family>`); `other` when the event has none. */
export function kindFamily(kind: EventKind | null): KindFamily {
  return kind === null ? 'other' : FAMILY[kind]
}

/** The key's entry for events with no kind, shown only when the dataset has some. */
export const OTHER_LABEL: readonly [KindFamily, string] = ['other', 'Other']

const kindless = new WeakMap<Dataset, boolean>()

/** True when some event of the dataset names no kind (remembered per dataset: the key asks on every render). */
export function hasKindlessEvents(dataset: Dataset | null): boolean {
  if (!dataset) return false
  let answer = kindless.get(dataset)
  if (answer === undefined) {
    answer = dataset.events.some((e) => e.kind === null)
    kindless.set(dataset, answer)
  }
  return answer
}

/** Legend entries, in display order. */
export const FAMILY_LABELS: readonly (readonly [KindFamily, string])[] = [
  ['accord', 'Treaties and agreements'],
  ['talks', 'Summits and meetings'],
  ['words', 'Statements, policy, reports'],
  ['force', 'Operations and conflicts'],
  ['body', 'Institutions'],
]
