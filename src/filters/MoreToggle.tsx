/**
 * "More (n)" / "Fewer": shows the options a long filter list keeps folded (`controls`: the ids of the lists it
 * unfolds). Nothing when no option is folded away.
 */
export function MoreToggle({
  hiddenCount,
  isExpanded,
  controls,
  onToggle,
}: {
  hiddenCount: number
  isExpanded: boolean
  controls: string
  onToggle: () => void
}) {
  if (hiddenCount === 0) return null
  return (
    <button
      type="button"
      className="country-filter__more"
      aria-expanded={isExpanded}
      aria-controls={controls}
      onClick={onToggle}
    >
      {isExpanded ? 'Fewer' : `More (${hiddenCount})`}
    </button>
  )
}
