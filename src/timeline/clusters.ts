import type { TimelineEvent } from '../data/types'

/**
 * Level of detail, step one: at a given scale, exact-day marks whose starts fall within a few px of each other
 * merge into one counted cluster. Pure; positions are layout px (`(timeMs - originMs) * pxPerMs`).
 */

/** One event, or several that merged. */
export type Group = {
  /** In time order; one for a single event. */
  readonly events: readonly TimelineEvent[]
  /** Start of the first event and of the last, layout px. */
  readonly firstPx: number
  readonly lastPx: number
  /** Right end of the drawn extent (the end of a span), layout px. */
  readonly endPx: number
}

export type ClusterOptions = {
  /** Layout px per UTC ms. */
  readonly pxPerMs: number
  /** The UTC ms at layout px 0. */
  readonly originMs: number
  /** Starts closer than this to the first start of a cluster join it, px. */
  readonly mergePx: number
  /** Events drawn narrower than this are point-like and may merge; wider ones (long spans) never do, px. */
  readonly pointMaxPx: number
  /** An ongoing event is drawn as an open bar fading out within this length, px (see `drawnEndPx`). */
  readonly openPx: number
}

/**
 * Right end of an event's drawn extent, layout px. An ongoing event's bar fades out after `openPx` rather
 * than running to the as-of date: decades-long open bars would each take a lane for the whole range.
 */
export function drawnEndPx(
  event: TimelineEvent,
  x0: number,
  x1: number,
  openPx: number,
): number {
  return event.ongoing ? Math.min(x1, x0 + openPx) : x1
}

/**
 * Group `events` (sorted by time) at one scale. A cluster grows while starts stay within `mergePx` of its
 * first start, so a long dense run becomes several clusters rather than one chain. Groups come back sorted by
 * `firstPx` (stable), each event in exactly one group.
 */
export function clusterEvents(
  events: readonly TimelineEvent[],
  options: ClusterOptions,
): readonly Group[] {
  const { pxPerMs, originMs, mergePx, pointMaxPx, openPx } = options
  const groups: Group[] = []
  let open: TimelineEvent[] = []
  let openFirst = 0
  let openLast = 0
  let openEnd = 0
  const close = () => {
    if (open.length > 0)
      groups.push({
        events: open,
        firstPx: openFirst,
        lastPx: openLast,
        endPx: openEnd,
      })
    open = []
  }
  for (const event of events) {
    const x0 = (event.timeMs - originMs) * pxPerMs
    const x1 = drawnEndPx(
      event,
      x0,
      (event.extentMs[1] - originMs) * pxPerMs,
      openPx,
    )
    if (x1 - x0 >= pointMaxPx) {
      // A long span stays a bar; a cluster still open around its start carries on past it.
      groups.push({ events: [event], firstPx: x0, lastPx: x0, endPx: x1 })
    } else if (open.length > 0 && x0 - openFirst < mergePx) {
      open.push(event)
      openLast = x0
      openEnd = Math.max(openEnd, x1)
    } else {
      close()
      open = [event]
      openFirst = x0
      openLast = x0
      openEnd = x1
    }
  }
  close()
  // Spans were pushed before the clusters open around them closed: restore start order (sort is stable).
  return groups.sort((a, b) => a.firstPx - b.firstPx)
}
