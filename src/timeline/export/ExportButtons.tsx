import { useState } from 'react'
import { useTimelineStore } from '../../store/timelineStore'
import { exportFileName, fileNameDay } from './download'
import './ExportButtons.css'

// The serialising and rasterising code loads on the first click (few readers download), not with the page.
const EXPORTERS = {
  svg: () => import('./exportSvg').then((m) => m.exportSvg),
  png: () => import('./exportPng').then((m) => m.exportPng),
}

/** "Download SVG" and "Download PNG": the timeline as it is drawn now, filters and zoom included. */
export function ExportButtons() {
  const dataset = useTimelineStore((s) => s.dataset)
  const [status, setStatus] = useState('')
  const [isBusy, setBusy] = useState(false)
  if (!dataset) return null

  const names = (extension: string) => {
    const domain = useTimelineStore.getState().visibleDomain
    const from = domain && fileNameDay(domain[0])
    const to = domain && fileNameDay(domain[1])
    const period = from && to ? ([from, to] as const) : null
    return exportFileName(dataset.title, period, extension)
  }
  const noDrawing = 'There is no timeline drawing to download yet.'

  const download = async (format: keyof typeof EXPORTERS) => {
    if (isBusy) return
    setBusy(true)
    setStatus(`Preparing the ${format.toUpperCase()}…`)
    try {
      const exportTo = await EXPORTERS[format]()
      setStatus((await exportTo(dataset.title, names(format))) ? '' : noDrawing)
    } catch (error) {
      setStatus(
        `The ${format.toUpperCase()} could not be made: ${error instanceof Error ? error.message : String(error)}.`,
      )
    } finally {
      setBusy(false)
    }
  }

  return (
    <div
      className="export-buttons"
      role="group"
      aria-label="Download the timeline"
    >
      <button
        type="button"
        className="button"
        onClick={() => void download('svg')}
        aria-disabled={isBusy}
      >
        Download SVG
      </button>
      <button
        type="button"
        className="button"
        onClick={() => void download('png')}
        aria-disabled={isBusy}
      >
        Download PNG
      </button>
      <p className="export-status" role="status">
        {status}
      </p>
    </div>
  )
}
