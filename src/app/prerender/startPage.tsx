import { startTransition, StrictMode } from 'react'
import { createRoot, hydrateRoot, type Root } from 'react-dom/client'
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

/**
 * The element naming the content the build checked: a `<link>` to the fingerprinted file the page preloads
 * (the build's), or a `<script type="application/json">` carrying it inline. Its `data-events-source` and
 * `data-essay-source` are the files' fingerprints. Null for another timeline or a page without one (dev server).
 */
function embeddedElement(): HTMLElement | null {
  if (useTimelineStore.getState().contentSource.kind !== 'featured') return null
  return document.getElementById(EMBEDDED_CONTENT_ID)
}

/** The content `element` names or carries, or null when it cannot be had. Never rejects. */
async function readContent(
  element: HTMLElement,
  fetchImpl: typeof fetch,
): Promise<PreloadedContent | null> {
  try {
    const text =
      element instanceof HTMLLinkElement
        ? await fetchImpl(element.href).then((response) =>
            response.ok ? response.text() : null,
          )
        : element.textContent
    return text ? readEmbeddedContent(JSON.parse(text)) : null
  } catch {
    return null
  }
}

/** Hydrates `root`'s pre-rendered markup from `content`, which the store takes first. */
function hydrate(root: HTMLElement, content: PreloadedContent): Root {
  // The frame's markup, read back so the hydrating render has the very same (FirstFrame.tsx).
  const frame = root.querySelector(`.${FIRST_FRAME_CLASS}`)?.innerHTML ?? null
  useTimelineStore.getState().loadDataset(content.dataset)
  useContentNotes.getState().setNotes(content.warnings)
  performance.mark?.('content-loaded')
  captureRenderedState()
  // As a transition, hydration runs in slices between which the browser stays responsive, not one long task.
  let app: Root | undefined
  startTransition(() => {
    app = hydrateRoot(
      root,
      <StrictMode>
        <FirstFrameContext value={frame}>
          <App isPreloaded />
        </FirstFrameContext>
      </StrictMode>,
    )
  })
  return app!
}

/**
 * Starts the app in `root`. A pre-rendered page whose files are unchanged since the build is hydrated: React
 * attaches to the markup already shown, from the content the build checked, with nothing parsed or checked
 * again. Otherwise (no pre-render, `?timeline=`, files replaced after the build) the app renders as it always
 * did: it fetches, checks and draws the content, replacing whatever the page showed.
 */
export async function startPage(
  root: HTMLElement,
  fetchImpl: typeof fetch = fetch,
): Promise<Root> {
  const element = embeddedElement()
  if (element) {
    const built = {
      eventsSource: element.dataset.eventsSource ?? '',
      essaySource: element.dataset.essaySource ?? '',
    }
    // The content and the files it came from, side by side (the page preloads all three).
    const [content, isCurrent] = await Promise.all([
      readContent(element, fetchImpl),
      isContentCurrent(built, defaultDataUrl(), fetchImpl),
    ])
    if (
      content &&
      isCurrent &&
      content.eventsSource === built.eventsSource &&
      content.essaySource === built.essaySource
    )
      return hydrate(root, content)
  }
  const app = createRoot(root)
  app.render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
  return app
}
