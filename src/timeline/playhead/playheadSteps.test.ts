import { describe, expect, it } from 'vitest'
import { makeEvent } from '../../test/fixtures'
import { stepEvent, stepYear } from './playheadSteps'

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`)
const a = makeEvent({ id: 'a', start: '1948-06-24' })
const b = makeEvent({ id: 'b', start: '1953-10-01' })
const c = makeEvent({ id: 'c', start: '1994-12-05' })
const events = [a, b, c]

describe('stepEvent', () => {
  it('stepEvent from nothing goes to the first or last event', () => {
    expect(stepEvent(events, null, null, 1)).toBe(a)
    expect(stepEvent(events, null, null, -1)).toBe(c)
  })

  it('stepEvent from an event goes to its neighbour, null at the ends', () => {
    expect(stepEvent(events, 'b', b.timeMs, 1)).toBe(c)
    expect(stepEvent(events, 'b', b.timeMs, -1)).toBe(a)
    expect(stepEvent(events, 'c', c.timeMs, 1)).toBeNull()
  })

  it('stepEvent from between events steps onto the nearer one in that direction', () => {
    expect(stepEvent(events, 'b', utc('1960-01-01'), -1)).toBe(b)
    expect(stepEvent(events, 'b', utc('1960-01-01'), 1)).toBe(c)
    expect(stepEvent(events, null, utc('1940-01-01'), 1)).toBe(a)
  })

  it('stepEvent goes by time when the current event was filtered out', () => {
    expect(stepEvent([a, c], 'b', b.timeMs, 1)).toBe(c)
    expect(stepEvent([a, c], 'b', b.timeMs, -1)).toBe(a)
  })
})

describe('stepYear', () => {
  it('stepYear moves a calendar year and stops at the bounds', () => {
    expect(stepYear(utc('2024-08-18'), 1, [0, utc('2030-01-01')])).toBe(
      utc('2025-08-18'),
    )
    expect(stepYear(utc('2024-08-18'), -1, [0, utc('2030-01-01')])).toBe(
      utc('2023-08-18'),
    )
    expect(stepYear(utc('2029-08-18'), 1, [0, utc('2030-01-01')])).toBe(
      utc('2030-01-01'),
    )
  })
})
