import { dateProblem, parseDate, toIsoDay } from '../data/dates'
import { isKnownCountryCode, organizationName } from '../data/names'
import type { Dataset, EventId } from '../data/types'
import { guideSteps } from '../store/guideSteps'
import { clampDomain, MIN_SPAN_MS, type Domain } from '../store/domainMath'
import type { MatchMode } from '../store/filterEvents'
import type { Lens, RowFacet, TimelineState } from '../store/timelineStore'

/**
 * The view as the URL holds it: `?event=<id>&countries=US,JP&group=Berlin&group=Japan&match=all&q=treaty
 * &from=1945-01-01&to=1960-12-31&lens=aligned&rows=country&step=3`. Groups are free labels (a comma is a fair
 * character in one), so each has its own `group` parameter rather than a list in one. Pure: no DOM, no store;
 * `useUrlSync` moves these values between the store and `history`.
 */
export type UrlState = {
  readonly eventId: EventId | null
  /** Country and organisation codes, as in the store's `facetFilter`. */
  readonly countries: readonly string[]
  /** Event groups, as in the store's `groupFilter`. */
  readonly groups: readonly string[]
  readonly matchMode: MatchMode
  readonly query: string
  /** Visible window, UTC ms; null = the whole timeline. */
  readonly domain: Domain | null
  readonly lens: Lens
  /** Rows of the calendar view (`rows=country`, `organization` or `group`); none by default. */
  readonly rows: RowFacet
  /** The guided reading's step, 0-based (the URL's `step` is 1-based, as the status reads); null = not guiding. */
  readonly guideStep: number | null
}

export const DEFAULT_URL_STATE: UrlState = {
  eventId: null,
  countries: [],
  groups: [],
  matchMode: 'any',
  query: '',
  domain: null,
  lens: 'chronological',
  rows: 'none',
  guideStep: null,
}

/** Our parameters, in the order they are written. Any other parameter in the URL belongs to someone else. */
export const URL_PARAMS = [
  'event',
  'countries',
  'group',
  'match',
  'q',
  'from',
  'to',
  'lens',
  'rows',
  'step',
] as const

const DAY_MS = 24 * 3600 * 1000
/** Longest id or query taken from a URL; longer values are cut (a link, not a document). */
const MAX_VALUE_LENGTH = 200
/** Most `group` parameters read from one URL. */
const MAX_GROUPS = 50
/** Dates `toIsoDay` can write as plain `YYYY-MM-DD` (years 1 to 9999). */
const MIN_DAY_MS = -62_135_596_800_000 // 0001-01-01T00:00Z
const MAX_DAY_MS = Date.UTC(9999, 11, 31)

export type ParsedUrl = {
  /** Only the parameters that were present and valid. */
  readonly state: Partial<UrlState>
  /** One short sentence per ignored value, for a quiet notice. */
  readonly notices: readonly string[]
}

/** Shorten a user-supplied value before quoting it back in a notice. */
function quote(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 39)}…` : value
  return `“${short}”`
}

function codesInDataset(dataset: Dataset): ReadonlySet<string> {
  const codes = new Set<string>()
  for (const e of dataset.events) {
    for (const c of e.countries) codes.add(c)
    for (const o of e.organizations) codes.add(o)
  }
  return codes
}

function isKnownCode(code: string, dataset: Dataset | null): boolean {
  if (dataset) return codesInDataset(dataset).has(code)
  return isKnownCountryCode(code) || organizationName(code) !== code
}

function parseCountries(
  raw: string,
  dataset: Dataset | null,
  notices: string[],
): string[] {
  const codes = [
    ...new Set(
      raw
        .split(',')
        .map((c) => c.trim().toUpperCase())
        .filter(Boolean),
    ),
  ]
  const unknown = codes.filter((c) => !isKnownCode(c, dataset))
  if (unknown.length > 0)
    notices.push(
      `Ignored unknown ${unknown.length === 1 ? 'country' : 'countries'}: ${unknown.slice(0, 5).map(quote).join(', ')}.`,
    )
  return codes.filter((c) => isKnownCode(c, dataset))
}

/** The `group` values that name a group of the dataset (any, without one), each once, in URL order. */
function parseGroups(
  raw: readonly string[],
  dataset: Dataset | null,
  notices: string[],
): string[] {
  const names = [
    ...new Set(
      raw
        .slice(0, MAX_GROUPS)
        .map((g) => g.trim().slice(0, MAX_VALUE_LENGTH))
        .filter(Boolean),
    ),
  ]
  const known = dataset ? new Set(dataset.events.map((e) => e.group)) : null
  const unknown = known ? names.filter((g) => !known.has(g)) : []
  if (unknown.length > 0)
    notices.push(
      `Ignored unknown ${unknown.length === 1 ? 'group' : 'groups'}: ${unknown.slice(0, 5).map(quote).join(', ')}.`,
    )
  return known ? names.filter((g) => known.has(g)) : names
}

/** A `from`/`to` bound in UTC ms: the start of `from`'s period, the end of `to`'s (so `to` is inclusive). */
function parseBound(
  name: 'from' | 'to',
  raw: string | null,
  notices: string[],
): number | null {
  if (raw === null || raw.trim() === '') return null
  const date = parseDate(raw.trim())
  if (!date) {
    const why = dateProblem(raw.trim()) ?? `${quote(raw)} is not a date`
    notices.push(`Ignored ${name}: ${why.replace(/^"[^"]*"/, quote(raw))}.`)
    return null
  }
  return name === 'from' ? date.startMs : date.endMs
}

