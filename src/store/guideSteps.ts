import type { CitationId, Essay, EventId, PassageId } from '../data/types'

/**
 * "Read with the essay": the guided reading walks the essay's citations in reading order, one step each.
 * Pure; the store moves between steps, `GuideControls` shows them.
 */

export type GuideStep = {
  readonly citationId: CitationId
  /** The cited event the step selects: the citation's first (a citation may cite several). */
  readonly eventId: EventId
  readonly passageId: PassageId
  /** The citation's anchor text, as read in the essay. */
  readonly text: string
}

const cache = new WeakMap<Essay, readonly GuideStep[]>()

/** One step per citation that cites an event, in essay order. Cached per essay. */
export function guideSteps(essay: Essay): readonly GuideStep[] {
  let steps = cache.get(essay)
  if (!steps) {
    steps = essay.citations.flatMap((c) => {
      const [eventId] = c.eventIds
      return eventId === undefined
        ? []
        : [
            {
              citationId: c.id,
              eventId,
              passageId: c.passageId,
              text: c.text,
            },
          ]
    })
    cache.set(essay, steps)
  }
  return steps
}

/**
 * The step a guided reading started at `passageId` begins with: the passage's first citation, or the first
 * one after it when the passage cites nothing. 0 for no passage or an unknown one; the last step after the
 * last citation. -1 when there are no steps.
 */
export function firstStepFrom(
  essay: Essay,
  passageId: PassageId | null | undefined,
): number {
  const steps = guideSteps(essay)
  if (steps.length === 0) return -1
  const from = essay.passages.find((p) => p.id === passageId)?.index
  if (from === undefined) return 0
  const indexOf = new Map(essay.passages.map((p) => [p.id, p.index]))
  const found = steps.findIndex(
    (s) => (indexOf.get(s.passageId) ?? -Infinity) >= from,
  )
  return found === -1 ? steps.length - 1 : found
}

/** The step in words, for the guide's status: "Step 3 of 76: “inversion”". */
export function guideStatus(
  steps: readonly GuideStep[],
  index: number | null,
): string {
  const step = index === null ? undefined : steps[index]
  if (index === null || !step) return ''
  return `Step ${index + 1} of ${steps.length}: “${step.text}”`
}

/** Reading time per character of a passage while autoplaying, ms: about 240 words a minute. */
export const READING_MS_PER_CHAR = 50
/** Autoplay's shortest time on a step, and its time on a further citation in the passage just read, ms. */
export const MIN_STEP_MS = 3500
/** Autoplay's longest time on a step, ms: a very long paragraph still moves on. */
export const MAX_STEP_MS = 45_000

/**
 * How long autoplay stays on step `index` before the next, ms: long enough to read the step's passage when
 * the step arrives at a new passage; `MIN_STEP_MS` for a further citation in the same passage (already read).
 */
export function stepDelayMs(essay: Essay, index: number): number {
  const steps = guideSteps(essay)
  const step = steps[index]
  if (!step) return MIN_STEP_MS
  if (index > 0 && steps[index - 1]?.passageId === step.passageId)
    return MIN_STEP_MS
  const text = essay.passages.find((p) => p.id === step.passageId)?.text ?? ''
  return Math.min(
    MAX_STEP_MS,
    Math.max(MIN_STEP_MS, text.length * READING_MS_PER_CHAR),
  )
}
