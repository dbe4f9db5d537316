import {
  memo,
  useCallback,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react'
import { useShallow } from 'zustand/react/shallow'
import { selectEventIdsForPassage } from '../store/selectors'
import { useTimelineStore } from '../store/timelineStore'
import { EventMark } from './EventMark'
import { rowCentre } from './geometry'
import type { Layout, MarkItem } from './layout'

type Props = {
  /** The whole layout at this zoom level (arrow keys may walk past the drawn part). */
  readonly layout: Layout
  /** The items drawn: those within the visible window and a margin. */
  readonly items: readonly MarkItem[]
  /** Layout px drawn at x = 0 of this layer, and screen px per layout px (1 to 1.19 within a level). */
  readonly originPx: number
  readonly ratio: number
  /** Tab stop when neither the selected nor the current event is drawn: the first visible item. */
  readonly firstVisibleKey: string | null
  /** Zoom into a cluster. */
  readonly onZoomTo: (item: MarkItem) => void
  /** Bring an item that is not drawn into view (synchronously, so it can take focus). */
  readonly onReveal: (item: MarkItem) => void
  /** Show (or hide, with null) the tooltip for an item. */
  readonly onTip: (item: MarkItem | null) => void
}

/**
 * The marks, with a roving tabindex: one mark is in the tab order, and arrow keys (Left/Right, Home/End)
 * move focus along the marks in time order. Key handling stays on this layer, never on the document.
 * Subscribes only to selection, playhead event, hover and the reader's passage: scrubbing between two events
 * re-renders nothing here.
 */
export const EventMarks = memo(function EventMarks(props: Props) {
  const {
    layout,
    items,
    originPx,
    ratio,
    firstVisibleKey,
    onZoomTo,
    onReveal,
    onTip,
  } = props
  const selectedId = useTimelineStore((s) => s.selectedEventId)
  const currentId = useTimelineStore((s) => s.currentEventId)
  const hoveredId = useTimelineStore((s) => s.hoveredEventId)
  const citedIds = useTimelineStore(
    useShallow((s) => selectEventIdsForPassage(s, s.activePassageId)),
  )
  const [focusKey, setFocusKey] = useState<string | null>(null)
  const layerRef = useRef<SVGGElement>(null)

  // Which drawn item holds each event (an event inside a cluster lights the cluster).
  const keyOfEvent = useMemo(() => {
    const map = new Map<string, string>()
    for (const item of items)
      for (const e of item.events) map.set(e.id, item.key)
    return map
  }, [items])
  const cited = useMemo(
    () => new Set(citedIds.map((id) => keyOfEvent.get(id))),
    [citedIds, keyOfEvent],
  )
  const selectedKey =
    selectedId === null ? undefined : keyOfEvent.get(selectedId)
  const currentKey = currentId === null ? undefined : keyOfEvent.get(currentId)
  const hoveredKey = hoveredId === null ? undefined : keyOfEvent.get(hoveredId)
  const drawnKeys = useMemo(() => new Set(items.map((i) => i.key)), [items])
  const tabStop =
    (focusKey !== null && drawnKeys.has(focusKey) ? focusKey : null) ??
    selectedKey ??
    currentKey ??
    firstVisibleKey

  const onActivate = useCallback(
    (item: MarkItem) => {
      if (item.events.length > 1) onZoomTo(item)
      else useTimelineStore.getState().selectEvent(item.events[0]!.id)
    },
    [onZoomTo],
  )
  const onPoint = useCallback(
    (item: MarkItem | null, byFocus: boolean) => {
      if (item && byFocus) setFocusKey(item.key)
      onTip(item)
      const single =
        item && item.events.length === 1 ? item.events[0]!.id : null
      useTimelineStore.getState().hoverEvent(single)
    },
    [onTip],
  )

  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const key = (event.target as Element).getAttribute('data-key')
    const all = layout.items
    const index = all.findIndex((i) => i.key === key)
    if (key === null || index === -1) return
    const target =
      event.key === 'ArrowRight'
        ? all[index + 1]
        : event.key === 'ArrowLeft'
          ? all[index - 1]
          : event.key === 'Home'
            ? all[0]
            : event.key === 'End'
              ? all[all.length - 1]
              : undefined
    if (!target) return
    event.preventDefault()
    if (!drawnKeys.has(target.key)) onReveal(target)
    setFocusKey(target.key)
    const element = [
      ...(layerRef.current?.querySelectorAll('[data-key]') ?? []),
    ].find((el) => el.getAttribute('data-key') === target.key)
    if (element instanceof SVGElement) element.focus()
  }

  return (
    // The layer only delegates arrow keys from its marks, which are the focusable buttons.
    <g className="tl-marks" ref={layerRef} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <EventMark
          key={item.key}
          item={item}
          x={(item.x0 - originPx) * ratio}
          widthPx={item.shape === 'cluster' ? 0 : (item.x1 - item.x0) * ratio}
          y={rowCentre(item.row)}
          isSelected={item.key === selectedKey}
          isCurrent={item.key === currentKey}
          isHovered={item.key === hoveredKey}
          isCited={cited.has(item.key)}
          isTabStop={item.key === tabStop}
          onActivate={onActivate}
          onPoint={onPoint}
        />
      ))}
    </g>
  )
})
