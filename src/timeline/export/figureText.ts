import { utcFormat } from '../../data/dates'
import type { Domain } from '../../store/domainMath'

/** The words of a figure and its file name, from data-space values. Pure. */

const YEAR_MS = 365.25 * 864e5
const dayMonthYear = utcFormat({
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})
const dayMonth = utcFormat({ day: 'numeric', month: 'long' })
const monthYear = utcFormat({ month: 'long', year: 'numeric' })
const year = (timeMs: number) => new Date(timeMs).getUTCFullYear()

/**
 * The window a figure shows, in words at the precision its length deserves: years for a long window
 * ("1943–2028"), months for a few years ("March 1990 – June 1994"), days for a short one ("1 January – 1
 * October 2025"). En dashes, as the page writes ranges.
 */
export function rangeText([from, to]: Domain): string {
  const span = to - from
  // The window's right edge is exclusive: one ending at 1 January 1962 shows nothing of 1962.
  if (span >= 8 * YEAR_MS) return `${year(from)}–${year(to - 1)}`
  if (span >= 2 * YEAR_MS) return `${monthYear(from)} – ${monthYear(to)}`
  if (year(from) === year(to)) return `${dayMonth(from)} – ${dayMonthYear(to)}`
  return `${dayMonthYear(from)} – ${dayMonthYear(to)}`
}

/**
 * The active filters in words: "All 68 events", or "Showing 5 of 68 events · involving any of Japan, South
 * Korea · in group Berlin · matching “airlift”". `names` are the filter's codes already named (countries by name,
 * organisations by their short code).
 */
export function filterText(options: {
  readonly shown: number
  readonly total: number
  readonly names: readonly string[]
  /** Groups chosen (`TimelineEvent.group`); none when absent. */
  readonly groups?: readonly string[]
  readonly matchMode: 'any' | 'all'
  readonly query: string
}): string {
  const { shown, total, names, matchMode } = options
  const groups = options.groups ?? []
  const noun = total === 1 ? 'event' : 'events'
  const query = options.query.trim()
  if (names.length === 0 && groups.length === 0 && query === '')
    return `All ${total} ${noun}`
  const parts = [`Showing ${shown} of ${total} ${noun}`]
  if (names.length === 1) parts.push(`involving ${names[0]}`)
  else if (names.length > 1)
    parts.push(
      `involving ${matchMode === 'all' ? 'all' : 'any'} of ${names.join(', ')}`,
    )
  if (groups.length > 0)
    parts.push(
      `in ${groups.length === 1 ? 'group' : 'groups'} ${groups.join(', ')}`,
    )
  if (query !== '') parts.push(`matching “${query}”`)
  return parts.join(' · ')
}

/** Longest file name, characters: short enough for every file system and a mail attachment's name. */
export const MAX_FILE_NAME = 80

/**
 * A file name from the title and the window's years (none for a drawing that is not on the calendar):
 * "trumps-path-to-an-imperfect-peace-1943-2028.svg", "…-2025-slide.png", "…-aligned.svg"; the title is cut at a word so the whole name stays within `MAX_FILE_NAME`.
 */
export function figureFileName(
  title: string,
  domain: Domain | null,
  extension: string,
  suffix = '',
): string {
  // Years before 1 as "300bc" (astronomical year -299): no sign in the name.
  const name = (timeMs: number) => {
    const y = year(timeMs)
    return y < 1 ? `${1 - y}bc` : String(y)
  }
  const years = domain && [name(domain[0]), name(domain[1] - 1)]
  const parts = [
    years && (years[0] === years[1] ? years[0] : years.join('-')),
    suffix,
  ].filter(Boolean)
  const tail = `${parts.map((p) => `-${p}`).join('')}.${extension}`
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (next.length + tail.length > MAX_FILE_NAME) break
    slug = next
  }
  return `${slug || 'timeline'}${tail}`
}
