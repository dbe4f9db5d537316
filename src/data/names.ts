import type { CountryCode, OrganizationCode } from './types'

/**
 * Names for codes that `Intl.DisplayNames` lacks or names for today's state only: the USSR, East Germany,
 * Kosovo (a user-assigned code), and FR Yugoslavia, which the data writes as Serbia's `RS` for 1992–2003.
 */
const HISTORICAL_COUNTRY_NAMES: Readonly<Record<string, string>> = {
  SU: 'Soviet Union',
  DD: 'East Germany',
  XK: 'Kosovo',
}

/** Codes the data may use beyond ISO 3166-1's assigned ones. */
export const EXTRA_COUNTRY_CODES: ReadonlySet<string> = new Set(
  Object.keys(HISTORICAL_COUNTRY_NAMES),
)

const ORGANIZATION_NAMES: Readonly<Record<string, string>> = {
  NATO: 'North Atlantic Treaty Organization',
  EU: 'European Union',
  UN: 'United Nations',
  OSCE: 'Organization for Security and Co-operation in Europe',
  // The OSCE's name before 1 January 1995: events before then carry this code, so the reader sees the body
  // as it was, and a search for "OSCE" still finds them.
  CSCE: 'Conference on Security and Co-operation in Europe, renamed the OSCE in 1995',
  G7: 'Group of Seven',
  NORAD: 'North American Aerospace Defense Command',
  MFO: 'Multinational Force and Observers',
}

let displayNames: Intl.DisplayNames | undefined

function regionNames(): Intl.DisplayNames {
  displayNames ??= new Intl.DisplayNames(['en'], {
    type: 'region',
    fallback: 'none',
  })
  return displayNames
}

/**
 * Region codes that CLDR names but that are not countries of ISO 3166-1: groupings (EU, EZ, UN, QO), unknown
 * and pseudo regions (ZZ, XA, XB), and retired or reserved aliases that it maps onto today's states (UK -> GB,
 * YU and CS -> Serbia, AN, BU, FX, TP, ZR).
 */
const NOT_COUNTRIES: ReadonlySet<string> = new Set(
  'EU EZ UN QO ZZ XA XB UK YU CS AN BU FX TP ZR'.split(' '),
)

const knownCodes = new Map<string, boolean>()

/** True when `code` is two upper-case letters naming a country in English, or one of the historical codes. */
export function isKnownCountryCode(code: string): boolean {
  if (EXTRA_COUNTRY_CODES.has(code)) return true
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return false
  let known = knownCodes.get(code)
  if (known === undefined) {
    // Cached: at most 26 × 26 entries, and a dataset asks about the same few codes thousands of times.
    known = regionNames().of(code) !== undefined
    knownCodes.set(code, known)
  }
  return known
}

/** English name of a country code ("JP" -> "Japan", "SU" -> "Soviet Union"); the code itself when unknown. */
export function countryName(code: CountryCode): string {
  const historical = HISTORICAL_COUNTRY_NAMES[code]
  if (historical) return historical
  try {
    return regionNames().of(code) ?? code
  } catch {
    return code
  }
}

/** Full name of an organisation code ("NATO" -> "North Atlantic Treaty Organization"); the code when unknown. */
export function organizationName(code: OrganizationCode): string {
  return ORGANIZATION_NAMES[code] ?? code
}

/** Regional-indicator flag emoji for a two-letter code; empty for codes with no flag (SU, DD). */
export function flagEmoji(code: CountryCode): string {
  if (code === 'SU' || code === 'DD' || !/^[A-Z]{2}$/.test(code)) return ''
  return String.fromCodePoint(
    ...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65),
  )
}
