import type { Dataset } from '../../data/types'
import { LegendToggle } from './LegendToggle'
import { LensToggle } from './LensToggle'
import { PeriodControls } from '../zoom/ZoomControls'
import { RowsControl } from './RowsControl'

type Props = {
  readonly dataset: Dataset | null
  /** The calendar view is drawn (its periods, zoom buttons and key apply). */
  readonly isChronological: boolean
}

/**
 * The band's first row: the lens choice, then, in the calendar view, the periods, zoom buttons and key. One
 * row on wide screens; in the compact band (phones) a row that scrolls sideways rather than wrapping, so the
 * band's height stays put. The lens choice stays mounted across views, keeping its focus when switched.
 */
export function TimelineHead({ dataset, isChronological }: Props) {
  return (
    <div className="tl-head">
      <LensToggle />
      {dataset && isChronological && (
        <>
          <PeriodControls dataset={dataset} />
          <RowsControl dataset={dataset} />
          <LegendToggle />
        </>
      )}
    </div>
  )
}
