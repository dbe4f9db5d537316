import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { EmbedApp } from './EmbedApp'
import { showSourceFromLocation } from '../url/contentSourceUrl'
import '../ui/global.css'

const root = document.getElementById('root')
if (!root) throw new Error('embed.html has no #root element')
showSourceFromLocation()
createRoot(root).render(
  <StrictMode>
    <EmbedApp />
  </StrictMode>,
)
