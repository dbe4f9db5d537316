import { selectPassageIdsForEvent } from '../store/selectors'
import type { TimelineState } from '../store/timelineStore'
import { serializeUrlState, urlStateFromStore } from './urlState'

/**
 * The embed: a page of its own (`embed.html`, a second entry of the build) because hosts match security
 * headers by path, not query, and it is the one page other sites may frame. `?embed` on the full page leads
 * there; the embed links back to the full page for the same view. Pure apart from `redirectToEmbed` and
 * `currentShareLinks`, which read `location`.
 */

/** The embed page's file, beside index.html. */
export const EMBED_PAGE = 'embed.html'
/** The parameter that asks the full page for the embed. */
export const EMBED_PARAM = 'embed'

/** A sensible height for the snippet's iframe: the band, its head and a compact details card, px. */
export const EMBED_HEIGHT_PX = 560

/**
 * Where `href` (the full page's address) should go for the embed: the embed page beside it with the same
 * parameters but `embed`, and the same hash; null when it does not ask for the embed.
 */
export function embedRedirectTarget(href: string): string | null {
  const url = new URL(href)
  if (!url.searchParams.has(EMBED_PARAM)) return null
  url.searchParams.delete(EMBED_PARAM)
  const folder = url.pathname.replace(/[^/]*$/, '')
  url.pathname = `${folder}${EMBED_PAGE}`
  return url.toString()
}

/** The full page's address for a view: index of the embed's folder, our parameters, then `hash`. */
export function fullPageHref(
  embedHref: string,
  search: string,
  hash = '',
): string {
  const url = new URL(embedHref)
  url.pathname = url.pathname.replace(/[^/]*$/, '')
  url.search = search
  url.hash = hash
  return url.toString()
}

/** The embed's address for a view shown at `pageHref` (the full page or the embed itself). */
export function embedHref(pageHref: string, search: string): string {
  const url = new URL(pageHref)
  url.pathname = `${url.pathname.replace(/[^/]*$/, '')}${EMBED_PAGE}`
  url.search = search
  url.hash = ''
  return url.toString()
}

/** `&`, `<`, `>` and `"` as HTML writes them inside an attribute. */
function attribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/**
 * The `<iframe>` an editor pastes into an article: titled for screen readers, loaded lazily (below the fold
 * it costs nothing), full width and `EMBED_HEIGHT_PX` tall, allowed the clipboard (the embed's own Share) and
 * full screen, and sending no referrer. Nothing else is allowed: no scripts of the host reach into it.
 */
export function iframeSnippet(src: string, title: string): string {
  return [
    `<iframe src="${attribute(src)}"`,
    ` title="${attribute(title)}"`,
    ` width="100%" height="${EMBED_HEIGHT_PX}"`,
    ' style="border:0;max-width:100%"',
    ' loading="lazy"',
    ' allow="clipboard-write; fullscreen"',
    ' referrerpolicy="no-referrer"',
    '></iframe>',
  ].join('')
}

/** The query string of the store's view. */
export function viewSearch(state: TimelineState): string {
  return serializeUrlState(urlStateFromStore(state))
}

/** The hash that opens the essay at the selected event's first citing passage, or at the essay. */
export function essayHash(state: TimelineState): string {
  const id = state.selectedEventId
  const passage = id ? selectPassageIdsForEvent(state, id)[0] : undefined
  return passage ? `#${passage}` : '#essay'
}

/** What Share offers for the view now: its link, the embed's address and the iframe snippet. */
export type ShareLinks = {
  readonly pageUrl: string
  readonly embedUrl: string
  readonly snippet: string
}

/** The share links for the store's view at this moment (read when Share opens, not on every zoom frame). */
export function shareLinks(state: TimelineState, href: string): ShareLinks {
  const search = viewSearch(state)
  const pageUrl = fullPageHref(href, search)
  const embedUrl = embedHref(href, search)
  const title = state.dataset?.title ?? 'Precedent Timeline'
  return {
    pageUrl,
    embedUrl,
    snippet: iframeSnippet(embedUrl, `${title} (interactive timeline)`),
  }
}

/** `shareLinks` for the store's state and the current address. */
export function currentShareLinks(state: TimelineState): ShareLinks {
  return shareLinks(state, window.location.href)
}

/** On the full page: go to the embed page when the address asks for it (`?embed`). True when leaving. */
export function redirectToEmbed(): boolean {
  const target = embedRedirectTarget(window.location.href)
  if (target === null) return false
  window.location.replace(target)
  return true
}
