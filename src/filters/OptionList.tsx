import type { FilterOption } from './filterOptions'

type OptionListProps = {
  /** Id of the list, for a "More" button's aria-controls. */
  listId: string
  options: readonly FilterOption[]
  checked: ReadonlySet<string>
  onToggle: (code: string) => void
}

/** Checkboxes as chips; each is named "<label> (<count>)" so its name starts with the country or group. */
export function OptionList({
  listId,
  options,
  checked,
  onToggle,
}: OptionListProps) {
  return (
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
  )
}
