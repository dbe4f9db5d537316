import { describe, expect, it } from 'vitest'
import { isNearLinear, NOISE_MS } from './growth'

describe('isNearLinear(growth)', () => {
  it('accepts 4n taking about four times as long as n, and refuses quadratic growth', () => {
    expect(isNearLinear({ nMs: 20, fourNMs: 80 })).toBe(true)
    expect(isNearLinear({ nMs: 20, fourNMs: 140 })).toBe(true)
    expect(isNearLinear({ nMs: 20, fourNMs: 170 })).toBe(false)
    expect(isNearLinear({ nMs: 20, fourNMs: 320 })).toBe(false)
  })

  it('gives small inputs the timer noise as slack', () => {
    expect(isNearLinear({ nMs: 0.1, fourNMs: NOISE_MS })).toBe(true)
    expect(isNearLinear({ nMs: 0.1, fourNMs: NOISE_MS + 1 })).toBe(false)
  })
})
