import type { EventKind } from '../../data/types'

/** Five colour families for the twelve kinds: enough to tell force from talk at a glance, subtle by design. */
export type KindFamily = 'accord' | 'talks' | 'words' | 'force' | 'body'

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

/** The colour family of a kind (CSS class `tl-k-<family>`). */
export function kindFamily(kind: EventKind): KindFamily {
  return FAMILY[kind]
}

/** Legend entries, in display order. */
export const FAMILY_LABELS: readonly (readonly [KindFamily, string])[] = [
  ['accord', 'Treaties and agreements'],
  ['talks', 'Summits and meetings'],
  ['words', 'Statements, policy, reports'],
  ['force', 'Operations and conflicts'],
  ['body', 'Institutions'],
]
