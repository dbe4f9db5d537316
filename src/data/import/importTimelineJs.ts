import { toIsoDay } from '../dates'
import { escapeMarkdown } from '../essay/markdownText'
import {
  convertEvent,
  DEFAULT_KIND,
  eventLabel,
  isObj,
  Losses,
  text,
  type RawEvent,
} from './timelineJsEvent'
import { toText } from '../problems'
import type { Problem } from '../types'

/**
 * TimelineJS JSON -> our `events.json` + `essay.md`. TimelineJS content is HTML written for a browser; ours is
 * plain text, so every text field goes through `htmlToText` (it is only ever rendered as text). What our
 * format cannot hold is listed, in sentences, in `notCarriedOver`. Pure: no DOM, works in Node.
 */

export type RawEventsFile = { title: string; asOf: string; events: RawEvent[] }

export type ImportedTimeline = {
  readonly eventsFile: RawEventsFile
  /** An essay skeleton citing every imported event once, in time order, so the pair validates. */
  readonly essay: string
  /** What could not be carried over, one sentence each, for the user to fix or accept. */
  readonly notCarriedOver: readonly string[]
}

export type ImportResult =
  | { readonly ok: true; readonly value: ImportedTimeline }
  | { readonly ok: false; readonly problems: readonly Problem[] }

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n} ${n === 1 ? one : many}`

/** The counted losses as sentences, after the per-event ones. */
function tallySentences(losses: Losses): string[] {
  const out: string[] = []
  const n = (key: string) => losses.tally(key)
  out.push(
    `TimelineJS has no countries: every event’s “countries” list is empty. Add at least one ISO 3166-1 code (such as "US") to every event before publishing.`,
  )
  for (const key of losses.keys().filter((k) => k.startsWith('group:'))) {
    const group = key.slice('group:'.length)
    out.push(
      `Group “${group}” (${plural(n(key), 'event')}) was not carried over: our format has no groups and “${group}” names no kind.`,
    )
  }
  if (n('default-kind'))
    out.push(
      `Kind “${DEFAULT_KIND}” given to ${plural(n('default-kind'), 'event')} whose group names no kind: choose the right one.`,
    )
  if (n('untitled'))
    out.push(
      `No headline on ${plural(n('untitled'), 'event')}: called “Untitled event N”.`,
    )
  if (n('no-text'))
    out.push(
      `No text on ${plural(n('no-text'), 'event')}: the summary repeats the title.`,
    )
  if (n('no-source'))
    out.push(
      `No https: source on ${plural(n('no-source'), 'event')}: add one to each before publishing.`,
    )
  if (n('time'))
    out.push(
      `Times of day on ${plural(n('time'), 'date')} were dropped: our dates stop at the day.`,
    )
  if (n('display_date'))
    out.push(
      `display_date on ${plural(n('display_date'), 'event')} was dropped: dates are written from start and end.`,
    )
  if (n('background'))
    out.push(`Backgrounds on ${plural(n('background'), 'event')} were dropped.`)
  return out
}

/** The essay skeleton: the title, an opening paragraph, then one paragraph citing each event in time order. */
function essaySkeleton(
  title: string,
  intro: string,
  events: readonly RawEvent[],
): string {
  const opening =
    escapeMarkdown(intro) ||
    `This essay cites ${plural(events.length, 'event')} imported from TimelineJS. Replace this paragraph with your argument, and link each event where the text mentions it.`
  const paragraphs = events.map(
    (e) =>
      `[${escapeMarkdown(e.title)}](event:${e.id}) (${e.end ? `${e.start} to ${e.end}` : e.start}).`,
  )
  return (
    [`# ${escapeMarkdown(title)}`, opening, '## Events', ...paragraphs].join(
      '\n\n',
    ) + '\n'
  )
}

/** One event converted; a bug of ours on one event skips that event, named, instead of failing the import. */
function convertSafely(
  event: unknown,
  index: number,
  ids: Set<string>,
  losses: Losses,
): RawEvent | null {
  try {
    return convertEvent(event, index, ids, losses)
  } catch (error) {
    losses.sentences.push(
      `${eventLabel(event, index)} was skipped: it could not be converted (${toText(error)}).`,
    )
    return null
  }
}

/**
 * Convert a parsed TimelineJS JSON value. Events with an unusable start date are skipped and listed; the rest
 * keep their dates at the precision given. `asOf` (an ISO day) defaults to today, UTC. Never throws.
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
          path: 'events',
          message:
            'not a TimelineJS file: expected an object with an "events" list',
        },
      ],
    }
  const losses = new Losses()
  const ids = new Set<string>()
  const events = json.events
    .map((event, i) => convertSafely(event, i, ids, losses))
    .filter((e): e is RawEvent => e !== null)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
  if (events.length === 0)
    return {
      ok: false,
      problems: [
        { path: 'events', message: 'no event could be imported' },
        ...losses.sentences.map((message) => ({ path: 'events', message })),
      ],
    }
  const slide = isObj(json.title) ? json.title : {}
  const slideText = isObj(slide.text) ? slide.text : {}
  const title = text(slideText.headline) || 'Imported timeline'
  const extra: string[] = []
  if (slide.media !== undefined)
    extra.push('The title slide’s media was dropped.')
  if (Array.isArray(json.eras) && json.eras.length > 0)
    extra.push(
      `${plural(json.eras.length, 'era')} dropped: our format has no eras.`,
    )
  return {
    ok: true,
    value: {
      eventsFile: { title, asOf, events },
      essay: essaySkeleton(title, text(slideText.text), events),
      notCarriedOver: [
        ...losses.sentences,
        ...tallySentences(losses),
        ...extra,
      ],
    },
  }
}
