/** Replaced by the panel's implementation. */
export function EssayPanel() {
  return null
}
