import { quote } from '../problems'
import type { Essay, Problem, TimelineEvent } from '../types'

/**
 * The essay against the events: every citation must point at an event (else a problem), and an event that no
 * passage cites is reported as a warning (allowed, since other datasets may need it; the shipped one has none).
 * `events` are in file order, so `events[3]` names the fourth event of `events.json`.
 */
export function crossReference(
  events: readonly TimelineEvent[],
  essay: Essay,
): { problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = []
  const known = new Set(events.map((event) => event.id))
  const cited = new Set<string>()
  for (const passage of essay.passages) {
    const reported = new Set<string>()
    for (const citation of passage.citations)
      for (const id of citation.eventIds) {
        cited.add(id)
        if (known.has(id) || reported.has(id)) continue
        reported.add(id)
        problems.push({
          path: `essay.md paragraph ${passage.index}`,
          message: `cites unknown event ${quote(id)}`,
        })
      }
  }
  const warnings: Problem[] = []
  events.forEach((event, i) => {
    if (!cited.has(event.id))
      warnings.push({
        path: `events[${i}] (${quote(event.id)})`,
        message: 'not cited by any passage',
      })
  })
  return { problems, warnings }
}
