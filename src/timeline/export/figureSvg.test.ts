import { beforeEach, describe, expect, it } from 'vitest'
import { useTimelineStore } from '../../store/timelineStore'
import { date, makeDataset, makeEra, makeEvent } from '../../test/fixtures'
import { AXIS_H } from '../layout/geometry'
import { LIGHT } from '../paint/canvasTheme'
import { figure, legendHeight } from './figure'
import {
  MARKER_PX,
  MARKER_STRIP_H,
  ROW_LABEL_PX,
  widthAt,
} from './figureLabels'
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

/** The figure of `state` (the store as it is, by default) and its SVG parsed as XML, as a vector editor or an <img> reads it. */
function exported({
  state = useTimelineStore.getState(),
  size = 'column',
  includeSelection = false,
}: {
  state?: ReturnType<typeof useTimelineStore.getState>
  size?: 'column' | 'slide'
  includeSelection?: boolean
} = {}) {
  const fig = figure(
    figureInput(state, { size, includeSelection, pageUrl: PAGE })!,
  )
  const svg = figureSvg(fig)
  const doc = new DOMParser().parseFromString(svg.text, 'image/svg+xml')
  return { fig, svg, doc, root: doc.documentElement }
}

/** The figure of the store as a reader left it (`readerState`). */
const parsed = (
  includeSelection: boolean,
  size: 'column' | 'slide' = 'column',
) => exported({ state: readerState(), size, includeSelection })

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
    const { fig, doc } = exported()
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
    const { doc } = exported({
      state: { ...readerState(), rowFacet: 'country' },
    })
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
    const { doc } = exported()
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

