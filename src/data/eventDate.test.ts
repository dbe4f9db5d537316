import { describe, expect, it } from 'vitest'
import { makeEvent } from '../test/fixtures'
import { eventDateWords, eventMachineDate } from './eventDate'

describe('eventDateWords', () => {
  it('eventDateWords(event) words the dates when the data gives no display date', () => {
    expect(eventDateWords(makeEvent({ start: '1948-06-24' }))).toBe(
      '24 June 1948',
    )
  })

  it('eventDateWords(event) gives the display date instead when set', () => {
    const event = makeEvent({ start: '1948-03', displayDate: 'Spring 1948' })
    expect(eventDateWords(event)).toBe('Spring 1948')
  })
})

describe('eventMachineDate', () => {
  it('eventMachineDate(event) is the start as written for an event on one date', () => {
    expect(eventMachineDate(makeEvent({ start: '1948-03' }))).toBe('1948-03')
  })

  it('eventMachineDate(event) is null for a span', () => {
    expect(
      eventMachineDate(makeEvent({ start: '1948-06-24', end: '1949-09-30' })),
    ).toBeNull()
  })
})
