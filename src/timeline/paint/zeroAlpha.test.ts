import { describe, expect, it } from 'vitest'
import { zeroAlpha } from './zeroAlpha'

describe('zeroAlpha(colour)', () => {
  it('keeps the colour of hex tokens, short or long, and drops their alpha', () => {
    expect(zeroAlpha('#fff')).toBe('#ffffff00')
    expect(zeroAlpha('#1D2026')).toBe('#1D202600')
    expect(zeroAlpha('#abcd')).toBe('#aabbcc00')
    expect(zeroAlpha('#11223344')).toBe('#11223300')
  })

  it('reads rgb() and rgba() in comma and space syntax', () => {
    expect(zeroAlpha('rgb(29, 32, 38)')).toBe('rgba(29, 32, 38, 0)')
    expect(zeroAlpha('rgba(29,32,38,0.5)')).toBe('rgba(29, 32, 38, 0)')
    expect(zeroAlpha('rgb(29 32 38 / 50%)')).toBe('rgba(29, 32, 38, 0)')
  })

  it('gives null for what it cannot read, so no grey fade is drawn', () => {
    expect(zeroAlpha('white')).toBeNull()
    expect(zeroAlpha('color-mix(in srgb, red, blue)')).toBeNull()
    expect(zeroAlpha('#ggg')).toBeNull()
  })
})
