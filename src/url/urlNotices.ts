import { create } from 'zustand'

type UrlNoticeState = {
  /** Why parts of the opened link were ignored; empty when nothing was. */
  notices: readonly string[]
  showNotices: (notices: readonly string[]) => void
  dismissNotices: () => void
}

/**
 * The URL module's own tiny store: notices are about the link, not the view, so they stay out of the
 * timeline store (and out of the URL).
 */
export const useUrlNotices = create<UrlNoticeState>()((set) => ({
  notices: [],
  showNotices: (notices) => set({ notices }),
  dismissNotices: () => set({ notices: [] }),
}))
