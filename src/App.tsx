import { useRef } from 'react'
import { EventDetailPanel } from './detail/EventDetailPanel'
import { EssayPanel } from './essay/EssayPanel'
import { CountryFilter } from './filters/CountryFilter'
import { SearchBox } from './filters/SearchBox'
import { GuideControls } from './guide/GuideControls'
import { Timeline } from './timeline/Timeline'
import { ContentLoader } from './ui/ContentLoader'
import { SiteFooter } from './ui/SiteFooter'
import { SiteHeader } from './ui/SiteHeader'
import { useHeightVariable } from './ui/useHeightVariable'
import { UrlNotice } from './url/UrlNotice'
import { useUrlSync } from './url/useUrlSync'
import './ui/App.css'

function Workspace() {
  useUrlSync()
  const timelineRef = useRef<HTMLDivElement>(null)
  // The sticky timeline's height: the essay scrolls and the side panel sticks below it (App.css).
  useHeightVariable(timelineRef, '--timeline-h')
  return (
    <div className="app">
      <a className="skip-link" href="#essay">
        Skip to essay
      </a>
      <SiteHeader search={<SearchBox />} filters={<CountryFilter />} />
      <UrlNotice />
      <div className="app-timeline" ref={timelineRef}>
        <Timeline />
        <GuideControls />
      </div>
      <main className="app-main">
        <div className="app-essay" id="essay" tabIndex={-1}>
          <EssayPanel />
        </div>
        <div className="app-detail">
          <EventDetailPanel />
        </div>
      </main>
      <SiteFooter />
    </div>
  )
}

/** Composition only: places the panels; they meet in the store. */
export function App() {
  return (
    <ContentLoader>
      <Workspace />
    </ContentLoader>
  )
}
