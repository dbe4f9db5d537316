import { bisector } from 'd3-array'
import { useStore, type StoreApi, type UseBoundStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import type {
  CitationId,
  FacetCode,
  Dataset,
  EventId,
  PassageId,
} from '../data/types'
import { firstStepFrom, guideSteps } from './guideSteps'
import { createContentSlice, type ContentSlice } from './contentSlice'
import { filterEvents, type MatchMode } from './filterEvents'
import { createNoticesSlice, type NoticesSlice } from './noticesSlice'
import { revealDomain } from './domainMath'

/** Which layout the timeline uses: calendar time, or years since each precedent's guarantee. */
export type Lens = 'chronological' | 'aligned'

/**
 * How the calendar view splits its marks into rows: none (lanes packed by time alone), or one row per country,
 * organisation or group, an event with several appearing in each of theirs.
 */
export type RowFacet = 'none' | 'country' | 'organization' | 'group'

/** A request to scroll a passage into view; `seq` makes a repeated request for the same passage distinct. */
export type PassageRequest = {
  readonly passageId: PassageId
  readonly seq: number
  /**
   * Focus moves to the passage ("Show in essay": the reader goes there). False for a guided step, where
   * focus stays on the guide's button the reader is pressing.
   */
  readonly takesFocus: boolean
}

/** The view: what is selected, read, filtered and shown; data-space values only (no pixels). */
export type ViewState = {
  /** The loaded, validated dataset; null until loaded. Replaced whole, never mutated. */
  dataset: Dataset | null
  /** What the user picked (click, Enter, citation, URL). Scrolling never changes it. */
  selectedEventId: EventId | null
  /**
   * The citation that opened the selected event (a click in the essay, a guided step), so the details can
   * say whose link it was; null when the event was picked any other way.
   */
  selectedCitationId: CitationId | null
  /** Pointer or focus is on this event's mark or citation. */
  hoveredEventId: EventId | null
  /** The passage the reader is reading (IntersectionObserver), independent of the selection. */
  activePassageId: PassageId | null
  /** Last explicit request to show a passage ("Show in essay", scrubbing onto a cited event). */
  passageRequest: PassageRequest | null
  /** The playhead, UTC ms; null before the reader scrubs. */
  scrubTimeMs: number | null
  /** The event the playhead rests on; disambiguates events that share a date. */
  currentEventId: EventId | null
  /** Visible time window, UTC ms; null shows the dataset's whole extent. */
  visibleDomain: readonly [number, number] | null
  /** Country and organisation codes to filter by; empty shows every event. */
  facetFilter: ReadonlySet<FacetCode>
  /** Event groups to filter by (`TimelineEvent.group`); empty shows every event. */
  groupFilter: ReadonlySet<string>
  matchMode: MatchMode
  /** Free-text search, as typed. */
  query: string
  lens: Lens
  /** Rows of the calendar view: by time alone, or one per country, organisation or group. */
  rowFacet: RowFacet
  /** The aligned lens's playhead, years since T = 0; null rests it on the current event. */
  scrubYears: number | null
  /** The guided reading's step (0-based index into `guideSteps(essay)`); null when not guiding. */
  guideStep: number | null
  /** The "About this edition" dialog is open. */
  isAboutOpen: boolean

  loadDataset: (dataset: Dataset) => void
  /**
   * Select (or clear with null) an event; moves the playhead to it and pans it into view. `citationId` names
   * the essay's citation it was opened from, if any.
   */
  selectEvent: (id: EventId | null, citationId?: CitationId | null) => void
  hoverEvent: (id: EventId | null) => void
  setActivePassage: (id: PassageId | null) => void
  showPassage: (id: PassageId) => void
  /** Move the playhead to a time; the current event becomes the latest shown event at or before it. */
  scrubTo: (timeMs: number | null) => void
  /** Move the playhead onto an event (keyboard stepping); the event need not be selected. */
  scrubToEvent: (id: EventId) => void
  setVisibleDomain: (domain: readonly [number, number] | null) => void
  toggleFacet: (code: FacetCode) => void
  setFacets: (codes: Iterable<FacetCode>) => void
  toggleGroup: (group: string) => void
  setGroups: (groups: Iterable<string>) => void
  setMatchMode: (mode: MatchMode) => void
  setQuery: (query: string) => void
  clearFilters: () => void
  setLens: (lens: Lens) => void
  setRowFacet: (facet: RowFacet) => void
  /** Aligned lens: move the playhead to `years` since T = 0, resting on `eventId` (null: on no event). */
  scrubToYears: (years: number | null, eventId: EventId | null) => void
  /** Start the guided reading at a passage's first citation (the beginning without one). */
  startGuide: (fromPassageId?: PassageId | null) => void
  /** Go to a step: selects its event (moving the timeline) and asks the essay to show its passage. */
  goToGuideStep: (index: number) => void
  /** Next (1) or previous (-1) step, kept within the steps; not yet guiding, starts at the reader's passage. */
  stepGuide: (step: 1 | -1) => void
  stopGuide: () => void
  setAboutOpen: (isOpen: boolean) => void
}

/** The one store: the view, where the content comes from, and the link's notices. */
export type TimelineState = ViewState & ContentSlice & NoticesSlice

type StateData = Pick<
  ViewState,
  | 'dataset'
  | 'selectedEventId'
  | 'selectedCitationId'
  | 'hoveredEventId'
  | 'activePassageId'
  | 'passageRequest'
  | 'scrubTimeMs'
  | 'currentEventId'
  | 'visibleDomain'
  | 'facetFilter'
  | 'groupFilter'
  | 'matchMode'
  | 'query'
  | 'lens'
  | 'rowFacet'
  | 'scrubYears'
  | 'guideStep'
  | 'isAboutOpen'
>

const initialData: StateData = {
  dataset: null,
  selectedEventId: null,
  selectedCitationId: null,
  hoveredEventId: null,
  activePassageId: null,
  passageRequest: null,
  scrubTimeMs: null,
  currentEventId: null,
  visibleDomain: null,
  facetFilter: new Set<FacetCode>(),
  groupFilter: new Set<string>(),
  matchMode: 'any',
  query: '',
  lens: 'chronological',
  rowFacet: 'none',
  scrubYears: null,
  guideStep: null,
  isAboutOpen: false,
}

const byTime = bisector((e: { timeMs: number }) => e.timeMs)

/** The event the playhead lands on at `timeMs`: the latest shown event starting at or before it. */
function eventAtTime(state: TimelineState, timeMs: number): EventId | null {
  if (!state.dataset) return null
  const shown = filterEvents(state.dataset.events, state)
  // `shown` is sorted by time: binary search keeps a pointer move O(log n) at 10,000 events.
  const index = byTime.right(shown, timeMs) - 1
  // Before the first shown event there is none "at or before": the playhead rests on nothing.
  return index < 0 ? null : (shown[index]?.id ?? null)
}

/** What selecting an event changes, as one patch (the guide selects and requests a passage in one write). */
function selectionPatch(
  state: TimelineState,
  id: EventId | null,
  citationId: CitationId | null = null,
): Partial<StateData> {
  const { dataset, visibleDomain } = state
  const event = id === null ? undefined : dataset?.eventsById.get(id)
  if (!event || !dataset)
    return { selectedEventId: null, selectedCitationId: null }
  return {
    selectedEventId: event.id,
    selectedCitationId: citationId,
    currentEventId: event.id,
    scrubTimeMs: event.timeMs,
    scrubYears: null,
    visibleDomain: revealDomain(
      visibleDomain ?? dataset.boundsMs,
      event.extentMs,
      dataset.boundsMs,
    ),
  }
}

/** The guided reading at step `index` (clamped), or no change when there are no steps. */
function guidePatch(state: TimelineState, index: number): Partial<StateData> {
  const steps = state.dataset ? guideSteps(state.dataset.essay) : []
  const at = Math.min(Math.max(index, 0), steps.length - 1)
  const step = steps[at]
  if (!step) return {}
  return {
    ...selectionPatch(state, step.eventId, step.citationId),
    guideStep: at,
    passageRequest: {
      passageId: step.passageId,
      seq: (state.passageRequest?.seq ?? 0) + 1,
      takesFocus: false,
    },
  }
}

const store = createStore<TimelineState>()((set, get, api) => ({
  ...createContentSlice(set, get, api),
  ...createNoticesSlice(set, get, api),
  ...initialData,

  loadDataset: (dataset) =>
    set({
      ...initialData,
      facetFilter: new Set(),
      groupFilter: new Set(),
      dataset,
    }),

  selectEvent: (id, citationId) =>
    set((s) => selectionPatch(s, id, citationId ?? null)),

  hoverEvent: (id) => set({ hoveredEventId: id }),

  setActivePassage: (id) => set({ activePassageId: id }),

  showPassage: (id) =>
    set((s) => ({
      passageRequest: {
        passageId: id,
        seq: (s.passageRequest?.seq ?? 0) + 1,
        takesFocus: true,
      },
    })),

  scrubTo: (timeMs) =>
    set((s) =>
      timeMs === null
        ? { scrubTimeMs: null, currentEventId: null, scrubYears: null }
        : {
            scrubTimeMs: timeMs,
            currentEventId: eventAtTime(s, timeMs),
            scrubYears: null,
          },
    ),

  scrubToEvent: (id) => {
    const event = get().dataset?.eventsById.get(id)
    if (event)
      set({
        scrubTimeMs: event.timeMs,
        currentEventId: event.id,
        scrubYears: null,
      })
  },

  setVisibleDomain: (domain) => set({ visibleDomain: domain }),

  toggleFacet: (code) =>
    set((s) => {
      const next = new Set(s.facetFilter)
      if (next.has(code)) next.delete(code)
      else next.add(code)
      return { facetFilter: next }
    }),

  setFacets: (codes) => set({ facetFilter: new Set(codes) }),

  toggleGroup: (group) =>
    set((s) => {
      const next = new Set(s.groupFilter)
      if (next.has(group)) next.delete(group)
      else next.add(group)
      return { groupFilter: next }
    }),

  setGroups: (groups) => set({ groupFilter: new Set(groups) }),

  setMatchMode: (mode) => set({ matchMode: mode }),

  setQuery: (query) => set({ query }),

  clearFilters: () =>
    set({
      facetFilter: new Set(),
      groupFilter: new Set(),
      query: '',
      matchMode: 'any',
    }),

  setLens: (lens) => set({ lens }),

  setRowFacet: (facet) => set({ rowFacet: facet }),

  scrubToYears: (years, eventId) =>
    set((s) => {
      const event = eventId === null ? null : s.dataset?.eventsById.get(eventId)
      return {
        scrubYears: years,
        currentEventId: event?.id ?? null,
        // The chronological playhead follows the event, so switching lens keeps the reader's place.
        ...(event ? { scrubTimeMs: event.timeMs } : {}),
      }
    }),

  startGuide: (fromPassageId) =>
    set((s) =>
      s.dataset
        ? guidePatch(s, firstStepFrom(s.dataset.essay, fromPassageId))
        : {},
    ),

  goToGuideStep: (index) => set((s) => guidePatch(s, index)),

  stepGuide: (step) =>
    set((s) => {
      if (!s.dataset) return {}
      if (s.guideStep === null)
        return guidePatch(s, firstStepFrom(s.dataset.essay, s.activePassageId))
      return guidePatch(s, s.guideStep + step)
    }),

  stopGuide: () => set({ guideStep: null }),

  setAboutOpen: (isOpen) => set({ isAboutOpen: isOpen }),
}))

/**
 * The state a pre-rendered page was rendered from (the featured dataset, loaded, and nothing else): React reads
 * it through `getServerSnapshot` while it renders on the server and while it hydrates, so both see the same
 * state; every render after hydration reads the live state. Null: the store's initial state, as zustand has it.
 */
let renderedState: TimelineState | null = null

/** Records the current state as the one the page is (or was) rendered from on the server; see `renderedState`. */
export function captureRenderedState(): void {
  renderedState = store.getState()
}

const hookApi: StoreApi<TimelineState> = {
  ...store,
  getInitialState: () => renderedState ?? store.getInitialState(),
}

function useBoundTimelineStore(): TimelineState
function useBoundTimelineStore<T>(selector: (state: TimelineState) => T): T
function useBoundTimelineStore<T>(
  selector?: (state: TimelineState) => T,
): T | TimelineState {
  return useStore<StoreApi<TimelineState>, T | TimelineState>(
    hookApi,
    selector ?? wholeState,
  )
}

const wholeState = (state: TimelineState) => state

/** The one store: a hook (`useTimelineStore((s) => s.selectedEventId)`) with the store's API on it. */
export const useTimelineStore: UseBoundStore<StoreApi<TimelineState>> =
  Object.assign(useBoundTimelineStore, store)
