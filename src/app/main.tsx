import { lazy, StrictMode, Suspense } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
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
// `?embed` asks for the embed page, which has its own address (hosts match its framing headers by path).
if (isEmbed || !redirectToEmbed()) {
  // The address may name another timeline folder: show it from the first render, so the featured one never loads.
  showSourceFromLocation()
  createRoot(root).render(
    <StrictMode>
      {isEmbed ? (
        <Suspense fallback={null}>
          <EmbedApp />
        </Suspense>
      ) : (
        <App />
      )}
    </StrictMode>,
  )
}
