import { describe, expect, it } from 'vitest'
import { makeDataset, makeEvent } from '../../test/fixtures'
import { paddedExtent } from './buildDataset'

const YEAR_MS = 365 * 24 * 3600 * 1000

describe('paddedExtent(extent)', () => {
  it('adds 1% of the extent on each side', () => {
    const span = 100 * YEAR_MS
    expect(paddedExtent([0, span])).toEqual([-YEAR_MS, span + YEAR_MS])
  })

  it('adds at least 30 days on each side', () => {
    const month = 30 * 864e5
    expect(paddedExtent([0, 864e5])).toEqual([-month, 864e5 + month])
  })
})

describe('buildDataset(parts)', () => {
  it('carries the padded bounds of its events, computed once', () => {
    const dataset = makeDataset([
      makeEvent({ start: '1950' }),
      makeEvent({ start: '1990-06-01' }),
    ])
    expect(dataset.extentMs).toEqual([
      Date.UTC(1950, 0, 1),
      Date.UTC(1990, 5, 2),
    ])
    expect(dataset.boundsMs).toEqual(paddedExtent(dataset.extentMs))
  })
})
