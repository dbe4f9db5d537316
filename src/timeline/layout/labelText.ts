import { LABEL_FONT_PX } from './geometry'

/**
 * Label widths estimated from their characters, without measuring the DOM (jsdom has no layout, and measuring
 * 10,000 labels would force layout). The estimate errs wide so that estimated-clear labels are clear.
 */

/** Approximate advance of a character as a fraction of the font size (sans-serif, slightly generous). */
function advanceEm(ch: string): number {
  if (" .,:;'!|ijlI()[]".includes(ch)) return 0.3
  if ('ftr-/'.includes(ch)) return 0.4
  if ('mwMW%@'.includes(ch)) return 0.9
  if (ch >= 'A' && ch <= 'Z') return 0.72
  return 0.6
}

/** `advanceEm` for each ASCII code, worked out once: the 10,000 titles of a large file are read char by char. */
const ASCII_EM = Float64Array.from({ length: 128 }, (_, code) =>
  advanceEm(String.fromCharCode(code)),
)
/** Every character past ASCII (accents, dashes, emoji) takes the default advance. */
const OTHER_EM = 0.6

/** Semibold or bold text runs up to a tenth wider than `textWidthPx`'s regular estimate. */
export const BOLD_WIDTH_RATIO = 1.1

/** Estimated width in px of `text` at the label font size. A surrogate pair counts as one character. */
export function textWidthPx(text: string): number {
  let em = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 128) {
      em += ASCII_EM[code]!
      continue
    }
    em += OTHER_EM
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i += 1
    }
  }
  return em * LABEL_FONT_PX
}

const titleWidths = new WeakMap<object, number>()

/**
 * `textWidthPx(item.title)`, cached per item object (an event): every zoom level of 10,000 events asks again,
 * and an identity lookup is far cheaper than hashing long strings.
 */
export function titleWidthPx(item: { readonly title: string }): number {
  let width = titleWidths.get(item)
  if (width === undefined) {
    width = textWidthPx(item.title)
    titleWidths.set(item, width)
  }
  return width
}

const ELLIPSIS = '…'

/**
 * `text` shortened to fit `maxPx`: whole when it fits, else cut at a character and ended with an ellipsis,
 * or '' when not even one character and the ellipsis fit.
 */
export function fitText(text: string, maxPx: number): string {
  if (textWidthPx(text) <= maxPx) return text
  const budget = maxPx - advanceEm(ELLIPSIS) * LABEL_FONT_PX
  let used = 0
  let end = 0
  const chars = [...text]
  for (const ch of chars) {
    const w = advanceEm(ch) * LABEL_FONT_PX
    if (used + w > budget) break
    used += w
    end += 1
  }
  if (end === 0) return ''
  return chars.slice(0, end).join('').trimEnd() + ELLIPSIS
}

/** The playhead's date chip, px: its text is bold (about a tenth wider than a label), in a 7 px padded pill. */
export function chipWidthPx(text: string): number {
  return textWidthPx(text) * 1.1 + 14
}
