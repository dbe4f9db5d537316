import { countryName, isKnownCountryCode } from '../../data/names'
import {
  selectEventIdsForPassage,
  selectShownEvents,
} from '../../store/selectors'
import type { TimelineState } from '../../store/timelineStore'
import { downloadBlob } from '../../ui/downloadBlob'
import { clampView } from '../zoom/zoomMath'
import { figure, frame, type FigureInput } from './figure'
import type { FigureSize } from './figureSizes'
import { figureSvg, framedSvg } from './figureSvg'
import { figureFileName, filterText } from './figureText'
import { svgToPng } from './exportPng'
import type { SerializedSvg } from './serializeSvg'
import { standaloneSvg } from './serializeSvg'
import { findTimelineSvg } from './timelineDrawing'

/**
 * What the download buttons call (loaded on the first click): the timeline as a figure to publish, drawn from
 * the store's state through the same viewport and paint as the screen. The aligned lens is still serialised
 * from its drawn `<svg>` (`timelineDrawing.ts`), inside the same frame.
 */

export type ExportFormat = 'svg' | 'png'

export type ExportOptions = {
  readonly format: ExportFormat
  readonly size: FigureSize
  /** Show the selection, the playhead and the reading highlight, as on screen. */
  readonly includeSelection: boolean
  /** The page's address, for the credit line. */
  readonly pageUrl: string
}

/** The figure's inputs from the store's state; null before a dataset is loaded. */
export function figureInput(
  state: TimelineState,
  options: Pick<ExportOptions, 'size' | 'includeSelection' | 'pageUrl'>,
): FigureInput | null {
  const { dataset } = state
  if (!dataset) return null
  const events = selectShownEvents(state)
  const bounds = dataset.boundsMs
  return {
    title: dataset.title,
    events,
    bounds,
    domain: clampView(state.visibleDomain ?? bounds, bounds),
    filterText: filterText({
      shown: events.length,
      total: dataset.events.length,
      // Countries by name; organisations by the short code the filter shows (NATO, OSCE).
      names: [...state.facetFilter].map((code) =>
        isKnownCountryCode(code) ? countryName(code) : code,
      ),
      groups: [...state.groupFilter],
      matchMode: state.matchMode,
      query: state.query,
    }),
    selection: options.includeSelection
      ? {
          selectedId: state.selectedEventId,
          currentId: state.currentEventId,
          scrubTimeMs: state.scrubTimeMs,
          citedIds: selectEventIdsForPassage(state, state.activePassageId),
        }
      : null,
    pageUrl: options.pageUrl,
    size: options.size,
    eras: dataset.eras,
  }
}

/** The drawing and its file name for the state and options; null when there is nothing to draw. */
export function timelineExport(
  state: TimelineState,
  options: ExportOptions,
): { svg: SerializedSvg; fileName: string } | null {
  const input = figureInput(state, options)
  if (!input) return null
  const suffix = options.size === 'slide' ? 'slide' : ''
  if (state.lens === 'aligned') {
    // The aligned lens is serialised from its drawn svg (not yet from its model), framed like a figure; the
    // playhead is left out unless asked for (its marks' selection rings are styled on screen and stay).
    const drawn = findTimelineSvg()
    if (!drawn) return null
    const body = standaloneSvg(drawn, input.title, {
      drop: options.includeSelection ? null : '.tl-playhead',
    })
    const framed = frame(
      {
        ...input,
        subtitle: 'Aligned by guarantee: years since each guarantee',
      },
      body.widthPx,
      body.heightPx,
    )
    return {
      svg: framedSvg(framed, body.element),
      fileName: figureFileName(
        input.title,
        null,
        options.format,
        ['aligned', suffix].filter(Boolean).join('-'),
      ),
    }
  }
  return {
    svg: figureSvg(figure(input)),
    fileName: figureFileName(input.title, input.domain, options.format, suffix),
  }
}

/**
 * Download the timeline as `options` asks. Resolves false when there is nothing to draw; rejects with a
 * readable message when the browser cannot rasterise the PNG.
 */
export async function exportTimeline(
  state: TimelineState,
  options: ExportOptions,
): Promise<boolean> {
  const made = timelineExport(state, options)
  if (!made) return false
  const blob =
    options.format === 'svg'
      ? new Blob([made.svg.text], { type: 'image/svg+xml' })
      : await svgToPng(made.svg)
  downloadBlob(blob, made.fileName)
  return true
}
