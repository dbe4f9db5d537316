import type { FilterOption } from './filterOptions'
import { OptionList } from './OptionList'

type OptionGroupProps = {
  /** Names the sub-group: "Countries", "Organisations". */
  legend: string
  /** Id of the list, for the "More" button's aria-controls. */
  listId: string
  options: readonly FilterOption[]
  checked: ReadonlySet<string>
  onToggle: (code: string) => void
}

/** One sub-group of checkboxes under its own legend; nothing when it has no options. */
export function OptionGroup({ legend, ...list }: OptionGroupProps) {
  if (list.options.length === 0) return null
  return (
    <fieldset className="country-filter__group">
      <legend className="country-filter__sublegend">{legend}</legend>
      <OptionList {...list} />
    </fieldset>
  )
}
