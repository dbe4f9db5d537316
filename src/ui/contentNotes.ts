import { create } from 'zustand'
import type { Problem } from '../data/types'

/**
 * Notes on the content shown, for its reader and editor: the essay's links that were refused (a `javascript:`
 * or `http:` address, one with a password…) and are shown as plain text. Set by `ContentLoader` on each load.
 */
type ContentNotesState = {
  readonly notes: readonly Problem[]
  readonly setNotes: (warnings: readonly Problem[]) => void
}

/** The parser's warning for a refused link: `link "x" to "javascript:…" is not https and is shown as text`. */
export const isRefusedLinkWarning = (warning: Problem): boolean =>
  warning.message.startsWith('link ') &&
  warning.message.endsWith('is shown as text')

export const useContentNotes = create<ContentNotesState>()((set) => ({
  notes: [],
  setNotes: (warnings) => set({ notes: warnings.filter(isRefusedLinkWarning) }),
}))
