import { toIsoDay } from '../dates'
import { LIMITS, MAX_ERAS } from '../events/datasetRules'
import { htmlToMarkdownBlocks } from './htmlMarkdown'
import { importedEssay, type EssayEvent } from './importEssay'
import { ImportNotes } from './importNotes'
import { plural, toText } from '../problems'
import type { Problem } from '../types'
import { convertTimelineJsDate } from './timelineJsDates'
import {
  convertSlide,
  cut,
  isObj,
  slideHeadline,
  text,
  type ImportedEvent,
  type Slide,
} from './timelineJsEvent'

/**
 * TimelineJS JSON -> our `events.json` + essay. Everything TimelineJS has that the format holds is kept:
 * headlines, text (as plain text in the summary, as safe Markdown in the essay), dates at their precision
 * with times of day, display dates, end dates, groups, eras, media (https; `//` made https) and the title
 * slide (the essay's title and opening). What cannot be kept is reported in sentences for an editor
 * (`ImportNotes`). The spreadsheet import (`importSpreadsheet.ts`) turns rows into slides and ends here too.
 * Pure: no DOM, works in Node.
 */

export type ImportedEra = { title: string; start: string; end: string }

export type RawEventsFile = {
  title: string
  asOf: string
  events: ImportedEvent[]
  eras?: ImportedEra[]
}

export type ImportedTimeline = {
  /** What the file was: a TimelineJS JSON file or a spreadsheet (CSV/TSV) of its template. */
  readonly format: 'TimelineJS' | 'spreadsheet'
  readonly eventsFile: RawEventsFile
  /** The essay: the title slide's text, then a passage citing each event in time order, so the pair validates. */
  readonly essay: string
  /** What was converted, in one line: "18 events, 2 eras, 3 groups". */
  readonly summary: string
  /** What could not be kept, one sentence per kind of loss, counted, naming events by headline. */
  readonly notCarriedOver: readonly string[]
}

export type ImportResult =
  | { readonly ok: true; readonly value: ImportedTimeline }
  | { readonly ok: false; readonly problems: readonly Problem[] }

/** A TimelineJS era, or a spreadsheet row of type "era": `{ start_date, end_date, text: { headline } }`. */
function convertEra(
  value: unknown,
  name: string,
  notes: ImportNotes,
): ImportedEra | null {
  const era = isObj(value) ? value : {}
  const start = convertTimelineJsDate(era.start_date)
  const end = convertTimelineJsDate(era.end_date)
  if (!start.ok || !end.ok || end.iso < start.iso) {
    notes.add('era-dropped', name)
    return null
  }
  return {
    title: cut(slideHeadline(era) || 'Untitled era', LIMITS.titleChars),
    start: start.iso,
    end: end.iso,
  }
}

/**
 * The imported timeline's "as of" day: `asOf` (today), or the last day of the latest year its texts mention
 * when that is later. The format asks a text that reports something after `asOf` to say "Later"; a
 * TimelineJS text was not written to that rule ("planned for 2030"), and it must still open.
 */
function asOfAfterTexts(
  asOf: string,
  events: readonly ImportedEvent[],
): string {
  let latest = Number(asOf.slice(0, 4))
  for (const event of events)
    for (const match of (event.summary ?? '').matchAll(/\b\d{4}\b/g))
      latest = Math.max(latest, Number(match[0]))
  return latest > Number(asOf.slice(0, 4)) ? `${latest}-12-31` : asOf
}

/** "18 events, 2 eras, 3 groups; media on 12". */
function summaryLine(events: readonly ImportedEvent[], eras: number): string {
  const groups = new Set(events.flatMap((e) => (e.group ? [e.group] : [])))
  const media = events.filter((e) => e.media).length
  const parts = [plural(events.length, 'event')]
  if (eras > 0) parts.push(plural(eras, 'era'))
  if (groups.size > 0) parts.push(plural(groups.size, 'group'))
  return `${parts.join(', ')}${media > 0 ? `; media on ${media}` : ''}`
}

