import { dsvFormat } from 'd3-dsv'
import { toIsoDay } from '../dates'
import {
  COUNTRY_PATTERN,
  LIMITS,
  MAX_EVENTS,
  ORGANIZATION_PATTERN,
} from '../events/datasetRules'
import { checkHttpsUrl } from '../httpsUrl'
import { isKnownCountryCode } from '../names'
import { plural, quote } from '../problems'
import { convertTimeline, type ImportResult } from './importTimelineJs'
import { ImportNotes } from './importNotes'
import { cut, type ImportedSource, type Slide } from './timelineJsEvent'

/**
 * A spreadsheet downloaded from TimelineJS's Google Sheets template (CSV or TSV) -> the same conversion as a
 * TimelineJS file: each row becomes a slide (`{ start_date, text, media, group, … }`), a row of Type "title"
 * the title slide, one of Type "era" an era. Columns are matched by their header, in any order and case; our
 * own Countries, Organizations and Sources (`title | url`, one per line) columns fill what TimelineJS lacks.
 * A row's problem names its row number and headline, and the other rows still open. Parsed with d3-dsv.
 */

/** The columns read, by their header as the template writes it (matched without regard to case or spaces). */
export const SPREADSHEET_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
  'Countries',
  'Organizations',
  'Sources',
] as const

type Column = (typeof SPREADSHEET_COLUMNS)[number]

const key = (header: string) => header.trim().replace(/\s+/g, ' ').toLowerCase()

/** Other spellings editors use for our own columns. */
const ALIASES: Readonly<Record<string, Column>> = {
  organisations: 'Organizations',
  'display date': 'Display Date',
  country: 'Countries',
  source: 'Sources',
}

const COLUMN_BY_KEY: ReadonlyMap<string, Column> = new Map([
  ...SPREADSHEET_COLUMNS.map((c): [string, Column] => [key(c), c]),
  ...Object.entries(ALIASES),
])

/** A few more rows than events may hold: the title and eras are rows too. */
const MAX_ROWS = MAX_EVENTS + 1000

/** `13:30`, `13:30:05`, `1:30 PM` -> hour, minute, second (24-hour); null when unreadable. */
function parseTime(
  raw: string,
): { hour: number; minute: number; second?: number } | null {
  const match =
    /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([ap]\.?m\.?)?$/i.exec(
      raw.trim(),
    )
  if (!match) return null
  let hour = Number(match[1])
  const meridiem = match[4]?.toLowerCase().startsWith('p')
  if (match[4]) {
    if (hour < 1 || hour > 12) return null
    hour = (hour % 12) + (meridiem ? 12 : 0)
  }
  return {
    hour,
    minute: Number(match[2]),
    ...(match[3] === undefined ? {} : { second: Number(match[3]) }),
  }
}

/** The delimiter of a file: by its name, else by what its first line holds most of. */
function delimiterOf(name: string, text: string): string {
  if (/\.tsv$/i.test(name)) return '\t'
  if (/\.csv$/i.test(name)) return ','
  const first = text.slice(0, text.indexOf('\n') >>> 0)
  const count = (c: string) => first.split(c).length
  return count('\t') > count(',') ? '\t' : ','
}

/** A row as cells by column; blank cells are ''. */
type Row = { readonly number: number; readonly get: (c: Column) => string }

function dateObject(
  row: Row,
  prefix: '' | 'End ',
  name: string,
  notes: ImportNotes,
): Record<string, string | number> {
  const date: Record<string, string | number> = {
    year: row.get(`${prefix}Year`),
    month: row.get(`${prefix}Month`),
    day: row.get(`${prefix}Day`),
  }
  const time = row.get(`${prefix}Time`)
  if (time !== '') {
    const parsed = parseTime(time)
    if (parsed) Object.assign(date, parsed)
    else notes.add('time-unread', `${name}: ${quote(time)}`)
  }
  return date
}

/** The row as a TimelineJS slide. */
function slideOf(row: Row, name: string, notes: ImportNotes): unknown {
  const background = row.get('Background')
  return {
    start_date: dateObject(row, '', name, notes),
    end_date: dateObject(row, 'End ', name, notes),
    display_date: row.get('Display Date'),
    text: { headline: row.get('Headline'), text: row.get('Text') },
    media: {
      url: row.get('Media'),
      credit: row.get('Media Credit'),
      caption: row.get('Media Caption'),
      thumbnail: row.get('Media Thumbnail'),
    },
    group: row.get('Group'),
    background: background.startsWith('#')
      ? { color: background }
      : { url: background },
  }
}

