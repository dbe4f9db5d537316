import { lazy, Suspense, useState } from 'react'
import { createPortal } from 'react-dom'

// The dialog loads on the first press: the page's first load does without it.
const ShareDialog = lazy(() =>
  import('./ShareDialog').then((m) => ({ default: m.ShareDialog })),
)

/** What Share offers for the view: its link, and the `<iframe>` that embeds it in another site's page. */
export type ShareOffer = {
  readonly pageUrl: string
  readonly snippet: string
}

/**
 * "Share link": a dialog with the address of the current view (event, filters, window, lens, rows) and an
 * `<iframe>` snippet that embeds the same view in another site's page, each with a copy button and a
 * visible, announced confirmation; on phones with a system share sheet, "Share…" opens it too. `getOffer`
 * is read when the dialog opens (the view it shares is the one on screen then).
 */
export function ShareLink({
  title,
  getOffer,
}: {
  title?: string
  getOffer: () => ShareOffer
}) {
  const [offer, setOffer] = useState<ShareOffer | null>(null)
  return (
    <span className="share-link">
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        onClick={() => setOffer(getOffer())}
      >
        Share link
      </button>
      {offer &&
        createPortal(
          <Suspense fallback={null}>
            <ShareDialog
              offer={offer}
              {...(title ? { title } : {})}
              onClose={() => setOffer(null)}
            />
          </Suspense>,
          document.body,
        )}
    </span>
  )
}
