import { useCallback, useRef, useState } from 'react'
import { selectSelectedEvent, selectShownEvents } from '../store/selectors'
import { useTimelineStore } from '../store/timelineStore'
import { deferredModule } from '../ui/deferredModule'
import { adjacentShownEvent } from './neighbours'
import { usePanelFocus } from './usePanelFocus'
import { useEscapeToClose } from './useEscapeToClose'
import './EventDetailPanel.css'

/** The details of a chosen event: not in the first frame (nothing is chosen), so loaded just after it. */
const eventDetails = deferredModule(() => import('./EventDetails'))

/**
 * The "Event details" region: the selected event with its sources and the passages citing it, or guidance
 * when nothing is selected. Escape or the close button clears the selection; focus moves in on open and
 * back on close.
 */
export function EventDetailPanel() {
  const panelRef = useRef<HTMLElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const dataset = useTimelineStore((s) => s.dataset)
  const event = useTimelineStore(selectSelectedEvent)
  const shown = useTimelineStore(selectShownEvents)
  const selectEvent = useTimelineStore((s) => s.selectEvent)
  const showPassage = useTimelineStore((s) => s.showPassage)
  const openingCitationId = useTimelineStore((s) => s.selectedCitationId)
  const openingCitation =
    event && openingCitationId !== null
      ? (dataset?.essay.citations.find(
          (c) => c.id === openingCitationId && c.eventIds.includes(event.id),
        ) ?? null)
      : null

  // On phones the panel is a sheet over the essay: "Show in essay" folds it to its title bar so the passage
  // is visible. During guided reading each step's event opens folded, a compact card over the essay being
  // read; "Show details" unfolds it. The reader's choice is remembered per event.
  const isGuiding = useTimelineStore((s) => s.guideStep !== null)
  const [foldChoice, setFoldChoice] = useState<{
    id: string
    isFolded: boolean
  } | null>(null)
  const isFolded =
    event !== null &&
    (foldChoice?.id === event.id ? foldChoice.isFolded : isGuiding)
  const close = useCallback(() => selectEvent(null), [selectEvent])
  const getPanel = useCallback(() => panelRef.current, [])

  // A guided step keeps focus on the guide's button (the reader is stepping), so the panel does not take it.
  const details = eventDetails.use()
  usePanelFocus(event?.id ?? null, panelRef, headingRef, isGuiding)
  useEscapeToClose(event !== null, close, getPanel)

  return (
    <aside
      ref={panelRef}
      className={
        event ? `detail is-open${isFolded ? ' is-folded' : ''}` : 'detail'
      }
      aria-label="Event details"
    >
      {event && dataset && !details ? (
        // Only for the moment between a deep link's first render and the details' script arriving.
        <p className="detail-empty" role="status">
          Loading the details…
        </p>
      ) : event && dataset && details ? (
        <details.EventDetails
          key="event"
          event={event}
          dataset={dataset}
          isShown={shown.includes(event)}
          openingCitation={openingCitation}
          previous={adjacentShownEvent(shown, event, -1)}
          next={adjacentShownEvent(shown, event, 1)}
          headingRef={headingRef}
          isFolded={isFolded}
          onFold={(folded) => setFoldChoice({ id: event.id, isFolded: folded })}
          onSelect={selectEvent}
          onShowPassage={(passageId) => {
            setFoldChoice({ id: event.id, isFolded: true })
            showPassage(passageId)
          }}
        />
      ) : (
        <div className="detail-empty">
          <h2 className="detail-empty-title">Event details</h2>
          <p>
            Select an event on the timeline or a citation in the essay to see
            its details, sources and the passages that cite it.
          </p>
        </div>
      )}
    </aside>
  )
}
