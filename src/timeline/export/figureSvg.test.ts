import { beforeEach, describe, expect, it } from 'vitest'
import { useTimelineStore } from '../../store/timelineStore'
import { makeDataset, makeEra, makeEvent } from '../../test/fixtures'
import { LIGHT } from '../paint/canvasTheme'
import { figure } from './figure'
import { figureSvg } from './figureSvg'
import { figureInput, timelineExport } from './exportTimeline'

const airlift = makeEvent({
  title: 'Berlin Blockade and Airlift',
  kind: 'operation',
  start: '1948-06-24',
  end: '1949-09-30',
  countries: ['US', 'GB'],
})
const treaty = makeEvent({
  title: 'Treaty of San Francisco',
  kind: 'treaty',
  start: '1951-09-08',
  countries: ['JP', 'US'],
})
const summit = makeEvent({
  title: 'A summit with a rather long name that needs room',
  kind: 'summit',
  start: '1955-07-18',
  countries: ['US', 'SU'],
})
const dataset = makeDataset([airlift, treaty, summit])
const PAGE = 'https://example.org/timeline/?from=1947'

/** The store as a reader left it: filtered, zoomed, an event selected, the playhead on it. */
function readerState() {
  const store = useTimelineStore.getState()
  store.loadDataset(dataset)
  store.setVisibleDomain([Date.UTC(1948, 0, 1), Date.UTC(1956, 6, 1)])
  store.selectEvent(treaty.id)
  store.setActivePassage('p-1')
  // The pointer rests on a mark: hover is never part of a figure.
  store.hoverEvent(airlift.id)
  return useTimelineStore.getState()
}

/** The exported SVG parsed as XML, as a vector editor or an <img> reads it. */
function parsed(
  includeSelection: boolean,
  size: 'column' | 'slide' = 'column',
) {
  const input = figureInput(readerState(), {
    size,
    includeSelection,
    pageUrl: PAGE,
  })!
  const svg = figureSvg(figure(input))
  const doc = new DOMParser().parseFromString(svg.text, 'image/svg+xml')
  return { svg, doc, root: doc.documentElement }
}

const texts = (doc: Document) =>
  [...doc.querySelectorAll('text')].map((t) => t.textContent)
const withAttribute = (doc: Document, name: string, value: string) =>
  [...doc.querySelectorAll('*')].filter((e) => e.getAttribute(name) === value)

beforeEach(() => {
  useTimelineStore.setState(useTimelineStore.getInitialState(), true)
})

describe('figureSvg(figure(input))', () => {
  it('is a well-formed SVG document with no script, handlers, inline styles or foreign content', () => {
    const { svg, doc, root } = parsed(true)
    expect(doc.querySelector('parsererror')).toBeNull()
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg')
    expect(root.localName).toBe('svg')
    expect(svg.text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /)
    expect(doc.querySelector('script, foreignObject, style')).toBeNull()
    for (const el of doc.querySelectorAll('*'))
      for (const { name, value } of el.attributes) {
        expect(name).not.toMatch(/^on|^style$|^class$/)
        expect(value).not.toMatch(/javascript:/i)
      }
  })

  it('writes the title, the visible range, the filters and the credit as text', () => {
    const { doc } = parsed(false)
    const words = texts(doc)
    expect(words.slice(0, 3)).toEqual([
      'Test timeline',
      'May 1948 – August 1955',
      'All 3 events',
    ])
    expect(words).toContain(`Source: Test timeline · ${PAGE}`)
    expect(doc.querySelector('title')?.textContent).toBe(
      'Test timeline, May 1948 – August 1955',
    )
    // The marks' labels are text too: searchable and editable.
    expect(words).toContain('Treaty of San Francisco')
  })

  it('has a legend of the kinds shown, and only those', () => {
    const { doc } = parsed(false)
    const words = texts(doc)
    expect(words).toContain('Treaties and agreements')
    expect(words).toContain('Summits and meetings')
    expect(words).toContain('Operations and conflicts')
    expect(words).not.toContain('Institutions')
  })

  it('leaves out the selection, the playhead and the reading highlight by default', () => {
    const { doc } = parsed(false)
    expect(withAttribute(doc, 'stroke', LIGHT.accent)).toEqual([])
    expect(withAttribute(doc, 'stroke', LIGHT.current)).toEqual([])
    expect(withAttribute(doc, 'fill', LIGHT.highlight)).toEqual([])
    expect(texts(doc)).not.toContain('8 September 1951')
  })

  it('draws them as on screen when the selection is included', () => {
    const { doc } = parsed(true)
    // The selected mark's ring, the playhead's line and date, the cited label's highlight.
    expect(withAttribute(doc, 'stroke', LIGHT.accent)).toHaveLength(1)
    expect(withAttribute(doc, 'stroke', LIGHT.current)).toHaveLength(1)
    expect(texts(doc)).toContain('8 September 1951')
    expect(withAttribute(doc, 'fill', LIGHT.highlight).length).toBeGreaterThan(
      0,
    )
  })

  it('keeps every label inside the plot, whole or ellipsised', () => {
    const store = useTimelineStore.getState()
    // A later event gives the range room past the summit.
    store.loadDataset(
      makeDataset([
        airlift,
        treaty,
        summit,
        makeEvent({ start: '1957-01-01' }),
      ]),
    )
    // The summit starts just left of the right edge: its long title cannot fit whole.
    store.setVisibleDomain([Date.UTC(1948, 0, 1), Date.UTC(1956, 2, 1)])
    const fig = figure(
      figureInput(useTimelineStore.getState(), {
        size: 'column',
        includeSelection: false,
        pageUrl: PAGE,
      })!,
    )
    const doc = new DOMParser().parseFromString(
      figureSvg(fig).text,
      'image/svg+xml',
    )
    const labels = [...doc.querySelectorAll('g[clip-path] text')]
    expect(labels.map((t) => t.textContent)).toContain(
      'Berlin Blockade and Airlift',
    )
    const summitLabel = labels.find((t) =>
      t.textContent?.startsWith('A summit'),
    )
    expect(summitLabel?.textContent).toMatch(/…$/)
    for (const label of labels) {
      const x = Number(label.getAttribute('x'))
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThan(fig.view.widthPx)
    }
  })

  it('is 1200 px wide for a column and 1920×1080 for a slide', () => {
    expect(parsed(false).svg.widthPx).toBe(1200)
    const slide = parsed(false, 'slide')
    expect([slide.svg.widthPx, slide.svg.heightPx]).toEqual([1920, 1080])
    // A parsed XML document's elements are not the page's: read the attribute as text.
    expect(slide.svg.text).toMatch(/<svg [^>]*viewBox="0 0 1280 720"/)
  })
})

