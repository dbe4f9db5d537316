/**
 * `colour` with its alpha set to zero, for the transparent end of a canvas gradient, or null when the
 * colour is not hex or rgb(). A gradient to the keyword `transparent` (black at zero alpha) fades through
 * grey; canvas gradients do not accept `color-mix()`. Tokens arrive minified (`#fff`), so short hex counts.
 */
export function zeroAlpha(colour: string): string | null {
  const value = colour.trim()
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(value)?.[1]
  if (hex) {
    const full =
      hex.length <= 4 ? [...hex.slice(0, 3)].map((c) => c + c).join('') : hex
    return `#${full.slice(0, 6)}00`
  }
  const rgb =
    /^rgba?\(\s*([\d.]+%?)[\s,]+([\d.]+%?)[\s,]+([\d.]+%?)\s*(?:[,/]\s*[\d.]+%?\s*)?\)$/i.exec(
      value,
    )
  if (rgb) return `rgba(${rgb[1]}, ${rgb[2]}, ${rgb[3]}, 0)`
  return null
}
