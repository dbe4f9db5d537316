/**
 * The timeline band's size, as the reader chose it: collapsed to a slim strip (the axis, the playhead and one
 * lane) or open with a number of lanes. Pure: parsing and clamping; `useBandSize` keeps it and stores it.
 */

/** Fewest and most lanes the reader can size the open band to. */
export const MIN_ROWS = 2
export const MAX_ROWS = 12
/** Lanes of the collapsed strip. */
export const COLLAPSED_ROWS = 1

export type BandSize = {
  readonly isCollapsed: boolean
  /** Lanes when open; null for the layout's default (six, four on phones). */
  readonly rows: number | null
}

export const DEFAULT_BAND: BandSize = { isCollapsed: false, rows: null }

/** `rows` kept within MIN_ROWS..MAX_ROWS, whole. */
export function clampRows(rows: number): number {
  return Math.min(MAX_ROWS, Math.max(MIN_ROWS, Math.round(rows)))
}

/** A stored size read back; anything unreadable gives the default. */
export function parseBandSize(text: string | null): BandSize {
  if (!text) return DEFAULT_BAND
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value !== 'object' || value === null) return DEFAULT_BAND
    const { isCollapsed, rows } = value as Record<string, unknown>
    return {
      isCollapsed: isCollapsed === true,
      rows:
        typeof rows === 'number' && Number.isFinite(rows)
          ? clampRows(rows)
          : null,
    }
  } catch {
    return DEFAULT_BAND
  }
}

/** The lanes drawn for a band size, given the layout's default. */
export function bandRows(size: BandSize, defaultRows: number): number {
  if (size.isCollapsed) return COLLAPSED_ROWS
  return size.rows ?? defaultRows
}
