import { countryName, isKnownCountryCode } from '../../data/names'
import {
  selectEventIdsForPassage,
  selectShownEvents,
} from '../../store/selectors'
import type { TimelineState } from '../../store/timelineStore'
import { downloadBlob } from '../../ui/downloadBlob'
import { clampView } from '../zoom/zoomMath'
import { alignedFigure } from './alignedFigure'
import { alignedFigureSvg } from './alignedFigureSvg'
import { figure, type FigureInput } from './figure'
import type { FigureSize } from './figureSizes'
import { figureSvg } from './figureSvg'
import { figureFileName, filterText } from './figureText'
import { datasetHasGroups, rowsChoiceFor } from '../layout/rowsView'
import { timelineMarkers } from '../layout/markers'
import { svgToPng } from './exportPng'
import type { SerializedSvg } from './figureSvg'

/**
 * What the download buttons call (loaded on the first click): the timeline as a figure to publish, drawn from
 * the store's state through the same viewport and paint as the screen, or, in the aligned lens, the same
 * layout and drawing as the lens on screen. Nothing is read from the page.
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
    rowsChoice: rowsChoiceFor(
      events,
      state.rowFacet,
      state.facetFilter,
      datasetHasGroups(dataset),
    ),
    eras: dataset.eras,
    // The same words as the screen's marker lines.
    markers: timelineMarkers(dataset),
  }
}

/** The drawing and its file name for the state and options; null when there is nothing to draw. */
export function timelineExport(
  state: TimelineState,
  options: ExportOptions,
): { svg: SerializedSvg; fileName: string } | null {
  const input = figureInput(state, options)
  const { dataset } = state
  if (!input || !dataset) return null
  const suffix = options.size === 'slide' ? 'slide' : ''
  if (state.lens === 'aligned') {
    // Drawn from the same layout as the lens on screen; the playhead only with the selection. No marked
    // dates: the lens measures time from each precedent's own T = 0, where a calendar date has no one place.
    const fig = alignedFigure({
      ...input,
      cases: dataset.cases,
      eventsById: dataset.eventsById,
      asOf: dataset.asOf,
      selection: input.selection
        ? { ...input.selection, scrubYears: state.scrubYears }
        : null,
    })
    return {
      svg: alignedFigureSvg(fig),
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
