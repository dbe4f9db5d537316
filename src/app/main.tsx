import { startPage } from './prerender/startPage'
import { showSourceFromLocation } from '../url/contentSourceUrl'
import '../ui/global.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
// The address may name another timeline folder: show it from the first render, so the featured one never loads.
showSourceFromLocation()
// Hydrates a pre-rendered page, or renders the app (src/app/prerender/startPage.tsx).
void startPage(root)
