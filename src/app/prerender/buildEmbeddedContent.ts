import { assembleContent, parseEventsJson } from '../../data/assembleContent'
import { essayFingerprint } from '../../data/essay/compiledEssay'
import { parseEssay } from '../../data/essay/parseEssay'
import { parseDataset } from '../../data/events/parseDataset'
import type { Dataset, Problem } from '../../data/types'
import { EMBEDDED_FORMAT, type EmbeddedContent } from './embeddedContent'

export type BuiltContent =
  | {
      readonly ok: true
      readonly embedded: EmbeddedContent
      readonly dataset: Dataset
    }
  | { readonly ok: false; readonly problems: readonly Problem[] }

/**
 * The build's side of `EmbeddedContent`: `events.json` and `essay.md` checked in full (zod, the Markdown
 * parser, the cross-references), as `npm run validate` checks them. Content with problems is not embedded:
 * the page then loads and reports it as before.
 */
export function buildEmbeddedContent(
  eventsText: string,
  essayText: string,
): BuiltContent {
  const data = parseEventsJson(eventsText, parseDataset)
  const essay = parseEssay(essayText)
  const assembled = assembleContent(data, essay)
  if (!assembled.ok || !data.ok || !essay.ok)
    return {
      ok: false,
      problems: assembled.ok ? [] : assembled.problems,
    }
  return {
    ok: true,
    dataset: assembled.value,
    embedded: {
      format: EMBEDDED_FORMAT,
      eventsSource: essayFingerprint(eventsText),
      essaySource: essayFingerprint(essayText),
      data: data.value,
      essay: essay.value,
      warnings: assembled.warnings,
    },
  }
}
