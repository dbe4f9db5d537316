import { describe, expect, it } from 'vitest'
import {
  bandRows,
  clampRows,
  DEFAULT_BAND,
  MAX_ROWS,
  MIN_ROWS,
  parseBandSize,
} from './bandSize'

describe('bandSize', () => {
  it('clampRows(rows) keeps whole lanes within the limits', () => {
    expect(clampRows(0)).toBe(MIN_ROWS)
    expect(clampRows(7.6)).toBe(8)
    expect(clampRows(99)).toBe(MAX_ROWS)
  })

  it('parseBandSize(text) reads a stored size and refuses anything else', () => {
    expect(parseBandSize('{"isCollapsed":true,"rows":3}')).toEqual({
      isCollapsed: true,
      rows: 3,
    })
    expect(parseBandSize('{"rows":40}')).toEqual({
      isCollapsed: false,
      rows: MAX_ROWS,
    })
    expect(parseBandSize(null)).toBe(DEFAULT_BAND)
    expect(parseBandSize('not json')).toBe(DEFAULT_BAND)
    expect(parseBandSize('"text"')).toBe(DEFAULT_BAND)
  })

  it('bandRows(size, default) is one lane collapsed, the choice or the default open', () => {
    expect(bandRows({ isCollapsed: true, rows: 8 }, 6)).toBe(1)
    expect(bandRows({ isCollapsed: false, rows: 8 }, 6)).toBe(8)
    expect(bandRows(DEFAULT_BAND, 4)).toBe(4)
  })
})