function parseDomain(
  params: URLSearchParams,
  dataset: Dataset | null,
  notices: string[],
): Domain | null {
  let from = parseBound('from', params.get('from'), notices)
  let to = parseBound('to', params.get('to'), notices)
  if (from === null && to === null) return null
  if (from === null || to === null) {
    if (!dataset) return null
    const whole = dataset.boundsMs
    from ??= whole[0]
    to ??= whole[1]
  }
  if (from >= to) {
    notices.push(
      `Ignored from and to: the start ${quote(params.get('from') ?? '')} is not before the end ${quote(params.get('to') ?? '')}.`,
    )
    return null
  }
  return [from, to]
}

/**
 * Read the view from a query string (`location.search`, with or without `?`). Unknown event ids and codes,
 * malformed or impossible dates, a `from` after `to` and unknown values are left out with a notice; other
 * parameters are ignored silently. With a dataset, ids and codes are checked against it. Never throws.
 */
export function parseUrlState(
  search: string,
  dataset: Dataset | null = null,
): ParsedUrl {
  const params = new URLSearchParams(search)
  const state: { -readonly [K in keyof UrlState]?: UrlState[K] } = {}
  const notices: string[] = []

  const event = params.get('event')?.trim().slice(0, MAX_VALUE_LENGTH)
  if (event) {
    if (!dataset || dataset.eventsById.has(event)) state.eventId = event
    else
      notices.push(`Ignored event ${quote(event)}: it is not on this timeline.`)
  }

  const countries = params.get('countries')
  if (countries !== null) {
    const codes = parseCountries(countries, dataset, notices)
    if (codes.length > 0) state.countries = codes
  }

  const groups = parseGroups(params.getAll('group'), dataset, notices)
  if (groups.length > 0) state.groups = groups

  const match = params.get('match')?.trim().toLowerCase()
  if (match === 'any' || match === 'all') state.matchMode = match
  else if (match)
    notices.push(`Ignored match ${quote(match)}: use “any” or “all”.`)

  const query = params.get('q')?.slice(0, MAX_VALUE_LENGTH)
  if (query !== undefined && query.trim() !== '') state.query = query

  const domain = parseDomain(params, dataset, notices)
  if (domain) state.domain = domain

  const lens = params.get('lens')?.trim().toLowerCase()
  if (lens === 'aligned' || lens === 'chronological') state.lens = lens
  else if (lens)
    notices.push(
      `Ignored lens ${quote(lens)}: use “aligned” or “chronological”.`,
    )

  const rows = parseRows(params.get('rows'))
  if (rows === null)
    notices.push(
      `Ignored rows ${quote(params.get('rows') ?? '')}: use “country”, “organization” or “group”.`,
    )
  else if (rows !== undefined) state.rows = rows

  const step = params.get('step')?.trim()
  if (step) {
    const guideStep = parseStep(step, dataset)
    if (guideStep === null)
      notices.push(
        `Ignored step ${quote(step)}: it is not a step of the guided reading.`,
      )
    else state.guideStep = guideStep
  }

  return { state, notices }
}

