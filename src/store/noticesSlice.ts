import type { StateCreator } from 'zustand'

export type NoticesSlice = {
  /** Why parts of the opened link were ignored; empty when nothing was. Never written back to the URL. */
  linkNotices: readonly string[]
  showLinkNotices: (notices: readonly string[]) => void
  dismissLinkNotices: () => void
}

export const createNoticesSlice: StateCreator<
  NoticesSlice,
  [],
  [],
  NoticesSlice
> = (set) => ({
  linkNotices: [],
  showLinkNotices: (notices) => set({ linkNotices: notices }),
  dismissLinkNotices: () => set({ linkNotices: [] }),
})
