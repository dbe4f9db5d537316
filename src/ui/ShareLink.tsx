import { useEffect, useState } from 'react'
import { COMPACT_QUERY } from './mediaQuery'

type Outcome = 'copied' | 'shared' | 'failed' | null

const MESSAGES: Record<Exclude<Outcome, null>, string> = {
  copied: 'Link copied',
  shared: 'Link shared',
  failed: 'The link could not be copied: copy it from the address bar.',
}

/** How long the confirmation stays, ms. */
const CONFIRM_MS = 4000

/**
 * "Share link": the address already holds the whole view (event, filters, window, lens), so sharing it is
 * sharing the view. On phones, where the browser has a system share sheet, that opens; elsewhere the link is
 * copied to the clipboard. Either way a visible, announced confirmation says what happened.
 */
export function ShareLink({ title }: { title?: string }) {
  const [outcome, setOutcome] = useState<Outcome>(null)

  // The confirmation's timer is an external system.
  useEffect(() => {
    if (outcome === null || outcome === 'failed') return
    const timer = setTimeout(() => setOutcome(null), CONFIRM_MS)
    return () => clearTimeout(timer)
  }, [outcome])

  const share = async () => {
    const url = window.location.href
    const isPhone =
      typeof window.matchMedia === 'function' &&
      window.matchMedia(COMPACT_QUERY).matches
    if (isPhone && typeof navigator.share === 'function') {
      try {
        await navigator.share({ url, ...(title ? { title } : {}) })
        setOutcome('shared')
      } catch (error) {
        // The reader closed the sheet: nothing happened, nothing to say.
        if (!(error instanceof DOMException && error.name === 'AbortError'))
          setOutcome('failed')
      }
      return
    }
    try {
      await navigator.clipboard.writeText(url)
      setOutcome('copied')
    } catch {
      setOutcome('failed')
    }
  }

  return (
    <span className="share-link">
      <button type="button" className="button" onClick={() => void share()}>
        Share link
      </button>
      <span className="share-link__status" role="status">
        {outcome ? MESSAGES[outcome] : ''}
      </span>
    </span>
  )
}
