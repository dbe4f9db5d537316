import { lazy, type ReactNode, Suspense, useRef, useState } from 'react'
import { ContentNotes } from '../ui/ContentNotes'
import { PanelBoundary } from '../ui/PanelBoundary'
import { BackToFeatured } from './BackToFeatured'
import type { ContentSource } from '../store/contentSlice'
import { useTimelineStore } from '../store/timelineStore'
import { OpenContent } from './OpenContent'
import { OpenProblems } from './OpenProblems'
import type { OpenOutcome } from './openFiles'
import './ContentToolbar.css'

// Shown only after a TimelineJS import, so its code (and the bundle maker) loads then.
const ImportReport = lazy(() =>
  import('./ImportReport').then((m) => ({ default: m.ImportReport })),
)

function describeSource(source: ContentSource): string {
  switch (source.kind) {
    case 'opened':
      return `Showing your files: ${source.name}`
    case 'folder':
      return `Showing the timeline in ${source.baseUrl}`
    default:
      return ''
  }
}

/**
 * The reader's own content: "Open…" (and drop), "Back to the featured essay", and the timeline downloads.
 * Problems with opened files show here, in the loader's format, while the current content stays on screen.
 * The loader shows it too (without downloads) while loading and after a failure, so Open… is always there.
 */
export function ContentToolbar({
  downloads,
  contentShown = true,
}: {
  /** False while nothing is shown (loading, or a failure): no "Showing…" line and no notes about content. */
  contentShown?: boolean
  /** The timeline downloads, placed beside Open… by the page (another feature's buttons). */
  downloads?: ReactNode
} = {}) {
  const source = useTimelineStore((s) => s.contentSource)
  const showOpened = useTimelineStore((s) => s.showOpened)
  const [outcome, setOutcome] = useState<Exclude<
    OpenOutcome,
    { kind: 'dataset' }
  > | null>(null)
  const openRef = useRef<HTMLButtonElement>(null)

  // The alert or report goes away: give focus back to "Open…" rather than lose it to the page.
  const close = () => {
    setOutcome(null)
    openRef.current?.focus()
  }
  const onOutcome = (result: OpenOutcome) => {
    if (result.kind === 'dataset') {
      setOutcome(null)
      showOpened(result.name, result.dataset, result.warnings)
      return
    }
    // A converted TimelineJS file or spreadsheet shows at once; its report says what was kept.
    if (result.kind === 'timelinejs' && result.dataset)
      showOpened(result.name, result.dataset, result.warnings)
    setOutcome(result)
  }

  return (
    <div className="content-toolbar">
      <div className="content-actions" role="group" aria-label="Content">
        <OpenContent onOutcome={onOutcome} buttonRef={openRef} />
        <BackToFeatured onDone={() => openRef.current?.focus()} />
        {downloads}
      </div>
      <p className="content-source" role="status">
        {/* "Showing…" only once something is shown, not while loading or after a failure. */}
        {contentShown ? describeSource(source) : ''}
      </p>
      {contentShown && <ContentNotes />}
      {outcome?.kind === 'invalid' && (
        <OpenProblems
          name={outcome.name}
          problems={outcome.problems}
          onDismiss={close}
        />
      )}
      {outcome?.kind === 'timelinejs' && (
        <PanelBoundary name="Import report">
          <Suspense
            fallback={<p role="status">Preparing the import report…</p>}
          >
            <ImportReport
              name={outcome.name}
              imported={outcome.imported}
              onClose={close}
            />
          </Suspense>
        </PanelBoundary>
      )}
    </div>
  )
}
