import type { CSSProperties, ReactNode, RefObject } from 'react'
import { rowCentre } from '../layout/geometry'
import type { Viewport } from '../viewport'

type Props = {
  readonly view: Viewport
  /** Width of the label column left of the plot, px; the frame reaches that far left of the stage. */
  readonly gutterPx: number
  /** The scrolling frame, for bringing a row into view. */
  readonly frameRef: RefObject<HTMLDivElement | null>
  /** The rows' vertical scroll, px, for what is drawn over them (the tooltip). */
  readonly onScrollTop: (px: number) => void
  readonly children: ReactNode
}

/**
 * Rows by facet: the marks (canvas and buttons) in a frame that scrolls vertically when there are more rows
 * than the band shows, with the rows' names in a column to the left of the plot, in the same scrolling
 * content, so the browser keeps them level with their rows. The column takes the wheel and touch for
 * scrolling (`data-no-zoom`, `data-wheel-scrolls`: d3-zoom leaves them alone), while a drag or wheel on the
 * marks still pans and zooms. The names are a picture for the eye: `RowsSummary` says them to assistive
 * technology. Lanes by time: the children as they are.
 */
export function RowsScroll({
  view,
  gutterPx,
  frameRef,
  onScrollTop,
  children,
}: Props) {
  const { rows, lanes } = view
  if (!rows) return children
  return (
    <div
      ref={frameRef}
      className="tl-rows-scroll"
      style={
        {
          left: -gutterPx,
          width: gutterPx + view.widthPx,
          height: view.frameH,
          // Print lets the frame grow to every row, in the flow just below the axis (Timeline.css).
          '--tl-frame-h': `${view.frameH}px`,
        } as CSSProperties
      }
      onScroll={(event) => onScrollTop(event.currentTarget.scrollTop)}
    >
      <div className="tl-rows-content" style={{ height: view.plotH }}>
        <div
          className="tl-row-labels"
          style={{ width: gutterPx, height: view.plotH }}
          aria-hidden="true"
          data-no-zoom=""
          data-wheel-scrolls=""
        >
          {rows.map((row, r) => (
            <div
              key={row.key}
              className={r % 2 === 1 ? 'tl-row-label is-alt' : 'tl-row-label'}
              style={{
                top: rowCentre(r, lanes) - lanes.rowH / 2,
                height: lanes.rowH,
                lineHeight: `${lanes.rowH}px`,
              }}
              title={`${row.label}: ${row.count} ${row.count === 1 ? 'event' : 'events'}`}
            >
              {row.label}
            </div>
          ))}
        </div>
        <div
          className="tl-rows-plot"
          style={{
            marginLeft: gutterPx,
            width: view.widthPx,
            height: view.plotH,
          }}
        >
          {children}
        </div>
      </div>
    </div>
  )
}
