import { describe, expect, it } from 'vitest'
import { paddedExtent } from '../../data/events/buildDataset'
import { MIN_SPAN_MS } from '../../store/domainMath'
import { makeEvent } from '../../test/fixtures'
import { focusDomain, standsAlone } from './focusDomain'
import { layoutEvents } from '../layout/layout'

const DAY = 864e5
const early = makeEvent({ id: 'early', start: '1950-06-01' })
/** Forty events on consecutive days of 2025: one cluster when eighty years fill 800 px. */
const dense = Array.from({ length: 40 }, (_, i) =>
  makeEvent({
    id: `dense-${i}`,
    start: new Date(Date.UTC(2025, 1, 1 + i)).toISOString().slice(0, 10),
  }),
)
const events = [early, ...dense]
const bounds = paddedExtent([early.timeMs, dense[39]!.timeMs])
const layoutAt = (level: number) => layoutEvents(events, level, bounds[0])

describe('focusDomain', () => {
  it('focusDomain(event, current) keeps current when the event already stands alone in view', () => {
    expect(standsAlone(early, bounds, 800, layoutAt)).toBe(true)
    expect(focusDomain(early, bounds, bounds, 800, layoutAt)).toBe(bounds)
  })

  it('focusDomain zooms in, centred on a clustered event, until it is its own mark', () => {
    const event = dense[20]!
    expect(standsAlone(event, bounds, 800, layoutAt)).toBe(false)
    const domain = focusDomain(event, bounds, bounds, 800, layoutAt)
    expect(standsAlone(event, domain, 800, layoutAt)).toBe(true)
    expect((domain[0] + domain[1]) / 2).toBeCloseTo(event.timeMs, -3)
    expect(domain[1] - domain[0]).toBeGreaterThanOrEqual(MIN_SPAN_MS)
    // The widest such window: one zoom level out, the event is merged again.
    const wider = Math.SQRT2 * (domain[1] - domain[0])
    expect(
      standsAlone(
        event,
        [event.timeMs - wider / 2, event.timeMs + wider / 2],
        800,
        layoutAt,
      ),
    ).toBe(false)
  })

  it('focusDomain stops at MIN_SPAN_MS when same-day events cannot be told apart', () => {
    // More than the lanes can stack or move aside on one day.
    const sameDay = Array.from({ length: 40 }, () =>
      makeEvent({ start: '2025-03-03' }),
    )
    const all = [early, ...sameDay]
    const at = (level: number) => layoutEvents(all, level, bounds[0])
    const domain = focusDomain(sameDay[39]!, bounds, bounds, 800, at)
    expect(domain[1] - domain[0]).toBeCloseTo(MIN_SPAN_MS, -1)
    expect(domain[0]).toBeLessThan(sameDay[39]!.timeMs)
    expect(domain[1]).toBeGreaterThan(sameDay[39]!.timeMs + DAY / 2)
  })

  it('standsAlone is false for an event outside the window', () => {
    expect(
      standsAlone(early, [dense[0]!.timeMs, dense[39]!.timeMs], 800, layoutAt),
    ).toBe(false)
  })
})
