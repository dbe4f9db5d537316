import {
  memo,
  useCallback,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { EventId } from '../../data/types'
import type { AlignedLayout } from './alignedLayout'
import type { PlacedRow } from './alignedPlacement'
import { rowName } from './alignedText'
import { selectEventIdsForPassage } from '../../store/selectors'
import { useTimelineStore } from '../../store/timelineStore'
import { AlignedFrame } from './AlignedFrame'
import type { FrameDrawing } from './alignedDrawing'
import { laneCentre } from './alignedGeometry'
import { AlignedMark, type AlignedSlot, type PlotPoint } from './AlignedMark'

type Props = {
  readonly layout: AlignedLayout
  readonly rows: readonly PlacedRow[]
  readonly tops: readonly number[]
  /** Each row's frame, in row order. */
  readonly frames: readonly FrameDrawing[]
  /** Calendar places of the events: marks start there and go back there when leaving. */
  readonly chronological: ReadonlyMap<EventId, PlotPoint>
  /** True once the marks may sit at their aligned places (after the first frame). */
  readonly isSettled: boolean
  readonly isLeaving: boolean
  readonly onTip: (slot: AlignedSlot | null) => void
}

/** Every row's marks with their keys and aligned places, in row order then time order (the arrow keys' order). */
export function alignedSlots(
  layout: AlignedLayout,
  rows: readonly PlacedRow[],
  tops: readonly number[],
): readonly AlignedSlot[] {
  return rows.flatMap((row, rowIndex) => {
    const caseId = layout.rows[rowIndex]?.case.id ?? ''
    const top = tops[rowIndex] ?? 0
    return row.items.map((item) => ({
      key: `${caseId}/${item.event.id}`,
      rowIndex,
      item,
      target: { x: item.x0, y: laneCentre(top, item.lane) },
    }))
  })
}

/**
 * The aligned rows: per case a group named with its guarantee and open question, holding its frame (name,
 * band of the open question) and its events as marks named, pressed and keyed like the calendar view's.
 * Marks move between their calendar and aligned places with a CSS transition on `transform`.
 */
export const AlignedMarks = memo(function AlignedMarks(props: Props) {
  const { layout, rows, tops, frames, chronological, onTip } = props
  const selectedId = useTimelineStore((s) => s.selectedEventId)
  const currentId = useTimelineStore((s) => s.currentEventId)
  const hoveredId = useTimelineStore((s) => s.hoveredEventId)
  const citedIds = useTimelineStore(
    useShallow((s) => selectEventIdsForPassage(s, s.activePassageId)),
  )
  const cited = useMemo(() => new Set(citedIds), [citedIds])
  const slots = useMemo(
    () => alignedSlots(layout, rows, tops),
    [layout, rows, tops],
  )
  const [focusKey, setFocusKey] = useState<string | null>(null)
  const layerRef = useRef<SVGGElement>(null)

  const keyOf = (id: EventId | null) =>
    id === null ? undefined : slots.find((s) => s.item.event.id === id)?.key
  const tabStop =
    (focusKey !== null && slots.some((s) => s.key === focusKey)
      ? focusKey
      : null) ??
    keyOf(selectedId) ??
    keyOf(currentId) ??
    slots[0]?.key

  const onActivate = useCallback((slot: AlignedSlot) => {
    useTimelineStore.getState().selectEvent(slot.item.event.id)
  }, [])
  const onPoint = useCallback(
    (slot: AlignedSlot | null, byFocus: boolean) => {
      if (slot && byFocus) setFocusKey(slot.key)
      onTip(slot)
      useTimelineStore.getState().hoverEvent(slot?.item.event.id ?? null)
    },
    [onTip],
  )

  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const key = (event.target as Element).getAttribute('data-key')
    const index = slots.findIndex((s) => s.key === key)
    if (key === null || index === -1) return
    const target =
      event.key === 'ArrowRight'
        ? slots[index + 1]
        : event.key === 'ArrowLeft'
          ? slots[index - 1]
          : event.key === 'Home'
            ? slots[0]
            : event.key === 'End'
              ? slots[slots.length - 1]
              : undefined
    if (!target) return
    event.preventDefault()
    setFocusKey(target.key)
    const element = [
      ...(layerRef.current?.querySelectorAll('[data-key]') ?? []),
    ].find((el) => el.getAttribute('data-key') === target.key)
    if (element instanceof SVGElement) element.focus()
  }

  const isHome = props.isSettled && !props.isLeaving
  const renderSlot = (slot: AlignedSlot) => {
    const id = slot.item.event.id
    return (
      <AlignedMark
        key={slot.key}
        slot={slot}
        at={isHome ? slot.target : (chronological.get(id) ?? slot.target)}
        isSelected={id === selectedId}
        isCurrent={id === currentId}
        isHovered={id === hoveredId}
        isCited={cited.has(id)}
        isTabStop={slot.key === tabStop}
        onActivate={onActivate}
        onPoint={onPoint}
      />
    )
  }
  return (
    // The layer only delegates arrow keys from its marks, which are the focusable buttons.
    <g
      className={`al-rows${isHome ? ' is-home' : ''}`}
      ref={layerRef}
      onKeyDown={onKeyDown}
    >
      {layout.rows.map((row, rowIndex) => (
        <g
          key={row.case.id}
          className="al-row"
          role="group"
          aria-label={rowName(row)}
        >
          {frames[rowIndex] && <AlignedFrame frame={frames[rowIndex]} />}
          {slots.filter((slot) => slot.rowIndex === rowIndex).map(renderSlot)}
        </g>
      ))}
    </g>
  )
})
