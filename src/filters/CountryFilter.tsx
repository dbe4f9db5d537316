/** Replaced by the panel's implementation. */
export function CountryFilter() {
  return null
}
