import { parseDate } from '../dates'
import type { DatePoint, Problem, Source } from '../types'

/**
 * The "as of" discipline: a timeline describes the record up to its `asOf` day, so anything a text reports
 * from after that day must say so. The rule, checkable without reading prose:
 *
 * - a date written in a text ("4 September 2025", "October 2025", "2026") that lies wholly after `asOf` must
 *   sit in a sentence that begins with "Later" ("Later, on 4 September 2025, …");
 * - a source dated after `asOf` may be cited only by texts that have such a sentence, since it can only
 *   support what happened later.
 *
 * Pure, over one record's sources and texts, so that events and any other record with sources (notes on the
 * essay's claims) share it. Problems name `path.field` and `path.sources[i].date`, like the rest of the
 * validation.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

/** "4 September 2025", "September 2025", or a bare year "2026" (a year not part of a longer date). */
const WRITTEN_DATE = new RegExp(
  `\\b(?:(\\d{1,2}) )?(${MONTHS.join('|')}) (\\d{4})\\b|\\b(\\d{4})\\b`,
  'g',
)

/** A sentence that reports something as later than the rest. */
const LATER_SENTENCE = /^["“(]?Later\b/

/** Sentences of plain prose: split after . ! ? followed by a space and a capital or an opening quote. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?]["”)]?)\s+(?=["“(]?[A-Z])/)
}

/** A written date as ISO at its precision, or null for numbers that are not dates. */
function toIso(match: RegExpExecArray): string | null {
  const [, day, month, year, bareYear] = match
  if (bareYear !== undefined) return bareYear
  const m = MONTHS.indexOf(month as (typeof MONTHS)[number]) + 1
  const mm = String(m).padStart(2, '0')
  return day === undefined
    ? `${year}-${mm}`
    : `${year}-${mm}-${day.padStart(2, '0')}`
}

/** The dates written in `sentence` that lie wholly after `asOf`, as written. */
function datesAfter(sentence: string, asOf: DatePoint): string[] {
  const found: string[] = []
  for (const match of sentence.matchAll(WRITTEN_DATE)) {
    const iso = toIso(match)
    const date = iso === null ? null : parseDate(iso)
    if (date && date.startMs >= asOf.endMs) found.push(match[0])
  }
  return found
}

/** True when `text` has a sentence marked as later ("Later, on …"). */
export function marksLater(text: string): boolean {
  return sentences(text).some((s) => LATER_SENTENCE.test(s))
}

/**
 * Problems of the as-of discipline for one record: `texts` are its fields (`['note', '…']`; null for an absent
 * field), `sources` its sources, `path` where it is (`events[12]`).
 */
export function asOfProblems(
  sources: readonly Source[],
  texts: readonly (readonly [field: string, text: string | null])[],
  asOf: DatePoint,
  path: string,
): Problem[] {
  const problems: Problem[] = []
  let hasLater = false
  for (const [field, text] of texts) {
    if (text === null) continue
    for (const sentence of sentences(text)) {
      const isLater = LATER_SENTENCE.test(sentence)
      hasLater ||= isLater
      if (isLater) continue
      for (const written of datesAfter(sentence, asOf))
        problems.push({
          path: `${path}.${field}`,
          message: `mentions "${written}", after the dataset's asOf (${asOf.iso}): begin its sentence with "Later" ("Later, on …") or leave it out`,
        })
    }
  }
  sources.forEach((source, i) => {
    const date = source.date === undefined ? null : parseDate(source.date)
    if (!date || date.startMs < asOf.endMs || hasLater) return
    problems.push({
      path: `${path}.sources[${i}].date`,
      message: `"${date.iso}" is after the dataset's asOf (${asOf.iso}): a source from later can only back a sentence marked as later ("Later, on …")`,
    })
  })
  return problems
}
