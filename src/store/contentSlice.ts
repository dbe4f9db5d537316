import type { StateCreator } from 'zustand'
import type { Dataset, Problem } from '../data/types'

/**
 * Where the shown content comes from: the featured essay (`data/`), another folder on this site
 * (`?timeline=`), a refused `?timeline=` value, or files the reader opened. The content loader loads whichever
 * is current; switching the source reloads it. `src/url` reads the first one from the address and keeps the
 * address in step.
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

export type ContentSlice = {
  contentSource: ContentSource
  /** Show another source (the address's `?timeline=` at start-up). */
  showSource: (source: ContentSource) => void
  /** Show a dataset the reader opened (already validated). */
  showOpened: (
    name: string,
    dataset: Dataset,
    warnings: readonly Problem[],
  ) => void
  /** Return to the built-in content. */
  backToFeatured: () => void
}

export const createContentSlice: StateCreator<
  ContentSlice,
  [],
  [],
  ContentSlice
> = (set) => ({
  contentSource: { kind: 'featured' },
  showSource: (source) => set({ contentSource: source }),
  showOpened: (name, dataset, warnings) =>
    set({ contentSource: { kind: 'opened', name, dataset, warnings } }),
  backToFeatured: () => set({ contentSource: { kind: 'featured' } }),
})
