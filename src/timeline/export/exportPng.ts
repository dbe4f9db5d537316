import type { SerializedSvg } from './figureSvg'

/** Device pixels per CSS pixel in the PNG: sharp on high-density screens and in print. */
export const PNG_SCALE = 2

/** Load an SVG document as an image through a blob: URL (allowed by the CSP's img-src). */
function loadSvgImage(svg: SerializedSvg): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(
    new Blob([svg.text], { type: 'image/svg+xml' }),
  )
  return new Promise<HTMLImageElement>((resolve, reject) => {
    const image = new Image(svg.widthPx, svg.heightPx)
    image.onload = () => resolve(image)
    image.onerror = () =>
      reject(new Error('the timeline drawing could not be read as an image'))
    image.src = url
  }).finally(() => URL.revokeObjectURL(url))
}

/** Rasterise a serialised SVG at `scale` device pixels per CSS pixel. */
export async function svgToPng(
  svg: SerializedSvg,
  scale = PNG_SCALE,
): Promise<Blob> {
  const image = await loadSvgImage(svg)
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(svg.widthPx * scale)
  canvas.height = Math.round(svg.heightPx * scale)
  const context = canvas.getContext('2d')
  if (!context) throw new Error('this browser cannot draw to a canvas')
  context.scale(scale, scale)
  context.drawImage(image, 0, 0, svg.widthPx, svg.heightPx)
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob
          ? resolve(blob)
          : reject(new Error('the PNG could not be encoded')),
      'image/png',
    ),
  )
}
