import { useMemo, useRef, type ReactNode } from 'react'
import {
  placeClaimNotes,
  type PlacedClaimNote,
} from '../data/events/claimNotes'
import type { EssayBlock, Passage as PassageData } from '../data/types'
import { selectShownEvents, shownIdSet } from '../store/selectors'
import { useTimelineStore } from '../store/timelineStore'
import type { CitationView } from './InlineContent'
import { EssayLegend } from './EssayLegend'
import { Passage } from './Passage'
import { useActivePassage } from './useActivePassage'
import { useEssayScroll } from './useEssayScroll'
import './EssayPanel.css'

/**
 * The essay, rendered from its parsed tree. Citations select events; selecting an event anywhere marks and
 * reveals the passages citing it; scrolling reports the reading position without touching the selection.
 */
export function EssayPanel() {
  const articleRef = useRef<HTMLElement>(null)
  // Selection, hover, playhead and reading position are read by each passage and citation, not here: a
  // pointer move on the timeline then re-renders only what it changes, not the whole essay.
  const dataset = useTimelineStore((s) => s.dataset)
  // Stable while the filters are: scrubbing or hovering does not refilter (filterEvents caches its result).
  const shown = useTimelineStore(selectShownEvents)
  const selectEvent = useTimelineStore((s) => s.selectEvent)
  const hoverEvent = useTimelineStore((s) => s.hoverEvent)

  const shownIds = useMemo(() => shownIdSet(shown), [shown])
  const passagesById = useMemo(
    () => new Map(dataset?.essay.passages.map((p) => [p.id, p])),
    [dataset],
  )

  // Each passage's notes, in reading order; passages without notes share one empty list (Passage is memoised).
  const notesByPassage = useMemo(() => {
    const byPassage = new Map<string, PlacedClaimNote[]>()
    if (dataset)
      for (const placed of placeClaimNotes(dataset.claimNotes, dataset.essay))
        byPassage.set(placed.note.passageId, [
          ...(byPassage.get(placed.note.passageId) ?? []),
          placed,
        ])
    return byPassage
  }, [dataset])

  const view = useMemo<CitationView>(
    () => ({
      shownIds,
      eventsById: dataset?.eventsById ?? new Map(),
      onSelect: selectEvent,
      onHover: hoverEvent,
    }),
    [shownIds, dataset, selectEvent, hoverEvent],
  )

  useActivePassage(articleRef, passagesById.size)
  useEssayScroll()

  if (!dataset) return null
  const { essay } = dataset

  return (
    <article ref={articleRef} className="essay" aria-label="Essay">
      <header className="essay-header">
        <h1 className="essay-title">{essay.title}</h1>
        {essay.byline && <p className="essay-byline">{essay.byline}</p>}
        <EssayLegend essay={essay} noteCount={dataset.claimNotes.length} />
      </header>
      {essay.blocks.map((block) =>
        renderBlock(block, passagesById, (passage) => (
          <Passage
            key={passage.id}
            passage={passage}
            view={view}
            notes={notesByPassage.get(passage.id) ?? NO_NOTES}
          />
        )),
      )}
    </article>
  )
}

const NO_NOTES: readonly PlacedClaimNote[] = []

function renderBlock(
  block: EssayBlock,
  passagesById: ReadonlyMap<string, PassageData>,
  renderPassage: (passage: PassageData) => ReactNode,
) {
  if (block.type === 'passage') {
    const passage = passagesById.get(block.passageId)
    return passage ? renderPassage(passage) : null
  }
  const Heading = `h${block.depth}` as const
  return (
    <Heading key={block.id} id={block.id} className="essay-heading">
      {block.text}
    </Heading>
  )
}
