import { describe, expect, it } from 'vitest'
import { timeScale } from '../axis/scales'
import { makeEra } from '../../test/fixtures'
import { eraBands } from './eraBands'

const x = timeScale([Date.UTC(1940, 0, 1), Date.UTC(1960, 0, 1)], 1000)

describe('eraBands(eras, x, widthPx)', () => {
  it('gives each visible era its edges in px and its label just inside', () => {
    const [band] = eraBands([makeEra('Occupation', '1945', '1949')], x, 1000)
    expect(band).toMatchObject({ title: 'Occupation', label: 'Occupation' })
    expect(band!.x0).toBeCloseTo(250, 0)
    expect(band!.x1).toBeCloseTo(500, 0)
    expect(band!.labelX).toBeCloseTo(256, 0)
  })

  it('clips a band to the view and keeps its label on screen', () => {
    const [band] = eraBands([makeEra('War', '1930', '1945')], x, 1000)
    expect(band!.x0).toBe(0)
    expect(band!.labelX).toBe(6)
    expect(band!.label).toBe('War')
  })

  it('leaves out eras outside the view', () => {
    expect(eraBands([makeEra('Later', '1970', '1980')], x, 1000)).toEqual([])
  })

  it('cuts a long label to the band, and drops it when the band is too narrow', () => {
    const bands = eraBands(
      [
        makeEra(
          'The long years of reconstruction and division',
          '1945',
          '1946',
        ),
        makeEra('Blockade', '1948-06', '1948-07'),
      ],
      x,
      1000,
    )
    expect(bands[0]!.label).toMatch(/^The long.*…$/)
    expect(bands[1]!.label).toBe('')
  })

  it('puts the label of an overlapping era on the second row, and a third overlapping era unlabelled', () => {
    const bands = eraBands(
      [
        makeEra('Cold War', '1947', '1959'),
        makeEra('Korean War', '1948', '1953'),
        makeEra('Third', '1948-02', '1958'),
      ],
      x,
      1000,
    )
    expect(bands.map((b) => [b.label, b.labelRow])).toEqual([
      ['Cold War', 0],
      ['Korean War', 1],
      ['', 0],
    ])
    expect(bands.map((b) => b.isAlternate)).toEqual([false, true, false])
  })
})
