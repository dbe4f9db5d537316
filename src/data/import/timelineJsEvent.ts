import { LIMITS } from '../events/datasetRules'
import { slugify, uniqueId } from '../essay/markdownText'
import { EVENT_KINDS, type EventKind, type SourceType } from '../types'
import { htmlToMarkdownBlocks } from './htmlMarkdown'
import { htmlLinks, htmlToText } from './htmlText'
import type { ImportNotes } from './importNotes'
import { checkHttpsUrl } from '../httpsUrl'
import { convertTimelineJsDate } from './timelineJsDates'
import { convertMedia, type ImportedMedia } from './timelineJsMedia'

/** One TimelineJS slide -> one event as written in `events.json`, and its text as Markdown for the essay. Pure. */

export type ImportedSource = {
  title: string
  publisher: string
  url: string
  type: SourceType
}

/** One event as written in `events.json` (before validation); optional fields only when the slide has them. */
export type ImportedEvent = {
  id: string
  title: string
  kind?: EventKind
  start: string
  end?: string
  displayDate?: string
  countries?: string[]
  organizations?: string[]
  group?: string
  summary?: string
  media?: ImportedMedia
  sources?: ImportedSource[]
}

/** A slide to convert: its value, how the report names it, and a spreadsheet row's own columns. */
export type Slide = {
  readonly value: unknown
  /** `“Berlin Airlift”`, or from a spreadsheet `row 7 (“Berlin Airlift”)`. */
  readonly name: string
  readonly extra?: {
    readonly countries: readonly string[]
    readonly organizations: readonly string[]
    readonly sources: readonly ImportedSource[]
  }
}

export type Obj = Record<string, unknown>
export const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
/** A TimelineJS text field as plain text ('' when absent). */
export const text = (v: unknown): string =>
  typeof v === 'string' ? htmlToText(v) : ''

/** `text` cut to `max` characters at a word, with "…", counting the cut in `notes`. */
export function cut(
  value: string,
  max: number,
  onCut: () => void = () => {},
): string {
  if (value.length <= max) return value
  onCut()
  const head = value.slice(0, max - 1)
  const space = head.lastIndexOf(' ')
  return `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()}…`
}

/** `"Treaties"` or `"summit"` -> a kind when the group names one, else null. */
function kindOfGroup(group: string): EventKind | null {
  const word = group.trim().toLowerCase()
  const singular = word.replace(/ies$/, 'y').replace(/s$/, '')
  return EVENT_KINDS.find((k) => k === word || k === singular) ?? null
}

/** Host name of an https URL `checkHttpsUrl` accepted (so it parses). */
const hostOf = (href: string) => new URL(href).hostname

/** The https links of the slide's text, as sources (the record the text points to). */
function linkSources(body: string): ImportedSource[] {
  const sources: ImportedSource[] = []
  for (const link of htmlLinks(body)) {
    const check = checkHttpsUrl(link.url)
    if (!check.ok || sources.some((s) => s.url === check.href)) continue
    sources.push({
      title: cut(link.text || hostOf(check.href), LIMITS.sourceTitleChars),
      publisher: hostOf(check.href),
      url: check.href,
      type: 'reference',
    })
  }
  return sources
}

/** The headline a slide is named by in the report: `“Berlin Airlift”`, or '' when it has none. */
export function slideHeadline(value: unknown): string {
  const body = isObj(value) && isObj(value.text) ? value.text : {}
  return text(body.headline)
}

/** The converted event and its text as Markdown blocks; null when the slide cannot be an event. */
export function convertSlide(
  slide: Slide,
  index: number,
  ids: Set<string>,
  notes: ImportNotes,
): { event: ImportedEvent; blocks: string[] } | null {
  const { value, name } = slide
  if (!isObj(value)) {
    notes.add('skipped-shape')
    return null
  }
  const start = convertTimelineJsDate(value.start_date)
  if (!start.ok) {
    if (start.reason === 'range') notes.add('skipped-range', name)
    else notes.add('skipped-date', `${name} (${start.why})`)
    return null
  }
  const body = isObj(value.text) ? value.text : {}
  const headline = text(body.headline)
  if (!headline) notes.add('untitled', name)
  const onCut = () => notes.add('long-field', name)
  const title = cut(headline || 'Untitled event', LIMITS.titleChars, onCut)
  const html = typeof body.text === 'string' ? body.text : ''
  const summary = cut(htmlToText(html), LIMITS.textChars, () =>
    notes.add('long-text', name),
  )

  let end: string | undefined
  const endDate = convertTimelineJsDate(value.end_date)
  if (endDate.ok) {
    if (endDate.iso < start.iso) notes.add('end-before', name)
    else if (endDate.iso !== start.iso) end = endDate.iso
    if (endDate.droppedMs) notes.add('ms')
  } else if (endDate.reason !== 'empty')
    notes.add('end-dropped', `${name} (${endDate.why})`)
  if (start.droppedMs) notes.add('ms')

  const displayDate = cut(
    text(value.display_date) ||
      (isObj(value.start_date) ? text(value.start_date.display_date) : ''),
    LIMITS.displayDateChars,
    onCut,
  )
  const group = cut(
    typeof value.group === 'string' ? value.group.trim() : '',
    LIMITS.groupChars,
    onCut,
  )
  const kind = group ? kindOfGroup(group) : null
  if (isObj(value.background) && hasBackground(value.background))
    notes.add('background')
  const media = convertMedia(value.media, name, notes)
  const sources = [...(slide.extra?.sources ?? []), ...linkSources(html)]
  if (sources.length > LIMITS.sources) notes.add('too-many', name)

  const idBase =
    slugify(typeof value.unique_id === 'string' ? value.unique_id : '') ||
    slugify(title) ||
    `event-${index + 1}`
  const event: ImportedEvent = {
    id: uniqueId(idBase, ids),
    title,
    ...(kind ? { kind } : {}),
    start: start.iso,
    ...(end === undefined ? {} : { end }),
    ...(displayDate ? { displayDate } : {}),
    ...(slide.extra?.countries.length
      ? { countries: [...slide.extra.countries] }
      : {}),
    ...(slide.extra?.organizations.length
      ? { organizations: [...slide.extra.organizations] }
      : {}),
    ...(group ? { group } : {}),
    ...(summary ? { summary } : {}),
    ...(media ? { media } : {}),
    ...(sources.length > 0
      ? { sources: sources.slice(0, LIMITS.sources) }
      : {}),
  }
  return { event, blocks: htmlToMarkdownBlocks(html) }
}

/** A background with something in it (TimelineJS writes empty ones: `{ "url": "" }`, `{ "url": null }`). */
function hasBackground(background: Obj): boolean {
  return ['url', 'color'].some(
    (key) =>
      typeof background[key] === 'string' &&
      (background[key] as string).trim() !== '',
  )
}