/** Codes from a cell ("US, GB" or "US GB"), each checked; unknown ones are reported. */
function codes(
  cell: string,
  isValid: (code: string) => boolean,
  kind: 'country-unknown' | 'organization-unknown',
  max: number,
  name: string,
  notes: ImportNotes,
): string[] {
  const out: string[] = []
  for (const raw of cell.split(/[\s,;]+/)) {
    const code = raw.trim().toUpperCase()
    if (code === '' || out.includes(code)) continue
    if (isValid(code)) out.push(code)
    else notes.add(kind, `${name}: ${quote(raw.trim())}`)
  }
  if (out.length > max) notes.add('too-many', name)
  return out.slice(0, max)
}

/** `Title | https://…` lines (or a bare address) as sources; others reported. */
function sources(
  cell: string,
  name: string,
  notes: ImportNotes,
): ImportedSource[] {
  const out: ImportedSource[] = []
  for (const line of cell.split(/\r?\n/)) {
    if (line.trim() === '') continue
    const bar = line.lastIndexOf('|')
    const title = bar < 0 ? '' : line.slice(0, bar).trim()
    const address = (bar < 0 ? line : line.slice(bar + 1)).trim()
    const check = checkHttpsUrl(address, { protocolRelative: true })
    if (!check.ok) {
      notes.add('source-dropped', name)
      continue
    }
    if (out.some((s) => s.url === check.href)) continue
    const host = new URL(check.href).hostname
    out.push({
      title: cut(title || host, LIMITS.sourceTitleChars),
      publisher: cut(host, LIMITS.publisherChars),
      url: check.href,
      type: 'reference',
    })
  }
  return out
}

const isCountry = (code: string) =>
  COUNTRY_PATTERN.test(code) && isKnownCountryCode(code)
const isOrganization = (code: string) => ORGANIZATION_PATTERN.test(code)

/**
 * Convert the text of a CSV or TSV file (`name` says which; otherwise its first line decides). Rows with a
 * problem are named by number and headline in the report; the rest open. Never throws.
 */
export function importSpreadsheet(
  text: string,
  name: string,
  asOf = toIsoDay(Date.now()),
): ImportResult {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text
  const rows = dsvFormat(delimiterOf(name, source)).parseRows(source)
  const headerAt = rows.findIndex((cells) => cells.some((c) => c.trim() !== ''))
  const header = rows[headerAt] ?? []
  const columns = new Map<Column, number>()
  const notes = new ImportNotes()
  header.forEach((cell, i) => {
    const column = COLUMN_BY_KEY.get(key(cell))
    if (column && !columns.has(column)) columns.set(column, i)
    else if (cell.trim() !== '') notes.add('column-ignored', quote(cell.trim()))
  })
  if (!columns.has('Year'))
    return refuse(
      `${quote(name)} has no “Year” column: its first row must name the columns, as the TimelineJS template does (Year, Month, Day, Headline, Text…).`,
    )
  if (rows.length - headerAt - 1 > MAX_ROWS)
    return refuse(
      `${quote(name)} has ${plural(rows.length - headerAt - 1, 'row')}; the limit is ${MAX_ROWS.toLocaleString('en-US')}.`,
    )
  let title: unknown = null
  const slides: Slide[] = []
  const eras: { value: unknown; name: string }[] = []
  for (let i = headerAt + 1; i < rows.length; i++) {
    const cells = rows[i] ?? []
    if (cells.every((c) => c.trim() === '')) continue
    const row: Row = {
      number: i + 1,
      get: (c) => {
        const at = columns.get(c)
        return at === undefined ? '' : (cells[at] ?? '').trim()
      },
    }
    const headline = row.get('Headline')
    const rowName = `row ${row.number}${headline ? ` (“${cut(headline, 60)}”)` : ''}`
    const type = row.get('Type').toLowerCase()
    const value = slideOf(row, rowName, notes)
    if (type === 'title' && title === null) title = value
    else if (type === 'era') eras.push({ value, name: rowName })
    else {
      if (type === 'title') notes.add('title-extra', rowName)
      slides.push({
        value,
        name: rowName,
        extra: {
          countries: codes(
            row.get('Countries'),
            isCountry,
            'country-unknown',
            LIMITS.countries,
            rowName,
            notes,
          ),
          organizations: codes(
            row.get('Organizations'),
            isOrganization,
            'organization-unknown',
            LIMITS.organizations,
            rowName,
            notes,
          ),
          sources: sources(row.get('Sources'), rowName, notes),
        },
      })
    }
  }
  return convertTimeline({ title, slides, eras }, asOf, notes, 'spreadsheet')
}

function refuse(message: string): ImportResult {
  return { ok: false, problems: [{ path: '', message }] }
}
