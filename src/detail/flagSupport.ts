let supported: boolean | undefined

/**
 * True when the platform draws flag emoji in colour. Windows shows regional-indicator letters and many Linux
 * systems show empty boxes instead, so flags (pure decoration) are left out there. Tested once, on a tiny
 * canvas: a real flag has coloured pixels, letters and boxes do not. False where canvas is unavailable (jsdom).
 */
export function supportsFlagEmoji(): boolean {
  if (supported !== undefined) return supported
  supported = false
  try {
    const canvas = document.createElement('canvas')
    canvas.width = canvas.height = 16
    const ctx = canvas.getContext('2d', { willReadFrequently: true })
    if (!ctx) return supported
    ctx.textBaseline = 'top'
    ctx.font = '16px sans-serif'
    ctx.fillText('\u{1F1FA}\u{1F1E6}', 0, 0) // Ukraine: blue over yellow
    const { data } = ctx.getImageData(0, 0, 16, 16)
    for (let i = 0; i < data.length; i += 4) {
      const [r = 0, g = 0, b = 0, a = 0] = data.subarray(i, i + 4)
      if (a > 0 && (Math.abs(r - g) > 40 || Math.abs(g - b) > 40)) {
        supported = true
        break
      }
    }
  } catch {
    // No canvas (tests, locked-down browsers): no flags.
  }
  return supported
}
