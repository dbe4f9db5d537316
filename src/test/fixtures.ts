import { buildDataset, toTimelineEvent } from '../data/events/buildDataset'
import { parseDate } from '../data/dates'
import type {
  Citation,
  Dataset,
  DatasetPeriod,
  DatePoint,
  Era,
  Essay,
  Passage,
  TimelineEvent,
} from '../data/types'

/** A DatePoint from an ISO string; throws on a bad date (fixtures are ours, so that is a test bug). */
export function date(iso: string): DatePoint {
  const parsed = parseDate(iso)
  if (!parsed) throw new Error(`fixture date "${iso}" is not a date`)
  return parsed
}

export const AS_OF = date('2025-08-31')

export type EventOverrides = Partial<
  Omit<TimelineEvent, 'start' | 'end' | 'timeMs' | 'extentMs'>
> & {
  start?: string
  end?: string | null
}

let counter = 0

/** A small valid event; pass only what the test is about: `makeEvent({ start: '1953-10-01' })`. */
export function makeEvent(overrides: EventOverrides = {}): TimelineEvent {
  counter += 1
  const { start = '2000-01-01', end = null, ...rest } = overrides
  return toTimelineEvent(
    {
      id: `event-${counter}`,
      title: `Event ${counter}`,
      kind: 'agreement',
      ongoing: false,
      startLabel: null,
      endLabel: null,
      countries: ['US'],
      organizations: [],
      summary: `Summary of event ${counter}.`,
      note: null,
      sources: [
        {
          title: 'A source',
          publisher: 'Publisher',
          url: 'https://example.org/source',
          type: 'reference',
        },
      ],
      unverifiedSource: false,
      ...rest,
      start: date(start),
      end: end === null ? null : date(end),
    },
    AS_OF,
  )
}

/**
 * An essay with one passage per entry; each entry lists the event ids cited in that paragraph, one citation
 * each, with anchor text "cite <id>".
 */
export function makeEssay(
  paragraphs: readonly (readonly string[])[],
  title = 'Test essay',
): Essay {
  const citations: Citation[] = []
  const passages: Passage[] = paragraphs.map((ids, i) => {
    const passageId = `p-${i + 1}`
    // Number by position, not by id: a paragraph may cite the same event twice.
    const own: Citation[] = ids.map((eventId, j) => ({
      id: `c-${citations.length + 1 + j}`,
      passageId,
      eventIds: [eventId],
      text: `cite ${eventId}`,
      provenance: null,
    }))
    citations.push(...own)
    return {
      id: passageId,
      index: i + 1,
      text: `Paragraph ${i + 1}. ${own.map((c) => c.text).join('. ')}`,
      citations: own,
      inlines: [
        { type: 'text', value: `Paragraph ${i + 1}. ` },
        ...own.flatMap((c) => [
          {
            type: 'citation' as const,
            id: c.id,
            eventIds: c.eventIds,
            provenance: c.provenance,
            children: [{ type: 'text' as const, value: c.text }],
          },
          { type: 'text' as const, value: '. ' },
        ]),
      ],
    }
  })
  return {
    title,
    byline: 'By A. Writer',
    blocks: passages.map((p) => ({ type: 'passage', passageId: p.id })),
    passages,
    citations,
  }
}

/** An era from `start` to `end` (ISO dates at their precision), drawn over `[start, end)` of their periods. */
export function makeEra(title: string, start: string, end: string): Era {
  const from = date(start)
  const to = date(end)
  return { title, start: from, end: to, extentMs: [from.startMs, to.endMs] }
}

/** A period button's window from `start` to `end` (ISO dates at their precision, `end` inclusive). */
export function makePeriod(
  label: string,
  start: string,
  end: string,
  short = label,
): DatasetPeriod {
  return { label, short, extentMs: [date(start).startMs, date(end).endMs] }
}

/** The featured edition's periods, as `public/data/events.json` names them. */
export const FEATURED_PERIODS: readonly DatasetPeriod[] = [
  makePeriod('Cold War guarantees', '1945', '1961', 'Cold War'),
  makePeriod('1990s air power', '1990', '2004', '1990s'),
  makePeriod('2025 diplomacy', '2025-01', '2025-09', '2025'),
]

/**
 * A dataset of the given events, with an essay citing each event once (one paragraph per event) unless given,
 * and the given eras and period buttons (none by default).
 */
export function makeDataset(
  events: readonly TimelineEvent[],
  essay?: Essay,
  eras: readonly Era[] = [],
  periods: readonly DatasetPeriod[] = [],
): Dataset {
  return buildDataset({
    title: 'Test timeline',
    asOf: AS_OF,
    events,
    essay: essay ?? makeEssay(events.map((e) => [e.id])),
    eras,
    periods,
  })
}

/** One valid entry of `events.json` as written in the file (id "airlift"); override what a test is about. */
export function rawEvent(
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id: 'airlift',
    title: 'Berlin Airlift',
    kind: 'operation',
    start: '1948-06-24',
    countries: ['US'],
    summary: 'Supplies by air.',
    sources: [
      {
        title: 'S',
        publisher: 'P',
        url: 'https://example.org/',
        type: 'reference',
      },
    ],
    ...overrides,
  }
}

/** A valid `events.json` object holding `rawEvent()`; override its fields (e.g. `events`, `title`). */
export function rawEventsFile(
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    title: 'Test timeline',
    asOf: '2025-08-31',
    events: [rawEvent()],
    ...overrides,
  }
}

/** An `essay.md` whose one passage cites `rawEvent()`. */
export const RAW_ESSAY = '# Essay\n\nThe [airlift](event:airlift).\n'
