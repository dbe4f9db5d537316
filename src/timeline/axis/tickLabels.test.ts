import { describe, expect, it } from 'vitest'
import { axisTicks, timeScale } from './scales'
import { placeTickLabels, tickLabelWidthPx } from './tickLabels'

const DAY = 864e5
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`)

/** Windows from a fortnight to eighty years, ending at the essay's summer. */
const SPANS_DAYS = [
  14, 20, 45, 90, 200, 273, 400, 800, 2000, 5500, 12000, 30000,
]
const WIDTHS = Array.from({ length: 161 }, (_, i) => 320 + i * 10)

function placed(spanDays: number, widthPx: number, reserve = 0, shiftDays = 0) {
  const end = at('2025-09-01') - shiftDays * DAY
  const x = timeScale([end - spanDays * DAY, end], widthPx)
  const ticks = axisTicks(x, widthPx).map((t) => ({ ...t, px: x(t.timeMs) }))
  return placeTickLabels(ticks, widthPx, {
    reserveLeftPx: reserve,
    reserveRightPx: 0,
  })
}

describe('placeTickLabels', () => {
  it('placeTickLabels leaves no two labels overlapping and none past an edge, from 320 to 1920 px', () => {
    const problems: string[] = []
    for (const spanDays of SPANS_DAYS)
      for (const widthPx of WIDTHS)
        for (const [reserve, shift] of [
          [0, 0],
          [24, 0],
          [0, 10],
          [24, 17],
          [0, 200],
        ] as const) {
          const shown = placed(spanDays, widthPx, reserve, shift).filter(
            (t) => t.labelX !== null,
          )
          if (shown.length === 0)
            problems.push(`${spanDays}d/${widthPx}px: none`)
          shown.forEach((t, i) => {
            const right = t.labelX! + tickLabelWidthPx(t)
            if (t.labelX! < reserve || right > widthPx)
              problems.push(
                `${spanDays}d/${widthPx}px: ${t.label} past an edge`,
              )
            const next = shown[i + 1]
            if (next && right + 6 > next.labelX!)
              problems.push(
                `${spanDays}d/${widthPx}px: ${t.label} into ${next.label}`,
              )
          })
        }
    expect(problems).toEqual([])
  })

  it('placeTickLabels labels every tick when they fit, each just right of its line', () => {
    // The last tick sits on the right edge: no room for its label there.
    const ticks = placed(273, 1440)
    expect(ticks.slice(0, -1).every((t) => t.labelX === t.px + 3)).toBe(true)
    expect(ticks.at(-1)).toMatchObject({ px: 1440, labelX: null })
  })

  it('placeTickLabels moves a first label clear of the waiting playhead', () => {
    const ticks = [
      { timeMs: 0, label: '2025', isMajor: true, px: 0 },
      { timeMs: 1, label: 'Feb', isMajor: false, px: 160 },
    ]
    const [first, second] = placeTickLabels(ticks, 1440, {
      reserveLeftPx: 24,
      reserveRightPx: 0,
    })
    expect(first!.labelX).toBe(24)
    expect(second!.labelX).toBe(163)
  })

  it('placeTickLabels drops every other label rather than let "12 Aug 2025" run into "14 Aug"', () => {
    const ticks = [
      { timeMs: 0, label: '12 Aug 2025', isMajor: false, px: 10 },
      { timeMs: 1, label: '14 Aug', isMajor: false, px: 60 },
      { timeMs: 2, label: '16 Aug', isMajor: false, px: 110 },
      { timeMs: 3, label: '18 Aug', isMajor: false, px: 160 },
    ]
    const labels = placeTickLabels(ticks, 390, {
      reserveLeftPx: 0,
      reserveRightPx: 0,
    }).map((t) => (t.labelX === null ? null : t.label))
    expect(labels).toEqual(['12 Aug 2025', null, '16 Aug', null])
  })
})
