import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  describeProblemCount,
  formatProblem,
  plural,
  summarizeProblems,
  toText,
} from '../src/data/problems'
import type { Problem } from '../src/data/types'
import { validateContent } from '../src/data/validateContent'

/** What `npm run validate` prints and how it exits. */
export type FolderReport = {
  readonly exitCode: 0 | 1
  /** Problems and warnings, one `path: message` per line (to stderr). */
  readonly details: readonly string[]
  /**
   * One line: `public/data: 68 events, 19 passages, 76 citations (49 the author's, inferred; 27 added),
   * 6 claim notes — valid`; the parts in brackets and the notes only when the content has them.
   */
  readonly summary: string
}

/**
 * Validate `<folder>/events.json` and `<folder>/essay.md` with the app's own code. Node only; no browser APIs.
 * Exit code 1 when a file is missing or the content has problems; warnings alone still pass. `strict`: what
 * the featured edition requires of every event is an error, not a warning (`editionRules.ts`).
 */
export async function validateFolder(
  folder: string,
  options: { readonly strict?: boolean } = {},
): Promise<FolderReport> {
  const read = async (name: string) => {
    try {
      return {
        ok: true as const,
        text: await readFile(join(folder, name), 'utf8'),
      }
    } catch (error) {
      const why = error instanceof Error ? error.message : toText(error)
      return {
        ok: false as const,
        line: `Could not read ${join(folder, name)}: ${why}`,
      }
    }
  }
  const [events, essay] = await Promise.all([
    read('events.json'),
    read('essay.md'),
  ])
  if (!events.ok || !essay.ok) {
    const details = [events, essay].flatMap((f) => (f.ok ? [] : [f.line]))
    return { exitCode: 1, details, summary: `${folder}: could not be read` }
  }
  const result = validateContent(events.text, essay.text, options)
  const warnings = listed(result.warnings, 'warning')
  if (!result.ok)
    return {
      exitCode: 1,
      details: [...listed(result.problems, 'problem'), ...warnings],
      summary: `${folder}: ${describeProblemCount(result.problems)}${
        result.warnings.length > 0
          ? `, ${plural(result.warnings.length, 'warning')}`
          : ''
      } — invalid`,
    }
  const { events: list, essay: text } = result.value
  const counts = `${plural(list.length, 'event')}, ${plural(text.passages.length, 'passage')}, ${plural(text.citations.length, 'citation')}${whoseLinks(text.citations)}${
    result.value.claimNotes.length > 0
      ? `, ${plural(result.value.claimNotes.length, 'claim note')}`
      : ''
  }`
  return {
    exitCode: 0,
    details: warnings,
    summary: `${folder}: ${counts} — valid${
      result.warnings.length > 0
        ? ` with ${plural(result.warnings.length, 'warning')}`
        : ''
    }`,
  }
}

/** At most 200 lines, then "…and N more"; warnings are marked as such. */
function listed(
  problems: readonly Problem[],
  kind: 'problem' | 'warning',
): string[] {
  const { shown, hiddenCount } = summarizeProblems(problems)
  const lines = shown.map((p) =>
    kind === 'warning' ? `warning: ${formatProblem(p)}` : formatProblem(p),
  )
  if (hiddenCount > 0) lines.push(`…and ${plural(hiddenCount, `more ${kind}`)}`)
  return lines
}

/** ` (49 the author's, inferred; 27 added)`: the citations' provenance, when any is marked. */
function whoseLinks(
  citations: readonly { readonly provenance: string | null }[],
): string {
  const inferred = citations.filter((c) => c.provenance === 'inferred').length
  const added = citations.filter((c) => c.provenance === 'added').length
  const unmarked = citations.length - inferred - added
  if (inferred + added === 0) return ''
  const parts = [
    inferred > 0 ? `${inferred} the author's, inferred` : '',
    added > 0 ? `${added} added` : '',
    unmarked > 0 ? `${unmarked} unmarked` : '',
  ].filter(Boolean)
  return ` (${parts.join('; ')})`
}
