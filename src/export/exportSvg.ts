import { downloadBlob } from './download'
import { findTimelineSvg, serializeSvg } from './serializeSvg'

/**
 * Download the timeline as drawn now (filters and zoom included) as an SVG file. Returns false when no
 * timeline drawing is on the page (nothing loaded yet).
 */
export function exportSvg(
  title: string,
  fileName: string,
  root: ParentNode = document,
): boolean {
  const svg = findTimelineSvg(root)
  if (!svg) return false
  const { text } = serializeSvg(svg, title)
  downloadBlob(new Blob([text], { type: 'image/svg+xml' }), fileName)
  return true
}
