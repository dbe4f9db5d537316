import { formatDate } from '../../data/dates'
import type { DatePoint, PrecedentCase, TimelineEvent } from '../../data/types'
import type { AlignedRow } from './alignedLayout'
import { formatYearsSince } from './alignedScale'

/** Words for the aligned lens: row names, the open-question band, the playhead's value. Pure. */

/**
 * True when the case has no guarantee yet (Ukraine's, under discussion at the dataset's date): the data says
 * so with `guarantee: null`, and the lens aligns the case at `asOf`.
 */
export function isProspective(precedent: PrecedentCase): boolean {
  return precedent.guarantee === null
}

/** What T = 0 is for this case: "the guarantee", or the as-of date when none has been given. */
export function guaranteePhrase(
  precedent: PrecedentCase,
  asOf: DatePoint | null = null,
): string {
  if (!isProspective(precedent)) return 'the guarantee'
  return asOf
    ? `${formatDate(asOf)}, with no guarantee yet`
    : 'the as-of date, with no guarantee yet'
}

/** Whole years, rounded: "35 years", "1 year", "under a year". */
function yearsText(years: number): string {
  const n = Math.round(years)
  if (n < 1) return 'under a year'
  return n === 1 ? '1 year' : `${n} years`
}

/** The band's visible label: "Open 35 years, settled 1990", "Open 74 years, still unresolved", … */
export function bandText(row: AlignedRow): string {
  const { band } = row
  if (isProspective(row.case))
    return `Open question: no guarantee given by ${formatDate(band.until)}`
  const open = `Open ${yearsText(band.toYears - band.fromYears)}`
  return band.isOpen
    ? `${open}, still unresolved`
    : `${open}, settled ${band.until.iso.slice(0, 4)}`
}

/**
 * The row's accessible name: "Divided Germany: guarantee 6 May 1955; the question stayed open 35 years,
 * settled 3 October 1990".
 */
export function rowName(row: AlignedRow): string {
  const c = row.case
  const { band } = row
  if (!c.guarantee)
    return `${c.name}: no guarantee given as of ${formatDate(band.until)}; aligned on that date, the question is open`
  const when = formatDate(c.guarantee)
  const open = yearsText(band.toYears - band.fromYears)
  return band.isOpen
    ? `${c.name}: guarantee ${when}; the question has stayed open ${open}, unresolved at ${formatDate(band.until)}`
    : `${c.name}: guarantee ${when}; the question stayed open ${open}, settled ${formatDate(band.until)}`
}

/**
 * The aligned playhead in words: "Year 35 after the guarantee, Divided Germany: German reunification". With
 * no current event, the years alone.
 */
export function alignedPlayheadText(
  years: number | null,
  row: AlignedRow | null,
  event: TimelineEvent | null,
): string {
  if (years === null) return 'No date chosen'
  if (!row) return formatYearsSince(years)
  const position = formatYearsSince(
    years,
    guaranteePhrase(row.case, row.band.until),
  )
  return event
    ? `${position}, ${row.case.name}: ${event.title}`
    : `${position}, ${row.case.name}`
}
