import { useMemo } from 'react'
import { datasetHasGroups } from '../layout/rowsView'
import { useTimelineStore, type RowFacet } from '../../store/timelineStore'
import type { Dataset } from '../../data/types'

const OPTIONS: readonly (readonly [RowFacet, string])[] = [
  ['none', 'None'],
  ['country', 'By country'],
  ['organization', 'By organisation'],
  ['group', 'By group'],
]

/**
 * "Rows": lanes by time alone (none), or one row per country, organisation or group (offered when the data
 * has groups), to compare them side by side. A native select: its keys and announcements are the platform's.
 */
export function RowsControl({ dataset }: { readonly dataset: Dataset }) {
  const facet = useTimelineStore((s) => s.rowFacet)
  const hasGroups = useMemo(() => datasetHasGroups(dataset), [dataset])
  const shown = facet === 'group' && !hasGroups ? 'none' : facet
  return (
    <label className="tl-rows-control">
      <span>Rows</span>
      <select
        className="tl-select"
        value={shown}
        onChange={(event) =>
          useTimelineStore
            .getState()
            .setRowFacet(event.currentTarget.value as RowFacet)
        }
      >
        {OPTIONS.filter(([value]) => value !== 'group' || hasGroups).map(
          ([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ),
        )}
      </select>
    </label>
  )
}
