import { makeBundle, validateBundle } from '../data/import/bundle'
import type { ImportedTimeline } from '../data/import/importTimelineJs'
import type { Dataset, Problem } from '../data/types'

/**
 * A converted timeline made ready to show: its bundle (what "Download bundle" saves) and whether that
 * validates. Loaded with the import's code, on the first TimelineJS file.
 */
export type PreparedImport =
  | {
      readonly ok: true
      readonly bundle: string
      readonly dataset: Dataset
      readonly warnings: readonly Problem[]
    }
  | { readonly ok: false; readonly bundle: string }

export function prepareImport(imported: ImportedTimeline): PreparedImport {
  const bundle = makeBundle(imported.eventsFile, imported.essay)
  const validation = validateBundle(bundle)
  return validation.ok
    ? {
        ok: true,
        bundle,
        dataset: validation.value,
        warnings: validation.warnings,
      }
    : { ok: false, bundle }
}
