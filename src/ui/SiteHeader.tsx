import type { ReactNode } from 'react'
import { useTimelineStore } from '../store/timelineStore'

/** The site's masthead: its name, the essay it accompanies, and the toolbar passed in (search, filters). */
export function SiteHeader({ children }: { children: ReactNode }) {
  const essayTitle = useTimelineStore((s) => s.dataset?.essay.title)
  return (
    <header className="app-header">
      <div className="app-brand">
        <p className="app-name">Precedent Timeline</p>
        {essayTitle && (
          <p className="app-subtitle">
            The precedents behind <cite>{essayTitle}</cite>
          </p>
        )}
      </div>
      <div className="app-toolbar">{children}</div>
    </header>
  )
}
