import { lazy, StrictMode, Suspense } from 'react'
import { createRoot } from 'react-dom/client'
import { startPage } from './prerender/startPage'
import { showSourceFromLocation } from '../url/contentSourceUrl'
import { redirectToEmbed } from '../url/embedUrl'
import '../ui/global.css'

// The embed page (embed.html) runs this same script: one build graph, so the app's page loads exactly what
// it did before, and the embed's own parts load only there.
const EmbedApp = lazy(() =>
  import('./EmbedApp').then((m) => ({ default: m.EmbedApp })),
)

const root = document.getElementById('root')
if (!root) throw new Error('the page has no #root element')
const isEmbed = document.body.dataset['page'] === 'embed'
if (isEmbed) {
  showSourceFromLocation()
  createRoot(root).render(
    <StrictMode>
      <Suspense fallback={null}>
        <EmbedApp />
      </Suspense>
    </StrictMode>,
  )
} else if (!redirectToEmbed()) {
  // `?embed` asks for the embed page, which has its own address (hosts match its framing headers by path).
  // The address may name another timeline folder: show it from the first render, so the featured one never loads.
  showSourceFromLocation()
  // Hydrates a pre-rendered page, or renders the app (src/app/prerender/startPage.tsx).
  void startPage(root)
}
