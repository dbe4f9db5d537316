import { useEffect } from 'react'
import type { ContentSource } from '../store/contentSlice'
import { useTimelineStore } from '../store/timelineStore'
import { resolveTimelinePath, type AppLocation } from './resolveTimelinePath'

/** The query parameter naming another timeline folder. */
export const TIMELINE_PARAM = 'timeline'

/** The source a page address asks for: `?timeline=<folder>` or the featured essay. */
export function sourceFromLocation(
  location: AppLocation & { readonly search: string },
): ContentSource {
  const param = new URLSearchParams(location.search).get(TIMELINE_PARAM)
  const path = resolveTimelinePath(param, location)
  if (!path.ok) return { kind: 'refused', message: path.message }
  return path.baseUrl === null
    ? { kind: 'featured' }
    : { kind: 'folder', baseUrl: path.baseUrl }
}

/** Put the address's source in the store; called once, before the first render, so nothing loads twice. */
export function showSourceFromLocation(): void {
  useTimelineStore.getState().showSource(sourceFromLocation(location))
}

/** Drop `?timeline=` so a reload shows what the page shows. Other parameters and the hash stay. */
function forgetTimelineParam(): void {
  const params = new URLSearchParams(location.search)
  if (!params.has(TIMELINE_PARAM)) return
  params.delete(TIMELINE_PARAM)
  const search = params.toString()
  try {
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${search ? `?${search}` : ''}${location.hash}`,
    )
  } catch {
    // History writes can be throttled; the content still switches.
  }
}

/**
 * Keeps `?timeline=` true to what is shown: once the reader leaves a folder (back to the featured essay, or
 * files of their own), the parameter goes, so a reload does not bring the folder back.
 */
export function useContentSourceUrl(): void {
  useEffect(
    () =>
      useTimelineStore.subscribe((state, prev) => {
        const { contentSource } = state
        if (
          contentSource !== prev.contentSource &&
          contentSource.kind !== 'folder' &&
          contentSource.kind !== 'refused'
        )
          forgetTimelineParam()
      }),
    [],
  )
}
