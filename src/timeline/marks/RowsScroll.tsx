import type { CSSProperties, ReactNode, RefObject } from 'react'
import { rowCentre } from '../layout/geometry'
import { rowLabelTab } from '../paint/paintRows'
import type { Viewport } from '../viewport'

type Props = {
  readonly view: Viewport
  /** The scrolling frame, for bringing a row into view. */
  readonly frameRef: RefObject<HTMLDivElement | null>
  /** The rows' vertical scroll, px, for what is drawn over them (the tooltip). */
  readonly onScrollTop: (px: number) => void
  readonly children: ReactNode
}

/**
 * Rows by facet: the marks (canvas and buttons) in a frame that scrolls vertically when there are more rows
 * than the band shows. The row labels are painted on the canvas; over each lies a tab that takes the pointer
 * and touch for scrolling (`data-no-zoom`: d3-zoom leaves it alone), so rows scroll by wheel, touch or the
 * scrollbar while a drag on the marks still pans. Lanes by time: the children as they are.
 */
export function RowsScroll({ view, frameRef, onScrollTop, children }: Props) {
  const { rows } = view
  if (!rows) return children
  return (
    <div
      ref={frameRef}
      className="tl-rows-scroll"
      style={
        {
          width: view.widthPx,
          height: view.frameH,
          // Print lets the frame grow to every row, in the flow just below the axis (Timeline.css).
          '--tl-frame-h': `${view.frameH}px`,
        } as CSSProperties
      }
      onScroll={(event) => onScrollTop(event.currentTarget.scrollTop)}
    >
      <div className="tl-rows-content" style={{ height: view.plotH }}>
        {children}
        {rows.map((row, r) => (
          <div
            key={row.key}
            className="tl-row-tab"
            style={{
              top: rowCentre(r, view.lanes) - view.lanes.rowH / 2,
              width: rowLabelTab(row.label).widthPx,
              height: view.lanes.rowH,
            }}
            title={`${row.label}: ${row.count} ${row.count === 1 ? 'event' : 'events'}`}
            data-no-zoom=""
            aria-hidden="true"
          />
        ))}
      </div>
    </div>
  )
}
