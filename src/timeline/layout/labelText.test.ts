import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LABEL_FONT_PX } from './geometry'
import { fitText, textWidthPx } from './labelText'

/** The estimate character by character, as first written: the lookup table must agree with it exactly. */
function referenceWidthPx(text: string): number {
  let em = 0
  for (const ch of text) {
    if (" .,:;'!|ijlI()[]".includes(ch)) em += 0.3
    else if ('ftr-/'.includes(ch)) em += 0.4
    else if ('mwMW%@'.includes(ch)) em += 0.9
    else if (ch >= 'A' && ch <= 'Z') em += 0.72
    else em += 0.6
  }
  return em * LABEL_FONT_PX
}

describe('textWidthPx', () => {
  it('textWidthPx(text) weighs narrow, wide and capital letters', () => {
    expect(textWidthPx('il')).toBeCloseTo(0.6 * LABEL_FONT_PX)
    expect(textWidthPx('MW')).toBeCloseTo(1.8 * LABEL_FONT_PX)
    expect(textWidthPx('Ab')).toBeCloseTo(1.32 * LABEL_FONT_PX)
    expect(textWidthPx('é–😀')).toBeCloseTo(1.8 * LABEL_FONT_PX)
  })

  it('textWidthPx(text) equals the per-character estimate for any text, astral characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(textWidthPx(text)).toBe(referenceWidthPx(text))
      }),
    )
  })

  it('fitText(text, maxPx) keeps a fitting text and shortens a long one with an ellipsis', () => {
    expect(fitText('Budapest', 200)).toBe('Budapest')
    const cut = fitText('Budapest Memorandum on Security Assurances', 80)
    expect(cut).toMatch(/…$/)
    expect(textWidthPx(cut)).toBeLessThanOrEqual(80)
  })
})
