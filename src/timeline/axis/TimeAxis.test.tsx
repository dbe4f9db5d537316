import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { chipWidthPx } from '../layout/labelText'
import { timeScale } from './scales'
import { TimeAxis } from './TimeAxis'

const WIDTH = 1000
const x = timeScale([Date.UTC(2025, 0, 1), Date.UTC(2025, 8, 30)], WIDTH)

/**
 * Where each drawn tick label starts, px from the axis's left edge. The axis is decoration hidden from
 * assistive technology (the slider carries the date), so its geometry is read from the SVG itself.
 */
/* eslint-disable testing-library/no-node-access */
function labelStarts(container: HTMLElement): number[] {
  return [...container.querySelectorAll('text.tl-tick')].map((text) => {
    const group = text.parentElement!.getAttribute('transform') ?? ''
    const tickPx = Number(/translate\(([-\d.]+)/.exec(group)?.[1])
    return tickPx + Number(text.getAttribute('x'))
  })
}
/* eslint-enable testing-library/no-node-access */

describe('TimeAxis', () => {
  it('keeps its labels clear of a waiting knob and of the date chip beside it', () => {
    const chip = '24 June 1948'
    const { container } = render(
      <svg>
        <TimeAxis
          x={x}
          widthPx={WIDTH}
          plotH={100}
          knobAt="left"
          knobChip={chip}
        />
      </svg>,
    )
    const starts = labelStarts(container)
    expect(starts.length).toBeGreaterThan(3)
    // The knob's 22 px, then 12 px of air and the chip.
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(
      22 + 12 + chipWidthPx(chip),
    )
  })

  it('draws a label near the edge when nothing waits there', () => {
    const { container } = render(
      <svg>
        <TimeAxis x={x} widthPx={WIDTH} plotH={100} />
      </svg>,
    )
    expect(Math.min(...labelStarts(container))).toBeLessThan(22 + 12 + 50)
  })
})
