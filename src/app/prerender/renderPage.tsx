import { StrictMode } from 'react'
import { renderToStaticMarkup, renderToString } from 'react-dom/server'
import {
  captureRenderedState,
  useTimelineStore,
} from '../../store/timelineStore'
import { FirstFrameContext } from '../../timeline/FirstFrame'
import { EventIndex } from '../../ui/EventIndex'
import { App } from '../App'
import { buildEmbeddedContent } from './buildEmbeddedContent'
import { EMBEDDED_CONTENT_ID, embeddedContentJson } from './embeddedContent'
import { firstFrameSvg } from './firstFrameSvg'
import type { Problem } from '../../data/types'

export type RenderedPage =
  | {
      readonly ok: true
      /** The app as the featured page first renders it: goes inside `#root`, and is hydrated. */
      readonly appHtml: string
      /** The event list for readers without JavaScript: goes inside `<noscript>`. */
      readonly noscriptHtml: string
      /** The checked content, for the `<script type="application/json">` element. */
      readonly contentJson: string
      /** The id of that element. */
      readonly contentId: string
      /** Fingerprints of the `events.json` and `essay.md` it was checked from (the element's data attributes). */
      readonly eventsSource: string
      readonly essaySource: string
    }
  | { readonly ok: false; readonly problems: readonly Problem[] }

/**
 * The featured page rendered at build time (scripts/prerender.ts), with React's server renderer and the app's
 * own components: the header, the timeline's first frame, the essay with its citations, the empty details
 * panel. `doc` is a DOM document for the SVG back-end of the marks (jsdom at build time).
 */
export function renderPage(
  eventsText: string,
  essayText: string,
  doc: Document,
): RenderedPage {
  const built = buildEmbeddedContent(eventsText, essayText)
  if (!built.ok) return built
  useTimelineStore.getState().loadDataset(built.dataset)
  // React reads the store's server snapshot on the server: the loaded dataset.
  captureRenderedState()
  const frame = firstFrameSvg(doc, built.dataset)
  const appHtml = renderToString(
    <StrictMode>
      <FirstFrameContext value={frame}>
        <App isPreloaded />
      </FirstFrameContext>
    </StrictMode>,
  )
  return {
    ok: true,
    appHtml,
    noscriptHtml: renderToStaticMarkup(<EventIndex dataset={built.dataset} />),
    contentJson: embeddedContentJson(built.embedded),
    contentId: EMBEDDED_CONTENT_ID,
    eventsSource: built.embedded.eventsSource,
    essaySource: built.embedded.essaySource,
  }
}
