import type { Problem } from '../data/types'

/**
 * How a parser's answer shows a bug of ours rather than a fault of the input: every parser catches what it
 * throws and reports it as a problem that the content "could not be read" (validated, converted, assembled),
 * often naming the JavaScript error. Shared by the unit tests and `npm run fuzz`.
 */
export const INTERNAL_ERROR =
  /could not be (read|validated|converted|assembled)|RangeError|TypeError|ReferenceError|SyntaxError|Maximum call stack/

/** The problems and warnings in any parser's answer, wherever they sit. */
export function problemsIn(result: unknown): readonly Problem[] {
  if (typeof result !== 'object' || result === null) return []
  const r = result as {
    problems?: readonly Problem[]
    warnings?: readonly Problem[]
  }
  return [...(r.problems ?? []), ...(r.warnings ?? [])]
}

/** The first problem in `result` that reports an internal error, if any. */
export function internalError(result: unknown): Problem | undefined {
  return problemsIn(result).find((p) => INTERNAL_ERROR.test(p.message))
}
