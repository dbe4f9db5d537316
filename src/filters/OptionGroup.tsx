import type { FilterOption } from './filterOptions'

type OptionGroupProps = {
  /** Names the sub-group: "Countries", "Organisations". */
  legend: string
  /** Id of the list, for the "More" button's aria-controls. */
  listId: string
  options: readonly FilterOption[]
  checked: ReadonlySet<string>
  onToggle: (code: string) => void
}

/** One sub-group of checkboxes; each is named "<label> (<count>)" so its name starts with the country. */
export function OptionGroup({
  legend,
  listId,
  options,
  checked,
  onToggle,
}: OptionGroupProps) {
  if (options.length === 0) return null
  return (
    <fieldset className="country-filter__group">
      <legend className="country-filter__sublegend">{legend}</legend>
      <ul className="country-filter__options" id={listId}>
        {options.map((option) => {
          const title = option.fullName ?? undefined
          return (
            <li key={option.code}>
              <label className="country-filter__option" title={title}>
                <input
                  type="checkbox"
                  checked={checked.has(option.code)}
                  onChange={() => onToggle(option.code)}
                  title={title}
                />
                <span>{option.label}</span>{' '}
                <span className="country-filter__count">({option.count})</span>
              </label>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
