import { essayFingerprint } from '../../data/essay/compiledEssay'
import { buildDataset } from '../../data/events/buildDataset'
import type { ParsedDataset } from '../../data/events/parseDatasetFast'
import { isRecord } from '../../data/problems'
import type { Dataset, Essay, Problem } from '../../data/types'

/**
 * The featured content as the build validated it, in a fingerprinted file the pre-rendered page preloads (or
 * inline, in a `<script type="application/json">`: data, not script, which the CSP allows). The page reads it
 * instead of fetching `events.json` and the essay, parsing and checking them: it only joins the parts
 * (`buildDataset`). The fingerprints name the files it came from; a site that replaced one after the build gets
 * it fetched and checked as before (`isContentCurrent`).
 */

/** The id of the element naming it (a `<link>`) or carrying it (a `<script type="application/json">`). */
export const EMBEDDED_CONTENT_ID = 'featured-content'

/** Bumped when this shape changes, so a page built by an older version is loaded the ordinary way. */
export const EMBEDDED_FORMAT = 1

export type EmbeddedContent = {
  readonly format: typeof EMBEDDED_FORMAT
  /** `essayFingerprint` of the `events.json` and `essay.md` texts the build checked. */
  readonly eventsSource: string
  readonly essaySource: string
  readonly data: ParsedDataset
  readonly essay: Essay
  /** The check's warnings (uncited events, refused links), as the page would have logged them. */
  readonly warnings: readonly Problem[]
}

/** The content as the `<script>` element's text: JSON with `<` escaped, so no text in it can close the element. */
export function embeddedContentJson(content: EmbeddedContent): string {
  return JSON.stringify(content).replace(/</g, '\\u003c')
}

/** What the page starts from: the dataset, its warnings, and the fingerprints of the files behind it. */
export type PreloadedContent = {
  readonly dataset: Dataset
  readonly warnings: readonly Problem[]
  readonly eventsSource: string
  readonly essaySource: string
}

/**
 * The embedded content, from the element's parsed JSON: null when it is missing or of another format, and the
 * page loads the ordinary way. The build checked it, so only its envelope is looked at here.
 */
export function readEmbeddedContent(json: unknown): PreloadedContent | null {
  if (!isRecord(json) || json.format !== EMBEDDED_FORMAT) return null
  const { data, essay, warnings, eventsSource, essaySource } =
    json as EmbeddedContent
  if (typeof eventsSource !== 'string' || typeof essaySource !== 'string')
    return null
  try {
    return {
      dataset: buildDataset({ ...data, essay }),
      warnings,
      eventsSource,
      essaySource,
    }
  } catch {
    return null
  }
}

/**
 * True when the files at `baseUrl` are still the ones the page was built from (same fingerprints). A file
 * that cannot be fetched counts as changed: the ordinary load then says what is wrong. Never rejects.
 */
export async function isContentCurrent(
  content: Pick<PreloadedContent, 'eventsSource' | 'essaySource'>,
  baseUrl: string,
  fetchImpl: typeof fetch = fetch,
): Promise<boolean> {
  const fingerprint = async (name: string): Promise<string | null> => {
    try {
      // `no-cache` revalidates, as the ordinary load does: a replaced file is noticed on the next visit.
      const response = await fetchImpl(`${baseUrl}${name}`, {
        cache: 'no-cache',
      })
      return response.ok ? essayFingerprint(await response.text()) : null
    } catch {
      return null
    }
  }
  const [events, essay] = await Promise.all([
    fingerprint('events.json'),
    fingerprint('essay.md'),
  ])
  return events === content.eventsSource && essay === content.essaySource
}
