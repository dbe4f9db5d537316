import { useId, useMemo, useState } from 'react'
import { useTimelineStore } from '../store/timelineStore'
import { collapsedOptions, groupOptions } from './filterOptions'
import { MoreToggle } from './MoreToggle'
import { OptionList } from './OptionList'

/** Groups shown before "More": a TimelineJS timeline has a handful; a spreadsheet may have many. */
const GROUP_LIMIT = 10

/**
 * "Filter by group": one checkbox per group the events name (TimelineJS's `group`), shown only when the data
 * has groups. An event belongs to one group at most, so chosen groups add up (any of them); with countries
 * chosen too, an event must pass both.
 */
export function GroupFilter() {
  const events = useTimelineStore((s) => s.dataset?.events)
  const groupFilter = useTimelineStore((s) => s.groupFilter)
  const toggleGroup = useTimelineStore((s) => s.toggleGroup)
  const [isExpanded, setIsExpanded] = useState(false)
  const listId = useId()
  const options = useMemo(() => groupOptions(events ?? []), [events])
  if (options.length === 0) return null

  const collapsed = collapsedOptions(options, GROUP_LIMIT, groupFilter)
  const hiddenCount = options.length - collapsed.length
  return (
    <fieldset className="country-filter__fieldset">
      <legend className="country-filter__legend">Filter by group</legend>
      <OptionList
        listId={listId}
        options={isExpanded ? options : collapsed}
        checked={groupFilter}
        onToggle={toggleGroup}
      />
      <MoreToggle
        hiddenCount={hiddenCount}
        isExpanded={isExpanded}
        controls={listId}
        onToggle={() => setIsExpanded(!isExpanded)}
      />
    </fieldset>
  )
}
