import { describe, expect, it } from 'vitest'
import { date, makeDataset, makeEvent } from '../../test/fixtures'
import { placeMarkers, timelineMarkers } from './markers'

const dataset = {
  ...makeDataset([makeEvent()]),
  markers: [{ date: date('2015-02'), label: 'Minsk II signed' }],
}

describe('timelineMarkers', () => {
  it('timelineMarkers(dataset) marks asOf as the essay’s date, then the data’s own markers, in time order', () => {
    expect(timelineMarkers(dataset)).toEqual([
      {
        key: 'marker-0',
        timeMs: Date.UTC(2015, 1, 1),
        label: 'Minsk II signed: February 2015',
      },
      {
        key: 'asOf',
        timeMs: Date.UTC(2025, 7, 31),
        label: 'Essay written: 31 August 2025',
      },
    ])
  })
})

describe('placeMarkers', () => {
  const one = [
    { key: 'a', timeMs: 500, label: 'Essay written: 31 August 2025' },
  ]
  const px = (t: number) => t

  it('placeMarkers puts the label left of its line when it fits, else right, and leaves out markers off-screen', () => {
    expect(placeMarkers(one, px, 1000, null)[0]!.label).toEqual({
      x: 496,
      anchor: 'end',
      text: 'Essay written: 31 August 2025',
    })
    expect(placeMarkers(one, (t) => t - 450, 1000, null)[0]!.label).toEqual({
      x: 54,
      anchor: 'start',
      text: 'Essay written: 31 August 2025',
    })
    expect(placeMarkers(one, (t) => t + 600, 1000, null)).toEqual([])
  })

  it('placeMarkers hides a label rather than draw it over the playhead’s handle', () => {
    // The handle sits on the line: neither side is free.
    expect(placeMarkers(one, px, 1000, 480)[0]!.label).toEqual({
      x: 504,
      anchor: 'start',
      text: 'Essay written: 31 August 2025',
    })
    expect(placeMarkers(one, (t) => t + 480, 1000, 900)[0]!.label).toBeNull()
  })

  it('placeMarkers, given a way to cut labels, ellipsises one with no room for its words rather than leave it out', () => {
    const fit = (text: string, maxPx: number) =>
      text.slice(0, Math.floor(maxPx / 5)) + '…'
    const measure = (text: string) => text.length * 5
    // 29 characters, 145 px: neither 100 px to the left nor 60 to the right holds them.
    const [placed] = placeMarkers(one, (t) => t - 400, 160, null, {
      measure,
      fit,
    })
    expect(placed!.label).toEqual({
      x: 96,
      anchor: 'end',
      text: 'Essay written: 31 …',
    })
    expect(placeMarkers(one, (t) => t - 400, 160, null)[0]!.label).toBeNull()
  })
})
