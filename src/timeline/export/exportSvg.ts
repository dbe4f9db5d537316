import { downloadBlob } from '../../ui/downloadBlob'
import { serializeTimeline } from './timelineDrawing'

/**
 * Download the timeline as drawn now (filters and zoom included) as an SVG file. Returns false when no
 * timeline drawing is on the page (nothing loaded yet).
 */
export function exportSvg(
  title: string,
  fileName: string,
  root: ParentNode = document,
): boolean {
  const drawing = serializeTimeline(title, root)
  if (!drawing) return false
  downloadBlob(new Blob([drawing.text], { type: 'image/svg+xml' }), fileName)
  return true
}
