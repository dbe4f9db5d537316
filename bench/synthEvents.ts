import type { Rng } from './prng'
import {
  AS_OF_MS,
  CLUSTERS,
  CODEWORDS_A,
  CODEWORDS_B,
  COUNTRIES,
  DAY_MS,
  FIRST_MS,
  ORGANIZATIONS,
  POINT_KINDS,
  PUBLISHERS,
  SPAN_KINDS,
  TOPICS,
} from './vocabulary'

/** One event as written in `events.json` (the raw schema the app validates). */
export type RawEvent = {
  id: string
  title: string
  kind: string
  start: string
  end?: string
  ongoing?: true
  countries: string[]
  organizations: string[]
  summary: string
  note?: string
  sources: { title: string; publisher: string; url: string; type: string }[]
}

type Precision = 'day' | 'month' | 'year'

const CLUSTER_SHARE = 0.45
const SPAN_SHARE = 0.2
const ONGOING_SHARE = 0.04
const names = new Intl.DisplayNames(['en'], {
  type: 'region',
  fallback: 'code',
})
const HISTORICAL: Record<string, string> = {
  SU: 'the Soviet Union',
  DD: 'East Germany',
  XK: 'Kosovo',
}

/** The display name of a country code, for titles and summaries. */
function countryName(code: string): string {
  return HISTORICAL[code] ?? names.of(code) ?? code
}

/** ISO string truncated to its precision ("1953", "1948-06", "2025-08-18"). */
function isoAt(ms: number, precision: Precision): string {
  const day = new Date(ms).toISOString().slice(0, 10)
  return precision === 'day' ? day : day.slice(0, precision === 'month' ? 7 : 4)
}

/** [start, end) of the period an ISO date at its precision covers, UTC ms. */
function periodMs(iso: string): [number, number] {
  const [y = 1945, m = 1, d = 1] = iso.split('-').map(Number)
  const start = Date.UTC(y, m - 1, d)
  if (iso.length === 4) return [start, Date.UTC(y + 1, 0, 1)]
  if (iso.length === 7) return [start, Date.UTC(y, m, 1)]
  return [start, start + DAY_MS]
}

function drawTimeMs(rng: Rng): number {
  if (rng.next() < CLUSTER_SHARE) {
    const [centre, sigmaDays] = rng.weighted(
      CLUSTERS.map((c) => [c, c[2]] as const),
    )
    const ms = Date.parse(centre) + rng.gaussian() * sigmaDays * DAY_MS
    return Math.min(AS_OF_MS, Math.max(FIRST_MS, ms))
  }
  // Background: half uniform, half weighted towards recent years (density rising linearly).
  const t = rng.next() < 0.5 ? rng.next() : Math.max(rng.next(), rng.next())
  return FIRST_MS + t * (AS_OF_MS - FIRST_MS)
}

function drawPrecision(rng: Rng): Precision {
  return rng.weighted([
    ['day', 85],
    ['month', 10],
    ['year', 5],
  ] as const)
}

function drawCountries(rng: Rng, year: number): string[] {
  const count = rng.weighted([
    [1, 25],
    [2, 35],
    [3, 20],
    [4, 12],
    [5, 8],
  ] as const)
  const out = new Set<string>()
  for (let guard = 0; out.size < count && guard < 50; guard++) {
    let code = rng.weighted(COUNTRIES.map(([c, w]) => [c, w] as const))
    if (code === 'RU' && year < 1992) code = 'SU'
    if ((code === 'DD' && year >= 1990) || (code === 'XK' && year < 1999))
      continue
    out.add(code)
  }
  return [...out]
}

function drawOrganizations(rng: Rng, year: number): string[] {
  if (rng.next() > 0.45) return []
  const open = ORGANIZATIONS.filter(([, , since]) => since <= year)
  return rng
    .sample(
      open.flatMap(([code, w]) => Array<string>(Math.ceil(w)).fill(code)),
      rng.int(1, 2),
    )
    .filter((code, i, all) => all.indexOf(code) === i)
}