describe('timelineExport(state, options)', () => {
  it('names the file after the title and the years shown', () => {
    const made = timelineExport(readerState(), {
      format: 'png',
      size: 'slide',
      includeSelection: false,
      pageUrl: PAGE,
    })
    expect(made?.fileName).toBe('test-timeline-1948-1955-slide.png')
  })

  it('says which filters are active', () => {
    readerState()
    useTimelineStore.getState().setFacets(['JP'])
    const input = figureInput(useTimelineStore.getState(), {
      size: 'column',
      includeSelection: false,
      pageUrl: PAGE,
    })
    expect(input?.filterText).toBe('Showing 1 of 3 events · involving Japan')
  })
})

describe('figureSvg with rows by country', () => {
  beforeEach(() => {
    useTimelineStore.setState(useTimelineStore.getInitialState(), true)
  })

  it('labels every row, as text, and draws a multi-country event in each of its rows', () => {
    const state = readerState()
    const input = figureInput(
      { ...state, rowFacet: 'country' },
      { size: 'column', includeSelection: false, pageUrl: PAGE },
    )!
    const svg = figureSvg(figure(input))
    const doc = new DOMParser().parseFromString(svg.text, 'image/svg+xml')
    expect(texts(doc)).toEqual(
      expect.arrayContaining([
        'United States',
        'Japan',
        'Soviet Union',
        'United Kingdom',
      ]),
    )
    // The treaty is in the United States and Japan rows.
    expect(
      texts(doc).filter((t) => t === 'Treaty of San Francisco'),
    ).toHaveLength(2)
  })
})

describe('figureSvg with eras', () => {
  it('draws the eras in view as labelled bands behind the marks', () => {
    const store = useTimelineStore.getState()
    store.loadDataset(
      makeDataset([airlift, treaty, summit], undefined, [
        makeEra('Occupation', '1945', '1949-05'),
        makeEra('Korean War', '1950-06-25', '1953-07-27'),
        makeEra('Later', '1990', '1991'),
      ]),
    )
    const input = figureInput(useTimelineStore.getState(), {
      size: 'column',
      includeSelection: false,
      pageUrl: PAGE,
    })!
    const doc = new DOMParser().parseFromString(
      figureSvg(figure(input)).text,
      'image/svg+xml',
    )
    const words = texts(doc)
    expect(words).toContain('Occupation')
    expect(words).toContain('Korean War')
    expect(words).not.toContain('Later')
    // Behind the marks: the bands come before the marks' group in document order.
    const label = [...doc.querySelectorAll('text')].find(
      (t) => t.textContent === 'Korean War',
    )!
    const marks = doc.querySelector('[clip-path]')!
    expect(
      label.compareDocumentPosition(marks) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy()
  })
})
