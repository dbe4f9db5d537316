import {
  COMPILED_ESSAY_FILE,
  compileEssay,
} from '../src/data/essay/compiledEssay'
import { parseEssay } from '../src/data/essay/parseEssay'

export { COMPILED_ESSAY_FILE }

/**
 * The compiled file for one essay's text, or null when the essay has problems (the browser then parses it
 * and shows them, as it would without a compiled file).
 */
export function compiledEssayJson(markdown: string): string | null {
  const compiled = compileEssay(markdown, parseEssay(markdown))
  return compiled && JSON.stringify(compiled)
}