/** The parts of a timeline, from a TimelineJS file or a spreadsheet, before conversion. */
export type TimelineParts = {
  /** The title slide, `{ text: { headline, text }, media?, background? }`, or null without one. */
  readonly title: unknown
  readonly slides: readonly Slide[]
  readonly eras: readonly { readonly value: unknown; readonly name: string }[]
}

/** Convert the parts: the events in time order, the eras, the essay, the summary and what was lost. */
export function convertTimeline(
  parts: TimelineParts,
  asOf: string,
  notes: ImportNotes = new ImportNotes(),
  format: ImportedTimeline['format'] = 'TimelineJS',
): ImportResult {
  const ids = new Set<string>()
  const converted: EssayEvent[] = []
  parts.slides.forEach((slide, i) => {
    try {
      const result = convertSlide(slide, i, ids, notes)
      if (result) converted.push(result)
    } catch (error) {
      // A bug of ours on one slide leaves that event out, named, instead of failing the import.
      notes.add('skipped-date', `${slide.name} (${toText(error)})`)
    }
  })
  converted.sort((a, b) =>
    a.event.start < b.event.start ? -1 : a.event.start > b.event.start ? 1 : 0,
  )
  if (converted.length === 0)
    return {
      ok: false,
      problems: [
        { path: '', message: 'No event could be imported.' },
        ...notes.sentences().map((message) => ({ path: '', message })),
      ],
    }
  const eras = parts.eras
    .slice(0, MAX_ERAS)
    .map((era) => convertEra(era.value, era.name, notes))
    .filter((era): era is ImportedEra => era !== null)
  const slide = isObj(parts.title) ? parts.title : {}
  const slideText = isObj(slide.text) ? slide.text : {}
  const title = cut(
    text(slideText.headline) || 'Imported timeline',
    LIMITS.titleChars,
  )
  const media = isObj(slide.media) ? slide.media : {}
  if (typeof media.url === 'string' && media.url.trim() !== '')
    notes.add('title-media')
  const background = isObj(slide.background) ? slide.background : {}
  if (typeof background.url === 'string' && background.url.trim() !== '')
    notes.add('background')
  const opening =
    typeof slideText.text === 'string'
      ? htmlToMarkdownBlocks(slideText.text)
      : []
  const events = converted.map((c) => c.event)
  return {
    ok: true,
    value: {
      format,
      eventsFile: {
        title,
        asOf: asOfAfterTexts(asOf, events),
        events,
        ...(eras.length > 0 ? { eras } : {}),
      },
      essay: importedEssay(title, opening, converted),
      summary: summaryLine(events, eras.length),
      notCarriedOver: notes.sentences(),
    },
  }
}

/** How the report names a slide: its headline in quotes, or its place when it has none. */
function slideName(value: unknown, index: number): string {
  const headline = slideHeadline(value)
  return headline ? `“${cut(headline, 60)}”` : `the ${ordinal(index + 1)} event`
}

function ordinal(n: number): string {
  const tens = n % 100
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

/**
 * Convert a parsed TimelineJS JSON value. Events with an unusable start date are left out and reported; the
 * rest keep their dates at the precision given. `asOf` (an ISO day) defaults to today, UTC. Never throws.
 */
export function importTimelineJs(
  json: unknown,
  asOf = toIsoDay(Date.now()),
): ImportResult {
  if (!isObj(json) || !Array.isArray(json.events))
    return {
      ok: false,
      problems: [
        {
          path: '',
          message: 'This is not a TimelineJS file: it has no list of "events".',
        },
      ],
    }
  const eras: unknown[] = Array.isArray(json.eras) ? json.eras : []
  return convertTimeline(
    {
      title: json.title ?? null,
      slides: json.events.map((value: unknown, i) => ({
        value,
        name: slideName(value, i),
      })),
      eras: eras.map((value, i) => ({
        value,
        name: slideHeadline(value)
          ? `“${cut(slideHeadline(value), 60)}”`
          : `era ${i + 1}`,
      })),
    },
    asOf,
  )
}
