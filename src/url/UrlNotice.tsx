import { useTimelineStore } from '../store/timelineStore'
import './UrlNotice.css'

/**
 * A quiet, dismissible note when the opened link had values the app could not use. The status region is
 * always rendered (empty when there is nothing to say) so that screen readers announce the note when it appears.
 */
export function UrlNotice() {
  const notices = useTimelineStore((s) => s.linkNotices)
  const dismissNotices = useTimelineStore((s) => s.dismissLinkNotices)
  return (
    <div role="status" className="url-notice">
      {notices.length > 0 && (
        <div className="url-notice__body">
          <p className="url-notice__title">Parts of this link were ignored</p>
          <ul className="url-notice__list">
            {notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
          <button
            type="button"
            className="url-notice__dismiss"
            onClick={dismissNotices}
          >
            Dismiss
          </button>
        </div>
      )}
    </div>
  )
}
