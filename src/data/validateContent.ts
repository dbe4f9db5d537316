import { assembleContent, parseEventsJson } from './assembleContent'
import { parseDataset, type DatasetOptions } from './events/parseDataset'
import { parseEssay } from './essay/parseEssay'
import type { Dataset, ValidationResult } from './types'

/**
 * The whole content check, pure and synchronous, shared by the command line (`npm run validate`), files a
 * user opens and the app when no compiled essay applies: parse `events.json` text and `essay.md`, validate
 * both, cross-reference them and assemble the immutable dataset. `strict`: the featured edition's
 * requirements are errors (see `editionRules.ts`). Never throws.
 */
export function validateContent(
  eventsJsonText: string,
  essayMarkdown: string,
  options: DatasetOptions = {},
): ValidationResult<Dataset> {
  return assembleContent(
    parseEventsJson(eventsJsonText, (input) => parseDataset(input, options)),
    parseEssay(essayMarkdown),
  )
}