/** A text's left and right in figure px: its x plus its groups' translations, and its anchor. */
function textExtent(text: Element, sizePx: number): [number, number] {
  let x = Number(text.getAttribute('x'))
  for (let g = text.parentElement; g; g = g.parentElement) {
    const move = /translate\(([-\d.]+),/.exec(g.getAttribute('transform') ?? '')
    if (move) x += Number(move[1])
  }
  const w = widthAt(text.textContent ?? '', sizePx) * 1.1
  return text.getAttribute('text-anchor') === 'end' ? [x - w, x] : [x, x + w]
}

describe('figureSvg with marked dates', () => {
  const guarantee = makeEvent({
    title: 'Budapest Memorandum',
    kind: 'treaty',
    start: '1994-12-05',
    countries: ['UA', 'US'],
  })
  const summit2025 = makeEvent({
    title: 'Summit in Anchorage',
    kind: 'summit',
    start: '2025-08-15',
    countries: ['US', 'RU'],
  })
  /** Like the featured content: an essay written on `asOf` (31 August 2025), and a date the data marks. */
  function markedFigure(label: string, domain: [string, string]) {
    const store = useTimelineStore.getState()
    store.loadDataset({
      ...makeDataset([guarantee, summit2025]),
      markers: [{ date: date('2019-12-09'), label }],
    })
    store.setVisibleDomain([Date.parse(domain[0]), Date.parse(domain[1])])
    return exported()
  }

  it('writes each marker in the range as text above the axis, whole inside the frame, with its line', () => {
    const { fig, doc } = markedFigure('Normandy summit', [
      '1990-01-01',
      '2026-01-01',
    ])
    expect(doc.querySelector('parsererror')).toBeNull()
    expect(doc.querySelector('script, foreignObject, style')).toBeNull()
    for (const words of [
      'Essay written: 31 August 2025',
      'Normandy summit: 9 December 2019',
    ]) {
      const label = [...doc.querySelectorAll('text')].find(
        (t) => t.textContent === words,
      )
      expect(label?.textContent).toBe(words)
      // In the strip above the axis, where no tick or era label is written.
      expect(Number(label!.getAttribute('y'))).toBeLessThan(0)
      const [left, right] = textExtent(label!, MARKER_PX)
      expect(left).toBeGreaterThanOrEqual(fig.margin)
      expect(right).toBeLessThanOrEqual(fig.widthPx - fig.margin)
    }
    // A dashed line for each, under the marks (before their group).
    const lines = [...doc.querySelectorAll('line[stroke-dasharray="3 3"]')]
    expect(lines.length).toBeGreaterThanOrEqual(2)
    const marks = doc.querySelector('[clip-path]')!
    for (const line of lines)
      expect(
        line.compareDocumentPosition(marks) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy()
  })

  it('keeps the labels of markers close together apart, leaving out one with no room beside its line', () => {
    const store = useTimelineStore.getState()
    store.loadDataset({
      ...makeDataset([
        makeEvent({ title: 'Helsinki Final Act', start: '1975-08-01' }),
        guarantee,
        summit2025,
      ]),
      markers: [
        { date: date('1991-12-26'), label: 'Soviet Union dissolved' },
        { date: date('1994-12-05'), label: 'Budapest Memorandum signed' },
        { date: date('2025-02-28'), label: 'Oval Office meeting' },
      ],
    })
    store.setVisibleDomain([Date.UTC(1990, 0, 1), Date.UTC(2026, 0, 1)])
    const { fig, doc } = exported()
    const labels = [...doc.querySelectorAll('text')]
      .filter((t) => Number(t.getAttribute('y')) < 0)
      .map((t) => textExtent(t, MARKER_PX))
      .sort((a, b) => a[0] - b[0])
    for (const [left, right] of labels) {
      expect(left).toBeGreaterThanOrEqual(fig.margin)
      expect(right).toBeLessThanOrEqual(fig.widthPx - fig.margin)
    }
    // Soviet Union's label runs right, over the Budapest Memorandum's date: that one has no room for words,
    // and neither has the essay's date just after the Oval Office meeting.
    expect(labels).toHaveLength(2)
    const words = texts(doc)
    expect(words).toContain('Soviet Union dissolved: 26 December 1991')
    expect(words).toContain('Oval Office meeting: 28 February 2025')
    // Every marker has its line; none crosses a label above the axis.
    const lines = [...doc.querySelectorAll('line[stroke-dasharray="3 3"]')]
    expect(new Set(lines.map((l) => l.getAttribute('x1'))).size).toBe(4)
    const inStrip = lines
      .filter((l) => Number(l.getAttribute('y1')) < 0)
      .map((l) => Number(l.getAttribute('x1')) + fig.plotLeft)
    expect(inStrip).toHaveLength(3)
    for (const x of inStrip)
      expect(labels.filter(([l, r]) => x > l + 4 && x < r)).toEqual([])
  })

  it('leaves out a marker whose date is outside the range', () => {
    const { fig, doc } = markedFigure('Normandy summit', [
      '1990-01-01',
      '2010-01-01',
    ])
    const words = texts(doc)
    expect(words).not.toContain('Essay written: 31 August 2025')
    expect(words.some((t) => t?.startsWith('Normandy'))).toBe(false)
    expect(doc.querySelectorAll('line[stroke-dasharray="3 3"]')).toHaveLength(0)
    // No strip above the axis when nothing is marked.
    expect(fig.plotTop).toBe(
      markedFigure('Normandy summit', ['1990-01-01', '2026-01-01']).fig
        .plotTop - MARKER_STRIP_H,
    )
  })

  it('writes a hostile label as text, never as markup', () => {
    const hostile = '<script>alert(1)</script><foreignObject/>'
    const { svg, doc } = markedFigure(hostile, ['1990-01-01', '2026-01-01'])
    expect(doc.querySelector('parsererror')).toBeNull()
    expect(doc.querySelector('script, foreignObject')).toBeNull()
    expect(texts(doc).some((t) => t?.startsWith(hostile))).toBe(true)
    expect(svg.text).not.toContain('<script>')
  })
})

describe('figureSvg with rows by country, labelled in a column', () => {
  it('writes every row label as text left of the plot, and draws no mark left of it', () => {
    const { fig, doc } = exported({
      state: { ...readerState(), rowFacet: 'country' },
    })
    const rows = fig.view.rows!.map((r) => r.label)
    expect(rows).toEqual(
      expect.arrayContaining(['United States', 'Japan', 'United Kingdom']),
    )
    const marks = doc.querySelector('g[clip-path]')!
    for (const row of rows) {
      const labels = [...doc.querySelectorAll('text')].filter(
        (t) => t.textContent === row,
      )
      expect(labels.map((t) => t.textContent)).toEqual([row])
      expect(marks.contains(labels[0]!)).toBe(false)
      const [left, right] = textExtent(labels[0]!, ROW_LABEL_PX)
      expect(left).toBeGreaterThanOrEqual(fig.margin)
      expect(right).toBeLessThan(fig.plotLeft)
    }
    // The marks start right of the column: their group is clipped to the plot, which starts at `plotLeft`.
    expect(fig.plotLeft).toBeGreaterThan(fig.margin)
    expect(
      textExtent(marks.querySelector('text')!, 12)[0],
    ).toBeGreaterThanOrEqual(fig.plotLeft)
    const clip = doc.querySelector('clipPath rect')!
    expect(clip.getAttribute('x') ?? '0').toBe('0')
    expect(Number(clip.getAttribute('width'))).toBe(fig.view.widthPx)
    expect(fig.plotLeft + fig.view.widthPx).toBe(fig.widthPx - fig.margin)
    // And nothing over them: no label tab in the surface's colour among the marks.
    expect(
      [...marks.querySelectorAll('*')].filter(
        (e) => e.getAttribute('fill') === LIGHT.surface,
      ),
    ).toEqual([])
    // The airlift, the first mark in its rows, is drawn whole.
    expect(texts(doc)).toContain('Berlin Blockade and Airlift')
  })
})

describe('figureSvg with more rows than a slide holds', () => {
  it('draws every row whole above the legend and the credit, at the slide’s size', () => {
    const codes =
      'AT BE BG CA CH CN CY CZ DE DK EE ES FI FR GB GE GR HR HU IE IL IN IQ IT JP KR LT LU LV MD MT NL NO PL PT RO RS SE SI SK'.split(
        ' ',
      )
    const store = useTimelineStore.getState()
    store.loadDataset(
      makeDataset(
        codes.map((code, i) =>
          makeEvent({ start: `${1950 + i}-01-01`, countries: [code] }),
        ),
      ),
    )
    store.setRowFacet('country')
    const { fig, svg, doc } = exported({ size: 'slide' })
    expect([svg.widthPx, svg.heightPx]).toEqual([1920, 1080])
    expect(fig.rowLabels).toHaveLength(codes.length)
    const words = texts(doc)
    for (const label of fig.rowLabels) expect(words).toContain(label)
    const plotBottom = fig.plotTop + AXIS_H + fig.view.plotH
    expect(plotBottom).toBeLessThan(fig.legendTop)
    expect(fig.credit.y).toBeLessThanOrEqual(fig.heightPx - fig.margin)
    // The legend ends above the credit's line, which stays at the slide's foot.
    expect(fig.legendTop + legendHeight(fig.legend)).toBeLessThan(
      fig.credit.y - fig.credit.sizePx,
    )
    expect(fig.view.lanes.rowH).toBeGreaterThanOrEqual(22)
  })
})
