/**
 * Colours that every SVG viewer reads the same way. Browsers write modern CSS colours (`color-mix()`,
 * `color(srgb …)`) that many viewers and editors cannot parse, and SVG gradients interpolate without
 * premultiplied alpha, so a fade to "transparent" (transparent black) passes through grey where the screen
 * (canvas, CSS) shows a clean fade. Runs in the browser on an exported SVG.
 */

type Rgba = { r: number; g: number; b: number; a: number }

const SRGB =
  /color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)/g
const RGBA =
  /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/

/** `color(srgb r g b / a)` (channels 0–1) as `rgba()` (channels 0–255); other text unchanged. */
export function portableColour(value: string): string {
  return value.replace(
    SRGB,
    (_, r: string, g: string, b: string, a?: string) => {
      const channel = (c: string) =>
        Math.round(Math.min(1, Math.max(0, Number(c))) * 255)
      return `rgba(${channel(r)}, ${channel(g)}, ${channel(b)}, ${a === undefined ? 1 : Number(a)})`
    },
  )
}

/** A colour as the browser computes it, as numbers; null when it cannot be read (jsdom, `url(…)`, `none`). */
function resolve(value: string, doc: Document): Rgba | null {
  const probe = doc.createElement('span')
  probe.style.color = value
  if (probe.style.color === '') return null
  doc.body.append(probe)
  const computed = portableColour(getComputedStyle(probe).color)
  probe.remove()
  const match = RGBA.exec(computed)
  if (!match) return null
  const alpha =
    match[4] === undefined
      ? 1
      : match[4].endsWith('%')
        ? parseFloat(match[4]) / 100
        : Number(match[4])
  return {
    r: Number(match[1]),
    g: Number(match[2]),
    b: Number(match[3]),
    a: alpha,
  }
}

const rgbaText = ({ r, g, b, a }: Rgba) =>
  a === 1 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${a})`

const COLOUR_ATTRIBUTES = ['fill', 'stroke', 'stop-color'] as const

/**
 * Rewrite `svg`'s colour attributes that use functions viewers may not know (`color-mix()`, `color()`) as
 * `rgb()`/`rgba()`, and give each fully transparent gradient stop its neighbour's colour at opacity 0 so
 * fades look as they do on screen. Values the browser cannot resolve are left as they are.
 */
export function makeColoursPortable(svg: Element): void {
  const doc = svg.ownerDocument
  for (const el of [svg, ...svg.querySelectorAll('*')])
    for (const name of COLOUR_ATTRIBUTES) {
      const value = el.getAttribute(name)
      if (!value || !/\b(color-mix|color)\(/.test(value)) continue
      const colour = resolve(value, doc)
      if (colour) el.setAttribute(name, rgbaText(colour))
    }
  for (const gradient of svg.querySelectorAll(
    'linearGradient, radialGradient',
  )) {
    const stops = [...gradient.querySelectorAll('stop')]
    const colours = stops.map((stop) => {
      const value = stop.getAttribute('stop-color')
      return value ? resolve(value, doc) : null
    })
    stops.forEach((stop, i) => {
      const colour = colours[i]
      if (!colour || colour.a > 0) return
      const neighbour = [colours[i + 1], colours[i - 1]].find(
        (c) => c && c.a > 0,
      )
      if (!neighbour) return
      stop.setAttribute('stop-color', rgbaText({ ...neighbour, a: 1 }))
      stop.setAttribute('stop-opacity', '0')
    })
  }
}
