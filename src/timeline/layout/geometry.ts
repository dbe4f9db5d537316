/** Sizes shared by the layout and the components, in CSS px. Change them here, not in the markup. */

/** Height of one lane of marks: a 24 px target plus room to breathe. */
export const ROW_H = 28
/** Lanes of marks; events that do not fit merge into clusters. */
export const ROWS = 6
/** Minimum target width and height (WCAG 2.2 target size, 2.5.8). */
export const HIT_PX = 24
/** Radius of an exact-day point. */
export const POINT_R = 5
/** Label font size; `labelText.ts` estimates widths for it. */
export const LABEL_FONT_PX = 12
/** Horizontal space kept between two things in one lane. */
export const GAP_PX = 6
/** Exact-day marks whose starts fall within this distance merge into one counted cluster. */
export const MERGE_PX = 8
/** A mark may move this far right of its date to get a lane of its own rather than join a cluster, px... */
export const MAX_SHIFT_PX = 2 * HIT_PX
/** ...and no more than this many days' worth. */
export const MAX_SHIFT_DAYS = 10
/** Length of an ongoing event's open bar, which fades out towards its arrow. */
export const OPEN_PX = 96
/** A shortened label narrower than this is hidden instead (it would show only an ellipsis). */
export const MIN_LABEL_PX = 30
/** Height of the date axis above the lanes: the scrub zone and the playhead's handle. */
export const AXIS_H = 40
/** Space above the first lane and below the last. */
export const PLOT_PAD = 6
/** Height of the lane area. */
export const PLOT_H = ROWS * ROW_H + 2 * PLOT_PAD
/** Height of the overview strip. */
export const OVERVIEW_H = 28
/** Height of the overview strip in the compact band (phones). */
export const COMPACT_OVERVIEW_H = 26

/** The lanes' vertical geometry, CSS px: how many, how tall, and the space above the first and below the last. */
export type Lanes = {
  readonly rows: number
  readonly rowH: number
  readonly padPx: number
}

/** Wide screens: six lanes. */
export const LANES: Lanes = { rows: ROWS, rowH: ROW_H, padPx: PLOT_PAD }
/**
 * The compact band (phones): four lanes, a little tighter (still a 24 px target each), so the sticky band
 * leaves most of the screen to the essay. Events that do not fit merge into clusters, as on wide screens.
 */
export const COMPACT_LANES: Lanes = { rows: 4, rowH: 26, padPx: 4 }

/** Height of the lane area for `lanes`. */
export function lanesHeight(lanes: Lanes): number {
  return lanes.rows * lanes.rowH + 2 * lanes.padPx
}

/** Vertical centre of a lane, px from the top of the lane area. */
export function rowCentre(row: number, lanes: Lanes = LANES): number {
  return lanes.padPx + row * lanes.rowH + lanes.rowH / 2
}

/** Width of a cluster's badge for `count` events: at least a target, wider for more digits. */
export function clusterWidthPx(count: number): number {
  return Math.max(HIT_PX, 14 + 7 * String(count).length)
}
