import { describe, expect, it } from 'vitest'
import { rowLabelColumn, ROW_LABEL_PX, widthAt } from './figureLabels'

const row = (label: string) => ({ key: label, label, count: 1 })

describe('rowLabelColumn(rowsChoice)', () => {
  it('rowLabelColumn sizes the column from the widest row name, and takes none without rows', () => {
    expect(rowLabelColumn(null)).toEqual({ labels: [], gutterPx: 0 })
    const short = rowLabelColumn({
      facet: 'country',
      rows: [row('Japan'), row('United States')],
    })
    expect(short.labels).toEqual(['Japan', 'United States'])
    expect(short.gutterPx).toBeGreaterThan(
      widthAt('United States', ROW_LABEL_PX),
    )
    expect(short.gutterPx).toBeLessThan(
      widthAt('United States', ROW_LABEL_PX) * 1.1 + 20,
    )
  })

  it('rowLabelColumn ends a name too long for the column with …, so the plot keeps its width', () => {
    const long =
      'Organisation for Security and Co-operation in Europe (the Helsinki process)'
    const { labels, gutterPx } = rowLabelColumn({
      facet: 'group',
      rows: [row('Japan'), row(long)],
    })
    expect(labels[1]).toMatch(/^Organisation for .*…$/)
    expect(gutterPx).toBeLessThanOrEqual(170 + 14)
  })
})
