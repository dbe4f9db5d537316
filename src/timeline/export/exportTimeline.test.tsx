import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useTimelineStore } from '../../store/timelineStore'
import { makeDataset, makeEvent } from '../../test/fixtures'
import { ExportButtons } from './ExportButtons'
import { timelineExport } from './exportTimeline'
import { svgToPng } from './exportPng'
import { makeColoursPortable, portableColour } from './portableColours'
import { standaloneSvg } from './serializeSvg'
import { findTimelineSvg } from './timelineDrawing'

/** A stand-in for the timeline region: a styled svg, an icon svg and HTML that must not travel. */
function FakeTimeline() {
  return (
    <section
      aria-label="Timeline"
      style={{ backgroundColor: 'rgb(29, 32, 38)' }}
    >
      <svg width="16" height="16" aria-hidden="true">
        <path d="M0 0" />
      </svg>
      <svg className="overview" width="600" height="30">
        {Array.from({ length: 40 }, (_, i) => (
          <rect key={i} x={i * 10} width="4" height="10" />
        ))}
      </svg>
      <div className="stage">
        <svg className="tl-svg" width="600" height="200">
          <g className="marks" style={{ transform: 'translate(40px, 0px)' }}>
            <circle
              className="mark"
              cx="10"
              cy="10"
              r="5"
              tabIndex={0}
              role="button"
              aria-label="Berlin Airlift"
            />
            <text className="label" x="20" y="15">
              {'Airlift <script>alert(1)</script> & co'}
            </text>
            <foreignObject width="10" height="10">
              <div>html</div>
            </foreignObject>
          </g>
          <g className="tl-playhead">
            <line id="playhead-line" x1="5" x2="5" y2="200" />
          </g>
        </svg>
        <canvas width="600" height="160" />
      </div>
    </section>
  )
}

const styles =
  '.mark { fill: rgb(31, 78, 140); stroke: rgb(255, 255, 255); } .label { font-size: 12px; }'

let style: HTMLStyleElement
let blobs: Blob[] = []
let fileNames: string[] = []

beforeEach(() => {
  blobs = []
  fileNames = []
  style = document.createElement('style')
  style.textContent = styles
  document.head.append(style)
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
  style.remove()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

describe('findTimelineSvg(root)', () => {
  it('finds the main drawing in the region named Timeline, passing over icons and the overview', () => {
    render(<FakeTimeline />)
    // The largest by area, not by element count: the overview strip has more elements.
    expect(findTimelineSvg()).toHaveAttribute('height', '200')
  })

  it('finds nothing when there is no Timeline region', () => {
    render(<svg width="10" height="10" />)
    expect(findTimelineSvg()).toBeNull()
  })
})

/** The standalone svg as a file's text, and its size. */
function serializeSvg(svg: SVGSVGElement, title: string) {
  const { element, widthPx, heightPx } = standaloneSvg(svg, title)
  return {
    text: new XMLSerializer().serializeToString(element),
    widthPx,
    heightPx,
  }
}

describe('standaloneSvg(svg, title)', () => {
  it('writes a standalone document with computed colours inline and page-only parts removed', () => {
    render(<FakeTimeline />)
    const { text, widthPx, heightPx } = serializeSvg(
      findTimelineSvg()!,
      'Precedents & <peace>',
    )
    expect([widthPx, heightPx]).toEqual([600, 200])
    expect(text).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(text).toContain('viewBox="0 0 600 200"')
    // A layer React moves with style={{ transform }} keeps its place, as an attribute every viewer reads.
    expect(text).toMatch(/<g transform="translate\(40px, 0px\)"/)
    expect(text).toContain('<title>Precedents &amp; &lt;peace&gt;</title>')
    expect(text).toContain(
      '<rect width="100%" height="100%" fill="rgb(29, 32, 38)"/>',
    )
    // Presentation attributes, not style attributes: the page's CSP allows no inline styles.
    expect(text).toMatch(/<circle [^>]*fill="rgb\(31, 78, 140\)"/)
    expect(text).toMatch(/<text [^>]*font-size="12px"/)
    expect(text).toContain(
      'Airlift &lt;script&gt;alert(1)&lt;/script&gt; &amp; co',
    )
    expect(text).not.toMatch(
      /class=|\sstyle=|tabindex|role=|foreignObject|<div/,
    )
  })
})

describe('timelineExport(state, options) in the aligned lens', () => {
  it('frames the drawn svg with the title and the credit, without the playhead unless the selection is included', () => {
    render(<FakeTimeline />)
    useTimelineStore.getState().setLens('aligned')
    const options = {
      format: 'svg',
      size: 'column',
      includeSelection: false,
      pageUrl: 'https://example.org/',
    } as const
    const made = timelineExport(useTimelineStore.getState(), options)
    expect(made?.fileName).toBe('test-timeline-aligned.svg')
    expect(made?.svg.widthPx).toBe(1200)
    expect(made?.svg.text).toMatch(/<text [^>]*>Test timeline<\/text>/)
    expect(made?.svg.text).toContain(
      '>Source: Test timeline · https://example.org/</text>',
    )
    // The drawing, scaled to the frame's inner width below the heading.
    expect(made?.svg.text).toMatch(/<svg [^>]*viewBox="0 0 600 200"[^>]*x="32"/)
    expect(made?.svg.text).toMatch(/<svg [^>]*width="1136" height="[\d.]+"/)
    expect(made?.svg.text).not.toContain('playhead-line')
    const withSelection = timelineExport(useTimelineStore.getState(), {
      ...options,
      includeSelection: true,
    })
    expect(withSelection?.svg.text).toContain('playhead-line')
  })
})

describe('portableColour(value)', () => {
  it('writes CSS Color 4 srgb colours as rgba() for other SVG viewers', () => {
    expect(portableColour('color(srgb 0.639216 0.203922 0.290196 / 0.2)')).toBe(
      'rgba(163, 52, 74, 0.2)',
    )
    expect(portableColour('color(srgb 1 1 1)')).toBe('rgba(255, 255, 255, 1)')
    expect(portableColour('url("#tl-fade-gradient")')).toBe(
      'url("#tl-fade-gradient")',
    )
  })
})

describe('makeColoursPortable(svg)', () => {
  it('gives a transparent gradient stop its neighbour’s colour, so the fade does not pass through grey', () => {
    const make = (tag: string, attributes: Record<string, string>) => {
      const el = document.createElementNS('http://www.w3.org/2000/svg', tag)
      for (const [name, value] of Object.entries(attributes))
        el.setAttribute(name, value)
      return el
    }
    const svg = make('svg', {})
    const gradient = make('linearGradient', {})
    const from = make('stop', { offset: '0', 'stop-color': 'rgba(0, 0, 0, 0)' })
    const to = make('stop', { offset: '1', 'stop-color': 'rgb(255, 250, 240)' })
    gradient.append(from, to)
    svg.append(gradient)
    document.body.append(svg)
    makeColoursPortable(svg)
    expect(from).toHaveAttribute('stop-color', 'rgb(255, 250, 240)')
    expect(from).toHaveAttribute('stop-opacity', '0')
    expect(to).toHaveAttribute('stop-color', 'rgb(255, 250, 240)')
    expect(to).not.toHaveAttribute('stop-opacity')
    svg.remove()
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

  it('says so when there is no drawing to download (the aligned lens not drawn yet)', async () => {
    const user = userEvent.setup()
    useTimelineStore.getState().setLens('aligned')
    render(<ExportButtons />)
    await user.click(screen.getByRole('button', { name: 'Download SVG' }))
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'There is no timeline drawing to download yet.',
      ),
    )
    expect(fileNames).toEqual([])
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
