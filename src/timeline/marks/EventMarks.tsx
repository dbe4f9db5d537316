import { flushSync } from 'react-dom'
import {
  memo,
  useCallback,
  useDeferredValue,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react'
import { useShallow } from 'zustand/react/shallow'
import { selectEventIdsForPassage } from '../../store/selectors'
import { useTimelineStore } from '../../store/timelineStore'
import type { Lanes } from '../layout/geometry'
import type { MarkItem } from '../layout/layout'
import { indexOfItem, itemOf } from '../layout/layoutQueries'
import { keysHolding, ownItemOf } from '../layout/rows'
import { ROW_KEYS, rowKeyTarget } from './rowKeys'
import { MarkButton } from './MarkButton'
import { MarksCanvas } from '../paint/MarksCanvas'
import type { PaintState } from '../paint/paintMarks'
import type { Viewport } from '../viewport'

type Props = {
  /** What is drawn: the layout at this zoom level (arrow keys may walk past the drawn part), the drawn items,
   * where the view falls in layout px, the lanes. */
  readonly view: Viewport
  /** A wheel or drag gesture is under way: the buttons stay put until it ends. */
  readonly isMoving?: boolean
  /** Zoom into a cluster. */
  readonly onZoomTo: (item: MarkItem) => void
  /** Bring an item that is not drawn into view. */
  readonly onReveal: (item: MarkItem) => void
  /** Show (or hide, with null) the tooltip for an item. */
  readonly onTip: (item: MarkItem | null) => void
}

/**
 * The marks: a canvas picture plus one transparent button per drawn mark, with a roving tabindex (one mark in
 * the tab order; Left/Right, Home/End move focus along the marks in time order, on this layer only). Subscribes
 * to selection, playhead event, hover and the reader's passage, not to the playhead time.
 */
export function EventMarks(props: Props) {
  const { view, onZoomTo, onReveal, onTip } = props
  const { layout, items, lanes } = view
  const selectedId = useTimelineStore((s) => s.selectedEventId)
  const currentId = useTimelineStore((s) => s.currentEventId)
  const hoveredId = useTimelineStore((s) => s.hoveredEventId)
  const eventsById = useTimelineStore((s) => s.dataset?.eventsById)
  const citedIds = useTimelineStore(
    useShallow((s) => selectEventIdsForPassage(s, s.activePassageId)),
  )
  const [focusKey, setFocusKey] = useState<string | null>(null)
  const layerRef = useRef<HTMLDivElement>(null)
  // The buttons are transparent: they may follow the picture late. During a wheel or drag gesture they stay
  // where the gesture found them (no button work, and no hover changes from marks sliding under a still
  // pointer) and catch up when it ends; otherwise React renders them (with their layer's transform, so the
  // two stay in step) after the canvas, dropping a stale pass when the next change arrives.
  const [held, setHeld] = useState<Viewport | null>(null)
  // Adjusting state while rendering (react.dev, "storing information from previous renders").
  if (props.isMoving && held === null) setHeld(view)
  if (!props.isMoving && held !== null) setHeld(null)
  const layer = useDeferredValue(held ?? view)
  // A key press may move focus to a button the deferred layer has not drawn yet: focus it once drawn.
  const pendingFocus = useRef<string | null>(null)
  useLayoutEffect(() => {
    const key = pendingFocus.current
    if (key !== null && focusButton(layerRef.current, key))
      pendingFocus.current = null
  }, [layer])

  // Which drawn item holds each event (an event inside a cluster lights the cluster).
  const state: PaintState = useMemo(() => {
    // Rows by facet: an event's real mark, not one of its copies, takes focus and the ring's key.
    const find = view.rows ? ownItemOf : itemOf
    const keyOf = (id: string | null) =>
      id === null ? undefined : find(items, eventsById?.get(id))?.key
    const citedKeys = citedIds.map(keyOf)
    return {
      selectedKey: keyOf(selectedId),
      currentKey: keyOf(currentId),
      hoveredKey: keyOf(hoveredId),
      citedKeys: new Set(citedKeys),
      citedCounts: countKeys(citedKeys),
      ...(view.rows
        ? {
            selectedKeys: keysHolding(
              items,
              selectedId === null ? undefined : eventsById?.get(selectedId),
            ),
            selectedId: selectedId ?? undefined,
            currentId: currentId ?? undefined,
            hoveredId: hoveredId ?? undefined,
          }
        : {}),
    }
  }, [items, eventsById, selectedId, currentId, hoveredId, citedIds, view.rows])
  const isDrawn = (key: string | null | undefined) =>
    typeof key === 'string' && items.some((i) => i.key === key)
  const tabStop =
    (isDrawn(focusKey) ? focusKey : null) ??
    state.selectedKey ??
    state.currentKey ??
    view.firstVisibleKey

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

  /** Moves focus to `target`, revealing it first (its button may be made a render later: focus it then). */
  const focusOn = (target: MarkItem, isRevealed: boolean) => {
    // Render synchronously, so that the target's button exists to take focus.
    flushSync(() => {
      if (!isRevealed) onReveal(target)
      setFocusKey(target.key)
    })
    pendingFocus.current = focusButton(layerRef.current, target.key)
      ? null
      : target.key
  }

  /**
   * Rows by facet: the arrow keys, Home and End are the marks' own (the frame never scrolls by them, which
   * would carry the focused mark out of view, and its button away with its row). Every move reveals its
   * target: its row whole in the frame, its start in the window.
   */
  const onRowsKey = (
    event: KeyboardEvent<HTMLDivElement>,
    from: MarkItem | undefined,
  ) => {
    if (!from || !ROW_KEYS.has(event.key)) return
    event.preventDefault()
    const target = rowKeyTarget(layout, from, event.key)
    if (!target) return
    focusOn(target, false)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const key = (event.target as Element).getAttribute('data-key')
    // The focused button is the deferred layer's: it may be drawn there and no longer in `items`.
    const from =
      items.find((i) => i.key === key) ?? layer.items.find((i) => i.key === key)
    if (view.rows) {
      onRowsKey(event, from)
      return
    }
    const index = from ? indexOfItem(layout, from) : -1
    const to =
      index === -1
        ? -1
        : ({
            ArrowRight: index + 1,
            ArrowLeft: index - 1,
            Home: 0,
            End: layout.length - 1,
          }[event.key] ?? -1)
    const target = to >= 0 && to < layout.length ? layout.item(to) : null
    if (!target) return
    event.preventDefault()
    focusOn(target, items.includes(target))
  }

  const layerStyle: CSSProperties = {
    transform: `translate(${(layer.originPx - layer.leftPx) * layer.ratio}px,0) scale(${layer.ratio},1)`,
  }
  return (
    <>
      <MarksCanvas view={view} state={state} />
      <div
        className="tl-proxies"
        style={{ width: view.widthPx, height: view.plotH }}
      >
        <div
          className="tl-proxy-layer"
          ref={layerRef}
          style={layerStyle}
          // A toolbar: one tab stop, arrow keys move among its buttons (the WAI-ARIA roving tabindex pattern).
          role="toolbar"
          aria-label="Timeline events"
          onKeyDown={onKeyDown}
        >
          <MarkButtons
            items={layer.items}
            originPx={layer.originPx}
            viewLeftPx={layer.leftPx}
            viewRightPx={layer.rightPx}
            lanes={lanes}
            selectedKey={state.selectedKey}
            citedCounts={state.citedCounts}
            tabStop={tabStop}
            onActivate={onActivate}
            onPoint={onPoint}
          />
        </div>
      </div>
    </>
  )
}

type ButtonsProps = {
  readonly items: readonly MarkItem[]
  readonly originPx: number
  /** The view's edges, layout px: a button reaching past one ends at it, as its label does. */
  readonly viewLeftPx: number
  readonly viewRightPx: number
  readonly lanes: Lanes
  readonly selectedKey: string | undefined
  readonly citedCounts: ReadonlyMap<string, number> | undefined
  readonly tabStop: string | null | undefined
  readonly onActivate: (item: MarkItem) => void
  readonly onPoint: (item: MarkItem | null, byFocus: boolean) => void
}

/**
 * The buttons, memoised as a list: a zoom or pan frame that keeps the same items skips them all but those
 * crossing an edge of the view, which are cut at it.
 */
const MarkButtons = memo(function MarkButtons(props: ButtonsProps) {
  const { viewLeftPx: from, viewRightPx: to } = props
  return props.items.map((item) => (
    <MarkButton
      key={item.key}
      item={item}
      originPx={props.originPx}
      clipLeftPx={item.left < from && item.right > from ? from : undefined}
      clipRightPx={item.right > to && item.left < to ? to : undefined}
      lanes={props.lanes}
      isSelected={item.key === props.selectedKey}
      citedCount={props.citedCounts?.get(item.key) ?? 0}
      isTabStop={item.key === props.tabStop}
      onActivate={props.onActivate}
      onPoint={props.onPoint}
    />
  ))
})

/** How many times each key occurs: a cluster's count of events the passage cites. */
function countKeys(
  keys: readonly (string | undefined)[],
): ReadonlyMap<string, number> {
  const counts = new Map<string, number>()
  for (const key of keys)
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1)
  return counts
}

/** Focuses the button for `key` in `layer`; false when it is not there. */
function focusButton(layer: HTMLElement | null, key: string): boolean {
  const button = [...(layer?.querySelectorAll('[data-key]') ?? [])].find(
    (el) => el.getAttribute('data-key') === key,
  )
  if (!(button instanceof HTMLElement)) return false
  button.focus()
  return true
}
