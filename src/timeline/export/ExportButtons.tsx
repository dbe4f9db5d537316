import { useId, useState } from 'react'
import { useTimelineStore } from '../../store/timelineStore'
import { FIGURE_SIZES, type FigureSize } from './figureSizes'
import type { ExportFormat } from './exportTimeline'
import './ExportButtons.css'

// The drawing and rasterising code loads on the first click (few readers download), not with the page.
const loadExporter = () =>
  import('./exportTimeline').then((m) => m.exportTimeline)

const SIZES = Object.entries(FIGURE_SIZES) as [
  FigureSize,
  (typeof FIGURE_SIZES)[FigureSize],
][]

/** The page's address without its fragment, for the figure's credit line. */
const pageUrl = () => location.href.replace(/#.*$/, '')

/**
 * "Download SVG" and "Download PNG": the timeline's current window and filters as a figure to publish (title,
 * range, legend, credit), at a column's or a slide's size; the selection and playhead only when "Include
 * selection" is ticked. Self-contained: it reads the store, so it can sit in any toolbar or menu.
 */
export function ExportButtons() {
  const dataset = useTimelineStore((s) => s.dataset)
  const [status, setStatus] = useState('')
  const [isBusy, setBusy] = useState(false)
  const [size, setSize] = useState<FigureSize>('column')
  const [includeSelection, setIncludeSelection] = useState(false)
  const sizeId = useId()
  if (!dataset) return null

  const download = async (format: ExportFormat) => {
    if (isBusy) return
    setBusy(true)
    setStatus(`Preparing the ${format.toUpperCase()}…`)
    try {
      const exportTimeline = await loadExporter()
      const isMade = await exportTimeline(useTimelineStore.getState(), {
        format,
        size,
        includeSelection,
        pageUrl: pageUrl(),
      })
      setStatus(isMade ? '' : 'There is no timeline drawing to download yet.')
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
      <div className="export-row">
        <label className="export-option" htmlFor={sizeId}>
          Size
        </label>
        <select
          id={sizeId}
          className="export-size"
          value={size}
          onChange={(e) => setSize(e.target.value as FigureSize)}
        >
          {SIZES.map(([value, { label }]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <label className="export-option">
          <input
            type="checkbox"
            checked={includeSelection}
            onChange={(e) => setIncludeSelection(e.target.checked)}
          />
          Include selection
        </label>
      </div>
      <div className="export-row">
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
      </div>
      <p className="export-status" role="status">
        {status}
      </p>
    </div>
  )
}
