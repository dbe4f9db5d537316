import { describe, expect, it } from 'vitest'
import { makeDataset, makeEvent } from '../../test/fixtures'
import { paddedExtent } from './buildDataset'

const YEAR_MS = 365 * 24 * 3600 * 1000

describe('paddedExtent(extent)', () => {
  it('adds 3% of the extent on each side', () => {
    const span = 100 * YEAR_MS
    expect(paddedExtent([0, span])).toEqual([-3 * YEAR_MS, span + 3 * YEAR_MS])
  })

  it('adds at least a year on each side', () => {
    expect(paddedExtent([0, 864e5])).toEqual([-YEAR_MS, 864e5 + YEAR_MS])
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
