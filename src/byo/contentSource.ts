import { create } from 'zustand'
import { loadContent } from '../data/loadContent'
import type { Dataset, Problem } from '../data/types'
import type { LoadFn } from '../ui/ContentLoader'
import { resolveTimelinePath, type AppLocation } from './resolveTimelinePath'

/**
 * Where the shown content comes from: the featured essay (`data/`), another folder on this site
 * (`?timeline=`), a refused `?timeline=` value, or files the reader opened. `ContentLoader` loads whichever
 * is current; switching the source reloads it.
 */
export type ContentSource =
  | { readonly kind: 'featured' }
  | { readonly kind: 'folder'; readonly baseUrl: string }
  | { readonly kind: 'refused'; readonly message: string }
  | {
      readonly kind: 'opened'
      /** What was opened, for people: "events.json + essay.md", "cold-war.json". */
      readonly name: string
      readonly dataset: Dataset
      readonly warnings: readonly Problem[]
    }

/** The query parameter naming another timeline folder. */
export const TIMELINE_PARAM = 'timeline'

/** The source a page address asks for: `?timeline=<folder>` or the featured essay. */
export function sourceFromLocation(
  location: AppLocation & { readonly search: string },
): ContentSource {
  const param = new URLSearchParams(location.search).get(TIMELINE_PARAM)
  const path = resolveTimelinePath(param, location)
  if (!path.ok) return { kind: 'refused', message: path.message }
  return path.baseUrl === null
    ? { kind: 'featured' }
    : { kind: 'folder', baseUrl: path.baseUrl }
}

/** The loader for a source. Opened files are already validated; a refused path fails with its reason. */
export function loaderFor(source: ContentSource): LoadFn {
  switch (source.kind) {
    case 'featured':
      return (signal) => loadContent(undefined, undefined, signal)
    case 'folder':
      return (signal) => loadContent(source.baseUrl, undefined, signal)
    case 'refused':
      return () =>
        Promise.resolve({
          status: 'unavailable',
          problems: [{ path: TIMELINE_PARAM, message: source.message }],
        })
    case 'opened':
      return () =>
        Promise.resolve({
          status: 'loaded',
          dataset: source.dataset,
          warnings: source.warnings,
        })
  }
}

type ContentSourceState = {
  source: ContentSource
  /** Show a dataset the reader opened (already validated). */
  showOpened: (
    name: string,
    dataset: Dataset,
    warnings: readonly Problem[],
  ) => void
  /** Return to the built-in content, dropping `?timeline=` from the address. */
  backToFeatured: () => void
}

/** Drop `?timeline=` so a reload shows what "Back to the featured essay" showed. Other parameters stay. */
function forgetTimelineParam(): void {
  const params = new URLSearchParams(location.search)
  if (!params.has(TIMELINE_PARAM)) return
  params.delete(TIMELINE_PARAM)
  const search = params.toString()
  try {
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${search ? `?${search}` : ''}${location.hash}`,
    )
  } catch {
    // History writes can be throttled; the content still switches.
  }
}

export const useContentSource = create<ContentSourceState>()((set) => ({
  source:
    typeof location === 'undefined'
      ? { kind: 'featured' }
      : sourceFromLocation(location),
  showOpened: (name, dataset, warnings) =>
    set({ source: { kind: 'opened', name, dataset, warnings } }),
  backToFeatured: () => {
    forgetTimelineParam()
    set({ source: { kind: 'featured' } })
  },
}))
