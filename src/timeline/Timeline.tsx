/** Replaced by the panel's implementation. */
export function Timeline() {
  return null
}
