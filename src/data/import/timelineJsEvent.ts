import { htmlLinks, htmlToText } from './htmlText'
import { checkHttpsUrl } from '../httpsUrl'
import { slugify, uniqueId } from '../essay/markdownText'
import { convertTimelineJsDate } from './timelineJsDates'
import { EVENT_KINDS, type EventKind } from '../types'

/** One TimelineJS slide -> one event as written in `events.json`. Pure; used by `importTimelineJs`. */

/** One event as written in `events.json` (before validation). */
export type RawEvent = {
  id: string
  title: string
  kind: EventKind
  start: string
  end?: string
  countries: string[]
  organizations: string[]
  summary: string
  sources: {
    title: string
    publisher: string
    url: string
    type: 'reference'
  }[]
}

/** TimelineJS has no kinds; an event whose group names none gets this one. */
export const DEFAULT_KIND: EventKind = 'incident'

export type Obj = Record<string, unknown>
export const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
export const text = (v: unknown): string =>
  typeof v === 'string' ? htmlToText(v) : ''

/** `"Treaties"` or `"summit"` -> a kind when the group names one, else null. */
function kindOfGroup(group: string): EventKind | null {
  const word = group.trim().toLowerCase()
  const singular = word.replace(/ies$/, 'y').replace(/s$/, '')
  return EVENT_KINDS.find((k) => k === word || k === singular) ?? null
}

/** What was lost while converting: sentences, and counts per kind of loss so 500 events do not give 500 sentences. */
export class Losses {
  readonly sentences: string[] = []
  private readonly counts = new Map<string, number>()
  count(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1)
  }
  tally(key: string): number {
    return this.counts.get(key) ?? 0
  }
  keys(): string[] {
    return [...this.counts.keys()]
  }
}

/** Host name of an https URL `checkHttpsUrl` accepted (so it parses). */
const hostOf = (href: string) => new URL(href).hostname

function sourcesOf(
  event: Obj,
  losses: Losses,
  label: string,
): RawEvent['sources'] {
  const sources: RawEvent['sources'] = []
  const media = isObj(event.media) ? event.media : null
  const mediaUrl = typeof media?.url === 'string' ? media.url.trim() : ''
  const mediaCheck = mediaUrl ? checkHttpsUrl(mediaUrl) : null
  if (mediaCheck?.ok) {
    const credit = text(media?.credit)
    sources.push({
      title: text(media?.caption) || credit || 'Media',
      publisher: credit || hostOf(mediaCheck.href),
      url: mediaCheck.href,
      type: 'reference',
    })
  } else if (mediaCheck)
    losses.sentences.push(
      `${label}: media was not kept as a source: ${mediaCheck.problem}.`,
    )
  const body =
    isObj(event.text) && typeof event.text.text === 'string'
      ? event.text.text
      : ''
  for (const link of htmlLinks(body)) {
    const check = checkHttpsUrl(link.url)
    if (!check.ok) {
      losses.sentences.push(
        `${label}: a link was not kept as a source: ${check.problem}.`,
      )
      continue
    }
    if (!sources.some((s) => s.url === check.href))
      sources.push({
        title: link.text || hostOf(check.href),
        publisher: hostOf(check.href),
        url: check.href,
        type: 'reference',
      })
  }
  return sources
}

/** The event's label for messages: `events[3] (“Berlin Airlift”)`, or `events[3]` without a headline. */
export function eventLabel(event: unknown, index: number): string {
  const body = isObj(event) && isObj(event.text) ? event.text : {}
  const headline = text(body.headline)
  return headline
    ? `events[${index}] (“${headline.slice(0, 60)}”)`
    : `events[${index}]`
}

export function convertEvent(
  event: unknown,
  index: number,
  ids: Set<string>,
  losses: Losses,
): RawEvent | null {
  const at = `events[${index}]`
  if (!isObj(event)) {
    losses.sentences.push(`${at} is not an object and was skipped.`)
    return null
  }
  const body = isObj(event.text) ? event.text : {}
  const headline = text(body.headline)
  const label = eventLabel(event, index)
  const start = convertTimelineJsDate(event.start_date)
  if (!start.ok) {
    losses.sentences.push(
      `${label} was skipped: its start_date is not usable (${start.why}).`,
    )
    return null
  }
  const title = headline || `Untitled event ${index + 1}`
  if (!headline) losses.count('untitled')
  const summary = text(body.text)
  if (!summary) losses.count('no-text')

  const group = typeof event.group === 'string' ? event.group.trim() : ''
  const kind = group ? kindOfGroup(group) : null
  if (group && !kind) losses.count(`group:${group}`)
  if (!kind) losses.count('default-kind')

  let end: string | undefined
  if (event.end_date !== undefined && event.end_date !== null) {
    const converted = convertTimelineJsDate(event.end_date)
    if (!converted.ok)
      losses.sentences.push(`${label}: end_date dropped (${converted.why}).`)
    else if (converted.iso < start.iso)
      losses.sentences.push(
        `${label}: end_date ${converted.iso} is before the start, so it was dropped.`,
      )
    else if (converted.iso !== start.iso) end = converted.iso
    if (converted.ok && converted.droppedTime) losses.count('time')
  }
  if (start.droppedTime) losses.count('time')
  if (event.display_date !== undefined) losses.count('display_date')
  if (event.background !== undefined) losses.count('background')

  const sources = sourcesOf(event, losses, label)
  if (sources.length === 0) losses.count('no-source')
  const idBase =
    slugify(typeof event.unique_id === 'string' ? event.unique_id : '') ||
    slugify(title) ||
    'event'
  return {
    id: uniqueId(idBase, ids),
    title,
    kind: kind ?? DEFAULT_KIND,
    start: start.iso,
    ...(end === undefined ? {} : { end }),
    countries: [],
    organizations: [],
    summary: summary || title,
    sources,
  }
}
