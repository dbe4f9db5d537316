import { EventDetailPanel } from './detail/EventDetailPanel'
import { EssayPanel } from './essay/EssayPanel'
import { CountryFilter } from './filters/CountryFilter'
import { SearchBox } from './filters/SearchBox'
import { Timeline } from './timeline/Timeline'
import { ContentLoader } from './ui/ContentLoader'
import { UrlNotice } from './url/UrlNotice'
import { useUrlSync } from './url/useUrlSync'

function Workspace() {
  useUrlSync()
  return (
    <div className="app">
      <header className="app-header">
        <SearchBox />
        <CountryFilter />
      </header>
      <UrlNotice />
      <Timeline />
      <main className="app-main">
        <EssayPanel />
        <EventDetailPanel />
      </main>
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
