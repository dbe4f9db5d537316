import { describe, expect, it } from 'vitest'
import { makeEvent } from '../../test/fixtures'
import { layoutEvents } from './layout'
import {
  cachedLayout,
  indexOfItem,
  itemOf,
  itemsBetween,
} from './layoutQueries'

const DAY = 864e5
const origin = Date.parse('2025-01-01T00:00:00Z')
const all = (layout: ReturnType<typeof layoutEvents>) =>
  Array.from({ length: layout.length }, (_, i) => layout.item(i))

describe('itemsBetween / itemOf / indexOfItem', () => {
  const events = ['2025-01-05', '2025-02-05', '2025-03-05', '2025-04-05'].map(
    (start) => makeEvent({ start }),
  )
  const layout = layoutEvents(events, 4 / DAY, origin)

  it('itemsBetween(layout, left, right) returns the items reaching into the window', () => {
    expect(itemsBetween(layout, 100, 250).map((i) => i.events[0])).toEqual([
      events[1],
      events[2],
    ])
  })

  it('itemOf(items, event) finds the item drawing an event', () => {
    const items = all(layout)
    expect(itemOf(items, events[2])?.key).toBe(events[2]!.id)
    expect(indexOfItem(layout, items[3]!)).toBe(3)
  })
})

describe('cachedLayout', () => {
  it('cachedLayout gives the same layout for the same events and level', () => {
    const events = [makeEvent({ start: '2025-01-05' })]
    expect(cachedLayout(events, 1 / DAY, origin)).toBe(
      cachedLayout(events, 1 / DAY, origin),
    )
    expect(cachedLayout(events, 2 / DAY, origin)).not.toBe(
      cachedLayout(events, 1 / DAY, origin),
    )
  })
})
