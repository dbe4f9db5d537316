/** Replaced by the panel's implementation. */
export function SearchBox() {
  return null
}
