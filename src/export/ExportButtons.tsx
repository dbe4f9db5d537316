import { useState } from 'react'
import { toIsoDay } from '../data/dates'
import { useTimelineStore } from '../store/timelineStore'
import { exportFileName } from './download'
import { exportPng } from './exportPng'
import { exportSvg } from './exportSvg'
import './ExportButtons.css'

/** "Download SVG" and "Download PNG": the timeline as it is drawn now, filters and zoom included. */
export function ExportButtons() {
  const dataset = useTimelineStore((s) => s.dataset)
  const [status, setStatus] = useState('')
  const [isBusy, setBusy] = useState(false)
  if (!dataset) return null

  const names = (extension: string) => {
    const domain = useTimelineStore.getState().visibleDomain
    const period = domain
      ? ([toIsoDay(domain[0]), toIsoDay(domain[1])] as const)
      : null
    return exportFileName(dataset.title, period, extension)
  }
  const noDrawing = 'There is no timeline drawing to download yet.'

  const downloadSvg = () => {
    setStatus(exportSvg(dataset.title, names('svg')) ? '' : noDrawing)
  }
  const downloadPng = async () => {
    if (isBusy) return
    setBusy(true)
    try {
      setStatus((await exportPng(dataset.title, names('png'))) ? '' : noDrawing)
    } catch (error) {
      setStatus(
        `The PNG could not be made: ${error instanceof Error ? error.message : String(error)}.`,
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
      <button type="button" onClick={downloadSvg}>
        Download SVG
      </button>
      <button
        type="button"
        onClick={() => void downloadPng()}
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
