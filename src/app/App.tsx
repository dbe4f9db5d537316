import { useEffect, useRef } from 'react'
import { ContentToolbar } from '../content/ContentToolbar'
import { useContentLoad } from '../content/useContentLoad'
import { EventDetailPanel } from '../detail/EventDetailPanel'
import { EssayPanel } from '../essay/EssayPanel'
import { ExportButtons } from '../timeline/export/ExportButtons'
import { CountryFilter } from '../filters/CountryFilter'
import { FilterChip } from '../filters/FilterChip'
import { SearchBox } from '../filters/SearchBox'
import { GuideControls } from '../guide/GuideControls'
import { Timeline } from '../timeline/Timeline'
import { AboutEdition } from '../ui/AboutEdition'
import { ContentLoader } from '../ui/ContentLoader'
import { PanelBoundary } from '../ui/PanelBoundary'
import { PrintAppendix } from '../ui/PrintAppendix'
import { SiteFooter } from '../ui/SiteFooter'
import { SiteHeader } from '../ui/SiteHeader'
import { useHeightVariable } from '../ui/useHeightVariable'
import { useContentSourceUrl } from '../url/contentSourceUrl'
import { ShareLink } from '../ui/ShareLink'
import { UrlNotice } from '../url/UrlNotice'
import { useUrlSync } from '../url/useUrlSync'
import '../ui/App.css'

function Workspace() {
  useUrlSync()
  const timelineRef = useRef<HTMLDivElement>(null)
  // The sticky timeline's height: the essay scrolls and the side panel sticks below it (App.css).
  useHeightVariable(timelineRef, '--timeline-h')
  // From here the page answers clicks (a pre-rendered page is readable before): the browser tests wait for it.
  useEffect(() => {
    if (performance.getEntriesByName('app-interactive').length === 0)
      performance.mark?.('app-interactive')
  }, [])
  return (
    <div className="app">
      <a className="skip-link" href="#essay">
        Skip to essay
      </a>
      <SiteHeader
        search={
          <PanelBoundary name="Search">
            <SearchBox />
          </PanelBoundary>
        }
        filters={
          <PanelBoundary name="Filters">
            <CountryFilter />
          </PanelBoundary>
        }
        // Inside the banner, so that every control on the page sits in a landmark (axe "region").
        menu={
          <>
            <ShareLink />
            <ContentToolbar downloads={<ExportButtons />} />
          </>
        }
        notices={<UrlNotice />}
      />
      <div className="app-timeline" ref={timelineRef}>
        <PanelBoundary name="Timeline">
          <Timeline />
        </PanelBoundary>
        {/* Over the band, so a filter that is on shows after the header has scrolled away. */}
        <PanelBoundary name="Filters on">
          <FilterChip />
        </PanelBoundary>
        {/* Its own landmark: the "Timeline" region's name belongs to the timeline alone. */}
        <section className="app-guide" aria-label="Guided reading">
          <PanelBoundary name="Guide">
            <GuideControls />
          </PanelBoundary>
        </section>
      </div>
      <main className="app-main">
        <div className="app-essay" id="essay" tabIndex={-1}>
          <PanelBoundary name="Essay">
            <EssayPanel />
          </PanelBoundary>
        </div>
        <div className="app-detail">
          <PanelBoundary name="Event details">
            <EventDetailPanel />
          </PanelBoundary>
        </div>
      </main>
      <PrintAppendix />
      <SiteFooter />
      <AboutEdition />
    </div>
  )
}

/**
 * Composition only: places the panels; they meet in the store. `isPreloaded`: the store already holds the
 * featured dataset (a pre-rendered page, src/app/prerender/), so nothing is fetched at start.
 */
export function App({ isPreloaded = false }: { isPreloaded?: boolean }) {
  useContentSourceUrl()
  const load = useContentLoad()
  return (
    <ContentLoader
      load={load}
      isPreloaded={isPreloaded}
      actions={<ContentToolbar contentShown={false} />}
    >
      <Workspace />
    </ContentLoader>
  )
}
