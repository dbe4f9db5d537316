import { useEffect } from 'react'
import type { Dataset } from '../data/types'
import { useTimelineStore, type TimelineState } from '../store/timelineStore'
import {
  DEFAULT_URL_STATE,
  fitDomain,
  parseUrlState,
  serializeUrlState,
  urlStateFromStore,
  withForeignParams,
  type UrlState,
} from './urlState'

/**
 * Quiet time after the last zoom or keystroke before the URL is replaced, ms. A write costs several ms in
 * Chromium (the history entry and the address bar), so none happen in the middle of a gesture.
 */
export const REPLACE_DELAY_MS = 300

/**
 * Put a URL's view into the store. `complete` (Back/Forward) resets what the URL leaves out to the default;
 * on first load only what the URL names is applied, so panels' own initial state stays.
 */
function applyToStore(
  url: Partial<UrlState>,
  dataset: Dataset,
  complete: boolean,
): void {
  const view = complete ? { ...DEFAULT_URL_STATE, ...url } : url
  const store = useTimelineStore.getState()
  if (view.countries) store.setFacets(view.countries)
  if (view.groups) store.setGroups(view.groups)
  if (view.matchMode) store.setMatchMode(view.matchMode)
  if (view.query !== undefined) store.setQuery(view.query)
  if (view.lens) store.setLens(view.lens)
  if (view.rows) store.setRowFacet(view.rows)
  // The guide's step selects its event; an `event` named after it (a click during the guide) then wins.
  if (view.guideStep !== undefined) {
    if (view.guideStep === null) store.stopGuide()
    else store.goToGuideStep(view.guideStep)
  }
  // Select first: selectEvent pans to the event, and the URL's own window (if any) then wins.
  if (view.eventId !== undefined) store.selectEvent(view.eventId)
  if (view.domain !== undefined)
    store.setVisibleDomain(view.domain && fitDomain(view.domain, dataset))
}

function currentHref(): string {
  return `${location.pathname}${location.search}${location.hash}`
}

/** The address for a store state: our parameters, then anyone else's, then the hash (essay passages). */
function hrefFor(state: TimelineState): string {
  const search = withForeignParams(
    serializeUrlState(urlStateFromStore(state)),
    location.search,
  )
  return `${location.pathname}${search}${location.hash}`
}

function writeHistory(mode: 'push' | 'replace', href: string): void {
  if (href === currentHref()) return
  try {
    if (mode === 'push') history.pushState(null, '', href)
    else history.replaceState(history.state, '', href)
  } catch {
    // Browsers throttle history calls (Safari: 100 per 30 s) by throwing; a missed write is harmless.
  }
}

function filtersChanged(a: TimelineState, b: TimelineState): boolean {
  return (
    a.facetFilter !== b.facetFilter ||
    a.groupFilter !== b.groupFilter ||
    a.matchMode !== b.matchMode ||
    a.lens !== b.lens ||
    a.rowFacet !== b.rowFacet
  )
}

/**
 * Keeps the URL and the store in step; the only code that reads or writes the URL. Once the dataset is
 * loaded it applies `location.search` (with a notice for ignored values) and rewrites the URL in canonical
 * form; then selecting an event pushes a history entry, filter, lens and guided-step changes replace it, zooming and
 * typing replace it once they pause for `REPLACE_DELAY_MS`; Back/Forward re-apply the URL without writing.
 */
export function useUrlSync(): void {
  const dataset = useTimelineStore((s) => s.dataset)

  useEffect(() => {
    if (!dataset) return
    const loaded = dataset
    let isApplying = false
    let timer: ReturnType<typeof setTimeout> | null = null
    /** The query string the store matches; a popstate that keeps it (a `#p-12` jump) is not ours. */
    let syncedSearch = location.search

    function apply(complete: boolean) {
      const { state, notices } = parseUrlState(location.search, loaded)
      isApplying = true
      try {
        applyToStore(state, loaded, complete)
      } finally {
        isApplying = false
      }
      syncedSearch = location.search
      if (notices.length > 0)
        useTimelineStore.getState().showLinkNotices(notices)
    }

    function write(mode: 'push' | 'replace', href: string) {
      writeHistory(mode, href)
      syncedSearch = location.search
    }

    function cancelPending(): boolean {
      if (timer === null) return false
      clearTimeout(timer)
      timer = null
      return true
    }

    function onPopState() {
      if (location.search === syncedSearch) return
      cancelPending()
      apply(true)
    }

    apply(false)
    write('replace', hrefFor(useTimelineStore.getState()))

    const unsubscribe = useTimelineStore.subscribe((state, prev) => {
      if (isApplying || state.dataset !== loaded) return
      if (state.guideStep !== prev.guideStep) {
        // Guided steps (every few seconds when playing) replace the entry: Back leaves the guide, not one step.
        cancelPending()
        write('replace', hrefFor(state))
      } else if (state.selectedEventId !== prev.selectedEventId) {
        // Settle the entry being left with its last window and filters, then add the new selection.
        if (cancelPending()) write('replace', hrefFor(prev))
        write('push', hrefFor(state))
      } else if (filtersChanged(state, prev)) {
        cancelPending()
        write('replace', hrefFor(state))
      } else if (
        state.query !== prev.query ||
        state.visibleDomain !== prev.visibleDomain
      ) {
        cancelPending()
        timer = setTimeout(() => {
          timer = null
          write('replace', hrefFor(useTimelineStore.getState()))
        }, REPLACE_DELAY_MS)
      }
    })
    window.addEventListener('popstate', onPopState)

    return () => {
      unsubscribe()
      window.removeEventListener('popstate', onPopState)
      if (cancelPending())
        write('replace', hrefFor(useTimelineStore.getState()))
    }
  }, [dataset])
}
