import type { Dataset, TimelineEvent } from '../data/types'
import { citingLabel } from './provenanceText'
import { citationExcerpt } from './quote'

/** Each passage citing `event`, quoted around its citation, with a button that shows it in the essay. */
export function CitingPassages({
  event,
  dataset,
  onShow,
}: {
  event: TimelineEvent
  dataset: Dataset
  onShow: (passageId: string) => void
}) {
  const passageIds = dataset.passagesByEvent.get(event.id) ?? []
  const passages = passageIds.flatMap((id) => {
    const passage = dataset.essay.passages.find((p) => p.id === id)
    return passage ? [passage] : []
  })
  if (passages.length === 0)
    return <p className="detail-muted">The essay does not cite this event.</p>

  return (
    <ol className="citing-list">
      {passages.map((passage) => {
        const citation = passage.citations.find((c) =>
          c.eventIds.includes(event.id),
        )
        const { before, anchor, after } = citationExcerpt(
          passage,
          citation?.id ?? '',
        )
        return (
          <li key={passage.id} className="citing">
            <blockquote className="citing-quote">
              <p>
                {before}
                {anchor && <mark>{anchor}</mark>}
                {after}
              </p>
            </blockquote>
            {citation?.provenance && (
              <p className="citing-provenance">
                {citingLabel(citation.provenance)}
              </p>
            )}
            <button
              type="button"
              className="detail-button citing-show"
              aria-label={`Show in essay: paragraph ${passage.index}`}
              onClick={() => onShow(passage.id)}
            >
              Show in essay
              <span className="citing-paragraph" aria-hidden="true">
                ¶ {passage.index}
              </span>
            </button>
          </li>
        )
      })}
    </ol>
  )
}
