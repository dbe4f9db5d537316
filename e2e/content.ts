import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { countryName, organizationName } from '../src/data/names'

/** The shipped content, read as raw JSON/Markdown: the oracle the journeys compare the page with. */
export type RawSource = {
  title: string
  publisher: string
  url: string
  type: string
}
export type RawEvent = {
  id: string
  title: string
  start: string
  end?: string | null
  countries: string[]
  organizations: string[]
  summary: string
  sources: RawSource[]
  [key: string]: unknown
}
export type RawEvents = {
  title: string
  asOf: string
  events: RawEvent[]
  [key: string]: unknown
}

const DATA_DIR = join(import.meta.dirname, '../public/data')
export const EVENTS_TEXT = readFileSync(join(DATA_DIR, 'events.json'), 'utf8')
export const ESSAY_TEXT = readFileSync(join(DATA_DIR, 'essay.md'), 'utf8')

/** A fresh deep copy each call, for journeys that corrupt it. */
export function rawEvents(): RawEvents {
  return JSON.parse(EVENTS_TEXT) as RawEvents
}

export function eventById(id: string): RawEvent {
  const event = rawEvents().events.find((e) => e.id === id)
  if (!event) throw new Error(`No event ${id} in public/data/events.json`)
  return event
}

function involves(event: RawEvent, code: string): boolean {
  return event.countries.includes(code) || event.organizations.includes(code)
}

/** Ids of the events passing a country filter: any or all of `codes`. */
export function idsInvolving(
  codes: readonly string[],
  mode: 'any' | 'all',
): Set<string> {
  const pass = (e: RawEvent) =>
    mode === 'all'
      ? codes.every((c) => involves(e, c))
      : codes.some((c) => involves(e, c))
  return new Set(
    rawEvents()
      .events.filter(pass)
      .map((e) => e.id),
  )
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** Ids of the events whose title, summary, or country/organisation code or name contains every word. */
export function idsMatching(query: string): Set<string> {
  const words = fold(query).split(/\s+/).filter(Boolean)
  const text = (e: RawEvent) =>
    fold(
      [
        e.title,
        e.summary,
        ...e.countries.flatMap((c) => [c, countryName(c)]),
        ...e.organizations.flatMap((o) => [o, organizationName(o)]),
      ].join('\n'),
    )
  return new Set(
    rawEvents()
      .events.filter((e) => words.every((w) => text(e).includes(w)))
      .map((e) => e.id),
  )
}

/** How many paragraphs of essay.md cite the event (a link `(event:a,b)` naming it). */
export function citingParagraphCount(id: string): number {
  return ESSAY_TEXT.split(/\n\s*\n/).filter((paragraph) =>
    [...paragraph.matchAll(/\]\(event:([^)\s]+)\)/g)].some((m) =>
      (m[1] ?? '').split(',').includes(id),
    ),
  ).length
}

export const TOTAL_EVENTS = rawEvents().events.length