/** `rows` as a facet (British "organisation" is taken too); undefined when absent, null when unknown. */
function parseRows(raw: string | null): RowFacet | undefined | null {
  const value = raw?.trim().toLowerCase()
  if (!value) return undefined
  if (value === 'organisation') return 'organization'
  return value === 'country' ||
    value === 'organization' ||
    value === 'group' ||
    value === 'none'
    ? value
    : null
}

/** A 1-based `step` as a 0-based index, or null when it is not a whole number within the dataset's steps. */
function parseStep(raw: string, dataset: Dataset | null): number | null {
  if (!/^\d{1,6}$/.test(raw)) return null
  const n = Number(raw)
  const count = dataset ? guideSteps(dataset.essay).length : Infinity
  return n >= 1 && n <= count ? n - 1 : null
}

/** Nearest midnight UTC, so a domain that d3-zoom moved by a few ms still writes the same day. */
function roundToDay(timeMs: number): number {
  return Math.round(timeMs / DAY_MS) * DAY_MS
}

/** `from`/`to` as ISO days (`to` inclusive), or null when the domain cannot be written as dates. */
function domainDays(domain: Domain): [string, string] | null {
  const from = roundToDay(domain[0])
  const to = Math.max(from, roundToDay(domain[1]) - DAY_MS)
  if (!(from >= MIN_DAY_MS && to <= MAX_DAY_MS)) return null
  return [toIsoDay(from), toIsoDay(to)]
}

/**
 * The query string for a view: `?event=…&countries=…` with only the non-default values, always in
 * `URL_PARAMS` order, codes sorted; `''` for the default view. `serializeUrlState(parseUrlState(s).state)`
 * gives `s` back for any URL this function wrote.
 */
export function serializeUrlState(state: Partial<UrlState>): string {
  const parts: string[] = []
  const add = (name: string, value: string) =>
    parts.push(`${name}=${encodeURIComponent(value).replace(/%2C/g, ',')}`)

  if (state.eventId) add('event', state.eventId)
  const codes = [...new Set(state.countries ?? [])].sort()
  if (codes.length > 0) add('countries', codes.join(','))
  for (const group of [...new Set(state.groups ?? [])].sort())
    add('group', group)
  if (state.matchMode === 'all') add('match', 'all')
  if (state.query && state.query.trim() !== '') add('q', state.query)
  const days = state.domain ? domainDays(state.domain) : null
  if (days) {
    add('from', days[0])
    add('to', days[1])
  }
  if (state.lens === 'aligned') add('lens', 'aligned')
  if (state.rows && state.rows !== 'none') add('rows', state.rows)
  if (state.guideStep !== undefined && state.guideStep !== null)
    add('step', String(state.guideStep + 1))
  return parts.length > 0 ? `?${parts.join('&')}` : ''
}

/** True when `domain` is (within a day) the whole padded extent, which is the default view. */
function isWholeExtent(domain: Domain, dataset: Dataset): boolean {
  const whole = dataset.boundsMs
  return (
    Math.abs(domain[0] - whole[0]) < DAY_MS &&
    Math.abs(domain[1] - whole[1]) < DAY_MS
  )
}

/** The URL-worthy part of the store's state. */
export function urlStateFromStore(state: TimelineState): UrlState {
  const domain = state.visibleDomain
  return {
    eventId: state.selectedEventId,
    countries: [...state.facetFilter],
    groups: [...state.groupFilter],
    matchMode: state.matchMode,
    query: state.query,
    domain:
      domain && !(state.dataset && isWholeExtent(domain, state.dataset))
        ? domain
        : null,
    lens: state.lens,
    rows: state.rowFacet,
    guideStep: state.guideStep,
  }
}

/** A domain from a URL made showable: at least `MIN_SPAN_MS` wide and inside the padded extent. */
export function fitDomain(domain: Domain, dataset: Dataset): Domain {
  const mid = (domain[0] + domain[1]) / 2
  const half = Math.max(domain[1] - domain[0], MIN_SPAN_MS) / 2
  return clampDomain([mid - half, mid + half], dataset.boundsMs)
}

/**
 * Our query string followed by the parameters of `currentSearch` that are not ours (an embedding page's
 * `utm_source`, say), so writing the view never drops someone else's parameter.
 */
export function withForeignParams(ours: string, currentSearch: string): string {
  const foreign = new URLSearchParams(currentSearch)
  for (const name of URL_PARAMS) foreign.delete(name)
  const rest = foreign.toString()
  if (rest === '') return ours
  return ours === '' ? `?${rest}` : `${ours}&${rest}`
}
