import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { defaultDataUrl } from '../../data/loadContent'
import {
  captureRenderedState,
  useTimelineStore,
} from '../../store/timelineStore'
import { FIRST_FRAME_CLASS, FirstFrameContext } from '../../timeline/FirstFrame'
import { useContentNotes } from '../../ui/contentNotes'
import { App } from '../App'
import {
  EMBEDDED_CONTENT_ID,
  isContentCurrent,
  readEmbeddedContent,
  type PreloadedContent,
} from './embeddedContent'

/** The content the build put in the page, or null (the dev server's page, another timeline, a broken element). */
function embeddedContent(): PreloadedContent | null {
  if (useTimelineStore.getState().contentSource.kind !== 'featured') return null
  const text = document.getElementById(EMBEDDED_CONTENT_ID)?.textContent
  if (!text) return null
  try {
    return readEmbeddedContent(JSON.parse(text))
  } catch {
    return null
  }
}

/**
 * Starts the app in `root`. A pre-rendered page whose files are unchanged since the build is hydrated: React
 * attaches to the markup already shown, from the content the page carries, with nothing parsed or checked
 * again. Otherwise (no pre-render, `?timeline=`, files replaced after the build) the app renders as it always
 * did: it fetches, checks and draws the content, replacing whatever the page showed.
 */
export async function startPage(
  root: HTMLElement,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  const preloaded = embeddedContent()
  if (
    preloaded &&
    (await isContentCurrent(preloaded, defaultDataUrl(), fetchImpl))
  ) {
    // The frame's markup, read back so the hydrating render has the very same (FirstFrame.tsx).
    const frame = root.querySelector(`.${FIRST_FRAME_CLASS}`)?.innerHTML ?? null
    useTimelineStore.getState().loadDataset(preloaded.dataset)
    useContentNotes.getState().setNotes(preloaded.warnings)
    performance.mark?.('content-loaded')
    captureRenderedState()
    hydrateRoot(
      root,
      <StrictMode>
        <FirstFrameContext value={frame}>
          <App isPreloaded />
        </FirstFrameContext>
      </StrictMode>,
    )
    return
  }
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
