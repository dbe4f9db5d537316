import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { showSourceFromLocation } from '../url/contentSourceUrl'
import { redirectToEmbed } from '../url/embedUrl'
import '../ui/global.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
// `?embed` asks for the embed page, which has its own address (hosts match its framing headers by path).
if (!redirectToEmbed()) {
  // The address may name another timeline folder: show it from the first render, so the featured one never loads.
  showSourceFromLocation()
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
