import { useContentLoad } from '../content/useContentLoad'
import { EmbedCard } from '../detail/EmbedCard'
import { Timeline } from '../timeline/Timeline'
import { ContentLoader } from '../ui/ContentLoader'
import { PanelBoundary } from '../ui/PanelBoundary'
import { useTimelineStore } from '../store/timelineStore'
import { useContentSourceUrl } from '../url/contentSourceUrl'
import { FullPageLink } from '../url/FullPageLink'
import { UrlNotice } from '../url/UrlNotice'
import { useUrlSync } from '../url/useUrlSync'
import './EmbedApp.css'

function EmbedWorkspace() {
  useUrlSync()
  const title = useTimelineStore((s) => s.dataset?.title)
  return (
    <div className="embed">
      <header className="embed-bar">
        <p className="embed-title">{title}</p>
        <FullPageLink />
      </header>
      <UrlNotice />
      <main className="embed-main" aria-label="Embedded timeline">
        <PanelBoundary name="Timeline">
          <Timeline />
        </PanelBoundary>
        <PanelBoundary name="Event details">
          <EmbedCard essayLink={<FullPageLink toEssay />} />
        </PanelBoundary>
      </main>
    </div>
  )
}

/**
 * The embed (embed.html): composition only. The timeline and a compact details card, at the frame's width,
 * with no sticky chrome; the essay and everything else are on the full page, one link away.
 */
export function EmbedApp() {
  useContentSourceUrl()
  const load = useContentLoad()
  return (
    <ContentLoader load={load}>
      <EmbedWorkspace />
    </ContentLoader>
  )
}
