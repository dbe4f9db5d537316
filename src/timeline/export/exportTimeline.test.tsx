import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useTimelineStore } from '../../store/timelineStore'
import { buildDataset } from '../../data/events/buildDataset'
import {
  AS_OF,
  date,
  makeDataset,
  makeEssay,
  makeEvent,
} from '../../test/fixtures'
import { ExportButtons } from './ExportButtons'
import { LIGHT } from '../paint/canvasTheme'
import { alignedFigure } from './alignedFigure'
import { alignedFigureSvg } from './alignedFigureSvg'
import { timelineExport } from './exportTimeline'
import { svgToPng } from './exportPng'

let blobs: Blob[] = []
let fileNames: string[] = []

beforeEach(() => {
  blobs = []
  fileNames = []
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        blobs.push(blob)
        return `blob:test/${blobs.length}`
      }),
      revokeObjectURL: vi.fn(),
    }),
  )
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    fileNames.push(this.download)
  })
  useTimelineStore
    .getState()
    .loadDataset(makeDataset([makeEvent({ start: '1948-06-24' })]))
})

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

/** What a reader of the file gets: the SVG parsed as XML, as an image viewer or a vector editor would. */
function readSvg(text: string) {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
  return {
    isWellFormed: doc.getElementsByTagName('parsererror').length === 0,
    root: doc.documentElement,
    hasScript:
      doc.querySelector('script, foreignObject, iframe, a') !== null ||
      [...doc.querySelectorAll('*')].some((el) =>
        [...el.attributes].some(
          (a) => a.name.startsWith('on') || /javascript:/i.test(a.value),
        ),
      ),
    hasClassOrStyle: [...doc.querySelectorAll('*')].some(
      (el) => el.hasAttribute('class') || el.hasAttribute('style'),
    ),
    title: doc.querySelector('title')?.textContent,
    texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
  }
}

/** The stroke colour of each milestone flag (a diamond path) in an SVG file's text. */
function flagStrokes(text: string): (string | null)[] {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
  return [...doc.querySelectorAll('path')]
    .filter((p) => /l5,5 l-5,5 l-5,-5 z$/.test(p.getAttribute('d') ?? ''))
    .map((p) => p.getAttribute('stroke'))
}

const guarantee = makeEvent({
  id: 'joins',
  title: 'Joins the alliance',
  start: '1955-05-06',
})
const settled = makeEvent({
  id: 'settled',
  title: 'Reunification',
  start: '1990-10-03',
})
const alignedDataset = buildDataset({
  title: 'Test timeline',
  asOf: AS_OF,
  events: [guarantee, settled],
  essay: makeEssay([['joins'], ['settled']]),
  cases: [
    {
      id: 'divided',
      name: 'Divided country',
      eventIds: ['joins', 'settled'],
      milestones: [
        {
          kind: 'guarantee',
          label: 'Guaranteed <script>alert(1)</script> & co',
          date: date('1955-05-06'),
          eventId: 'joins',
        },
        {
          kind: 'outcome',
          label: 'Reunified',
          date: date('1990-10-03'),
          eventId: 'settled',
        },
      ],
      guarantee: date('1955-05-06'),
      resolved: date('1990-10-03'),
    },
  ],
})

describe('timelineExport(state, options) in the aligned lens', () => {
  const options = {
    format: 'svg',
    size: 'column',
    includeSelection: false,
    pageUrl: 'https://example.org/',
  } as const

  beforeEach(() => {
    useTimelineStore.getState().loadDataset(alignedDataset)
    useTimelineStore.getState().setLens('aligned')
  })

  it('draws the lens from its layout, with nothing on the page: a well-formed, script-free SVG whose words are text', () => {
    const made = timelineExport(useTimelineStore.getState(), options)
    expect(made?.fileName).toBe('test-timeline-aligned.svg')
    expect(made?.svg.widthPx).toBe(1200)
    const svg = readSvg(made!.svg.text)
    expect(svg.isWellFormed).toBe(true)
    expect(svg.root.localName).toBe('svg')
    expect(svg.hasScript).toBe(false)
    // Presentation attributes only: the page's CSP allows no inline styles, and classes mean nothing in a file.
    expect(svg.hasClassOrStyle).toBe(false)
    expect(svg.title).toBe(
      'Test timeline, Aligned by guarantee: years since each guarantee',
    )
    expect(svg.texts.slice(0, 2)).toEqual([
      'Test timeline',
      'Aligned by guarantee: years since each guarantee',
    ])
    expect(svg.texts).toEqual(
      expect.arrayContaining([
        'T = 0',
        'Divided country',
        'Open 35 years, settled 1990',
        // Words from the data stay words, never markup.
        'Guaranteed <script>alert(1)</script> & co',
        'Guarantee (T = 0)',
        'Source: Test timeline · https://example.org/',
      ]),
    )
  })

  it('flags a milestone whose event is filtered out in its milestone’s colour, as on screen', () => {
    const fig = alignedFigure({
      title: 'Test timeline',
      events: [settled],
      filterText: 'Showing 1 of 2 events',
      pageUrl: 'https://example.org/',
      size: 'column',
      cases: alignedDataset.cases,
      eventsById: alignedDataset.eventsById,
      asOf: alignedDataset.asOf,
      selection: null,
    })
    expect(flagStrokes(alignedFigureSvg(fig).text)).toEqual([LIGHT.accent])
  })

  it('leaves the selection and the playhead out unless asked for', () => {
    const store = useTimelineStore.getState()
    store.selectEvent('joins')
    store.scrubToYears(35.4, 'settled')
    const without = readSvg(
      timelineExport(useTimelineStore.getState(), options)!.svg.text,
    )
    expect(without.texts).not.toContain('+35.4 y')
    const withIt = readSvg(
      timelineExport(useTimelineStore.getState(), {
        ...options,
        includeSelection: true,
      })!.svg.text,
    )
    expect(withIt.texts).toContain('+35.4 y')
  })
})

