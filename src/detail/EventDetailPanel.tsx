/** Replaced by the panel's implementation. */
export function EventDetailPanel() {
  return null
}
