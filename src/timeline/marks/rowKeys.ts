import type { Layout, MarkItem } from '../layout/layout'
import {
  isRowItem,
  markInNextRow,
  markInRow,
  type RowsLayout,
} from '../layout/rows'

/** The keys that move focus among rows by facet (the marks take them: the rows' frame never scrolls by them). */
export const ROW_KEYS: ReadonlySet<string> = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
])

/**
 * Where a key moves focus among rows by facet: ArrowUp/ArrowDown to the nearest mark in time on the nearest row
 * above or below that has a real mark, ArrowLeft/ArrowRight to the previous or next mark in the row, Home/End
 * to the row's first or last; null for other keys or when there is nowhere to go. Copies are never targets:
 * each event's button is reached once, in its first row, and a row of copies only is passed over (its events
 * are reached in their own rows; a copy's button is hidden from assistive technology).
 */
export function rowKeyTarget(
  layout: Layout,
  from: MarkItem,
  key: string,
): MarkItem | null {
  if (!isRowItem(from) || !('rows' in layout)) return null
  const rows = layout as RowsLayout
  switch (key) {
    case 'ArrowUp':
      return markInNextRow(rows, from, -1)
    case 'ArrowDown':
      return markInNextRow(rows, from, 1)
    case 'ArrowLeft':
      return markInRow(rows, from, -1)
    case 'ArrowRight':
      return markInRow(rows, from, 1)
    case 'Home':
      return markInRow(rows, from, 'first')
    case 'End':
      return markInRow(rows, from, 'last')
    default:
      return null
  }
}
