import { describe, expect, it } from 'vitest'
import { makeEvent } from '../test/fixtures'
import { adjacentShownEvent } from './neighbours'

const a = makeEvent({ start: '1948-06-24' })
const b = makeEvent({ start: '1951-09-08' })
const c = makeEvent({ start: '1953-10-01' })

describe('adjacentShownEvent', () => {
  it('adjacentShownEvent(shown, event, step) steps through the shown events', () => {
    expect(adjacentShownEvent([a, b, c], b, -1)).toBe(a)
    expect(adjacentShownEvent([a, b, c], b, 1)).toBe(c)
  })

  it('adjacentShownEvent(shown, event, step) is null past either end', () => {
    expect(adjacentShownEvent([a, b, c], a, -1)).toBeNull()
    expect(adjacentShownEvent([a, b, c], c, 1)).toBeNull()
  })

  it('adjacentShownEvent(shown, hidden event, step) uses the shown events either side of its time', () => {
    expect(adjacentShownEvent([a, c], b, -1)).toBe(a)
    expect(adjacentShownEvent([a, c], b, 1)).toBe(c)
    expect(adjacentShownEvent([], b, 1)).toBeNull()
  })
})
