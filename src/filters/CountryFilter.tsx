import { useId, useMemo, useState } from 'react'
import type { MatchMode } from '../store/filterEvents'
import { useTimelineStore } from '../store/timelineStore'
import { FilterSummary } from './FilterSummary'
import {
  collapsedOptions,
  countWithoutCountry,
  filterOptions,
} from './filterOptions'
import { GroupFilter } from './GroupFilter'
import { MoreToggle } from './MoreToggle'
import { OptionGroup } from './OptionGroup'
import './CountryFilter.css'

/** Entries shown per sub-group before "More": the data has ~45 countries and 7 organisations. */
const COUNTRY_LIMIT = 8
const ORGANIZATION_LIMIT = 4

const MATCH_MODES: readonly { mode: MatchMode; label: string }[] = [
  { mode: 'any', label: 'Any of these' },
  { mode: 'all', label: 'All of these' },
]

/**
 * "Filter by country": one checkbox per country and organisation in the data, most frequent first, the rest
 * behind "More"; how many events name no country (a country filter never shows them); any/all match mode;
 * then "Filter by group" when the data has groups; the shown count and Clear (FilterSummary). Drives the store only: every
 * panel reads the filtered events from there.
 */
export function CountryFilter() {
  const dataset = useTimelineStore((s) => s.dataset)
  const facetFilter = useTimelineStore((s) => s.facetFilter)
  const matchMode = useTimelineStore((s) => s.matchMode)
  const toggleFacet = useTimelineStore((s) => s.toggleFacet)
  const setMatchMode = useTimelineStore((s) => s.setMatchMode)
  const [isExpanded, setIsExpanded] = useState(false)
  const id = useId()

  const options = useMemo(() => filterOptions(dataset?.events ?? []), [dataset])
  const withoutCountry = useMemo(
    () => countWithoutCountry(dataset?.events ?? []),
    [dataset],
  )
  if (!dataset) return null

  const collapsedCountries = collapsedOptions(
    options.countries,
    COUNTRY_LIMIT,
    facetFilter,
  )
  const collapsedOrganizations = collapsedOptions(
    options.organizations,
    ORGANIZATION_LIMIT,
    facetFilter,
  )
  const hiddenCount =
    options.countries.length +
    options.organizations.length -
    collapsedCountries.length -
    collapsedOrganizations.length
  const countries = isExpanded ? options.countries : collapsedCountries
  const organizations = isExpanded
    ? options.organizations
    : collapsedOrganizations
  const countryListId = `${id}-countries`
  const organizationListId = `${id}-organizations`
  const controlledIds = [
    options.countries.length > 0 ? countryListId : '',
    options.organizations.length > 0 ? organizationListId : '',
  ]
    .filter(Boolean)
    .join(' ')

  return (
    <div className="country-filter">
      <fieldset className="country-filter__fieldset">
        <legend className="country-filter__legend">Filter by country</legend>
        <div className="country-filter__groups">
          <OptionGroup
            legend="Countries"
            listId={countryListId}
            options={countries}
            checked={facetFilter}
            onToggle={toggleFacet}
          />
          <OptionGroup
            legend="Organisations"
            listId={organizationListId}
            options={organizations}
            checked={facetFilter}
            onToggle={toggleFacet}
          />
        </div>
        <MoreToggle
          hiddenCount={hiddenCount}
          isExpanded={isExpanded}
          controls={controlledIds}
          onToggle={() => setIsExpanded(!isExpanded)}
        />
        {withoutCountry > 0 && (
          <p className="country-filter__note">
            {withoutCountry === 1
              ? '1 event names no country'
              : `${withoutCountry} events name no country`}
            : a country filter does not show{' '}
            {withoutCountry === 1 ? 'it' : 'them'}.
          </p>
        )}
        <fieldset className="country-filter__match">
          <legend className="country-filter__sublegend">Match</legend>
          {MATCH_MODES.map(({ mode, label }) => (
            <label key={mode} className="country-filter__radio">
              <input
                type="radio"
                name={`${id}-match`}
                value={mode}
                checked={matchMode === mode}
                onChange={() => setMatchMode(mode)}
              />
              {label}
            </label>
          ))}
        </fieldset>
      </fieldset>
      <GroupFilter />
      <FilterSummary />
    </div>
  )
}