function titleFor(
  rng: Rng,
  kind: string,
  countries: readonly string[],
  topic: string,
): string {
  const title = rawTitle(rng, kind, countries, topic)
  return title.charAt(0).toUpperCase() + title.slice(1)
}

function rawTitle(
  rng: Rng,
  kind: string,
  countries: readonly string[],
  topic: string,
): string {
  const [a = 'US', b = 'its neighbours'] = countries.map(countryName)
  switch (kind) {
    case 'treaty':
      return `Treaty on ${topic} between ${a} and ${b}`
    case 'agreement':
      return `Agreement between ${a} and ${b} on ${topic}`
    case 'summit':
      return `${a}–${b} summit on ${topic}`
    case 'meeting':
      return `Ministers of ${a} and ${b} meet on ${topic}`
    case 'operation':
      return `Operation ${rng.pick(CODEWORDS_A)} ${rng.pick(CODEWORDS_B)} (${topic})`
    case 'mission':
      return `${a} mission for ${topic}`
    case 'conflict':
      return `Fighting between ${a} and ${b} over ${topic}`
    case 'report':
      return `Report to ${a} on ${topic}`
    case 'incident':
      return `Incident over ${topic} involving ${a} and ${b}`
    case 'institution':
      return `${a} council for ${topic}`
    case 'policy':
      return `${a} policy on ${topic}`
    default:
      return `${a} statement on ${topic}`
  }
}

function summaryFor(
  rng: Rng,
  countries: readonly string[],
  topic: string,
  year: number,
): string {
  const who = countries.map(countryName).join(', ')
  const lines = [
    `Officials from ${who} addressed ${topic} in ${year}.`,
    `The record shows commitments on ${topic} that later talks referred back to.`,
    `Observers at the time read it as a test of how far each side would go on ${topic}.`,
    `Accounts differ on who proposed the terms, but all agree on the date.`,
  ]
  return rng.sample(lines, rng.int(1, 3)).join(' ')
}

function sourcesFor(rng: Rng, id: string, title: string): RawEvent['sources'] {
  return rng.sample(PUBLISHERS, rng.int(1, 3)).map(([publisher, type], k) => ({
    title: k === 0 ? title : `${publisher} on ${title.toLowerCase()}`,
    publisher,
    url: `https://example.org/bench/${id}/${k + 1}`,
    type,
  }))
}

/** Draws one event; `seq` makes the id unique. */
export function synthEvent(rng: Rng, seq: number): RawEvent {
  const startPrecision = drawPrecision(rng)
  const start = isoAt(drawTimeMs(rng), startPrecision)
  const [startMs, startEndMs] = periodMs(start)
  const year = new Date(startMs).getUTCFullYear()
  const isSpan = rng.next() < SPAN_SHARE
  const kind = rng.weighted(isSpan ? SPAN_KINDS : POINT_KINDS)
  const countries = drawCountries(rng, year)
  const topic = rng.pick(TOPICS)
  const id = `${kind}-${year}-${String(seq).padStart(5, '0')}`
  const title = titleFor(rng, kind, countries, topic)
  const event: RawEvent = {
    id,
    title,
    kind,
    start,
    countries,
    organizations: drawOrganizations(rng, year),
    summary: summaryFor(rng, countries, topic, year),
    sources: sourcesFor(rng, id, title),
  }
  if (isSpan) {
    // Durations log-uniform from a day to about 15 years; past asOf (or by chance) the span is ongoing.
    const endMs = startEndMs + Math.exp(rng.next() * Math.log(5500)) * DAY_MS
    if (endMs >= AS_OF_MS || rng.next() < ONGOING_SHARE / SPAN_SHARE)
      event.ongoing = true
    else {
      const end = isoAt(endMs, drawPrecision(rng))
      // A coarser end could start inside the start's period: fall back to the exact day.
      event.end = periodMs(end)[0] >= startEndMs ? end : isoAt(endMs, 'day')
    }
  }
  if (rng.next() < 0.05)
    event.note = 'Sources disagree on the exact date; the earliest is shown.'
  return event
}
