import { describe, expect, it } from 'vitest'
import { makeDataset, makeEvent } from '../../test/fixtures'
import { hasKindlessEvents, kindFamily } from './kinds'

describe('kinds', () => {
  it('kindFamily(kind) groups the kinds, and an event with no kind is "other"', () => {
    expect(kindFamily('treaty')).toBe('accord')
    expect(kindFamily('incident')).toBe('force')
    expect(kindFamily(null)).toBe('other')
  })

  it('hasKindlessEvents(dataset) is true only when some event names no kind', () => {
    expect(hasKindlessEvents(null)).toBe(false)
    expect(hasKindlessEvents(makeDataset([makeEvent()]))).toBe(false)
    expect(
      hasKindlessEvents(makeDataset([makeEvent(), makeEvent({ kind: null })])),
    ).toBe(true)
  })
})