describe('ExportButtons', () => {
  it('"Download SVG" downloads the timeline drawn from the store, no drawing on the page needed', async () => {
    const user = userEvent.setup()
    render(<ExportButtons />)
    await user.click(screen.getByRole('button', { name: 'Download SVG' }))
    // The export code loads on the first click.
    await waitFor(() => expect(fileNames).toHaveLength(1))
    expect(fileNames[0]).toMatch(/^test-timeline-\d{4}(-\d{4})?\.svg$/)
    expect(blobs[0]?.type).toBe('image/svg+xml')
    const text = await blobs[0]!.text()
    expect(text).toMatch(/<text [^>]*>Test timeline<\/text>/)
    expect(text).toMatch(/<svg [^>]*width="1200"/)
  })

  it('offers a slide’s size and the selection, by keyboard', async () => {
    const user = userEvent.setup()
    const event = useTimelineStore.getState().dataset!.events[0]!
    useTimelineStore.getState().selectEvent(event.id)
    render(<ExportButtons />)
    await user.tab()
    expect(screen.getByRole('combobox', { name: 'Size' })).toHaveFocus()
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Size' }),
      'Slide (1920 × 1080 px)',
    )
    await user.tab()
    expect(
      screen.getByRole('checkbox', { name: 'Include selection' }),
    ).toHaveFocus()
    await user.keyboard(' ')
    await user.tab()
    await user.keyboard('{Enter}')
    await waitFor(() => expect(fileNames).toHaveLength(1))
    expect(fileNames[0]).toMatch(/-slide\.svg$/)
    const text = await blobs[0]!.text()
    expect(text).toMatch(/<svg [^>]*width="1920" height="1080"/)
    // The playhead's date badge: there only because the selection is included.
    expect(text).toContain('>24 June 1948</text>')
  })

  it('"Download SVG" in the aligned lens downloads its figure, drawn from the model', async () => {
    const user = userEvent.setup()
    useTimelineStore.getState().loadDataset(alignedDataset)
    useTimelineStore.getState().setLens('aligned')
    render(<ExportButtons />)
    await user.click(screen.getByRole('button', { name: 'Download SVG' }))
    await waitFor(() => expect(fileNames).toHaveLength(1))
    expect(fileNames[0]).toBe('test-timeline-aligned.svg')
    expect(await blobs[0]!.text()).toContain('>Divided country</text>')
  })

  it('"Download PNG" reports a browser that cannot rasterise', async () => {
    const user = userEvent.setup()
    render(<ExportButtons />)
    // jsdom never loads images: make the load fail at once.
    vi.stubGlobal(
      'Image',
      class {
        onerror: (() => void) | null = null
        set src(_url: string) {
          queueMicrotask(() => this.onerror?.())
        }
      },
    )
    await user.click(screen.getByRole('button', { name: 'Download PNG' }))
    expect(
      await screen.findByText(
        /The PNG could not be made: the timeline drawing could not be read/,
      ),
    ).toBeInTheDocument()
  })
})

describe('svgToPng(svg, scale)', () => {
  it('draws the SVG on a canvas at twice its size and encodes a PNG', async () => {
    const drawImage = vi.fn()
    const scale = vi.fn()
    vi.stubGlobal(
      'Image',
      class {
        onload: (() => void) | null = null
        set src(_url: string) {
          queueMicrotask(() => this.onload?.())
        }
      },
    )
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({
      drawImage,
      scale,
    } as unknown as CanvasRenderingContext2D)
    let size: [number, number] = [0, 0]
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation(
      function (this: HTMLCanvasElement, callback: BlobCallback) {
        size = [this.width, this.height]
        callback(new Blob(['png'], { type: 'image/png' }))
      },
    )
    const png = await svgToPng({ text: '<svg/>', widthPx: 600, heightPx: 200 })
    expect(png.type).toBe('image/png')
    expect(size).toEqual([1200, 400])
    expect(scale).toHaveBeenCalledWith(2, 2)
    expect(drawImage).toHaveBeenCalledWith(expect.anything(), 0, 0, 600, 200)
  })
})
