import type { RefObject } from 'react'
import { eventDateWords, eventMachineDate } from '../data/eventDate'
import { countryName, flagEmoji, organizationName } from '../data/names'
import type { Citation, Dataset, TimelineEvent } from '../data/types'
import { CitingPassages } from './CitingPassages'
import { EventMediaFigure } from './EventMediaFigure'
import { supportsFlagEmoji } from './flagSupport'
import { openingCitationText } from './provenanceText'
import { SourceList } from './SourceList'

type Props = {
  event: TimelineEvent
  dataset: Dataset
  isShown: boolean
  /** The essay's citation this event was opened from, when it was opened from one. */
  openingCitation: Citation | null
  previous: TimelineEvent | null
  next: TimelineEvent | null
  headingRef: RefObject<HTMLHeadingElement | null>
  /** Phone sheet folded to its title bar (no effect on wider layouts, where the toggle is hidden). */
  isFolded: boolean
  onFold: (folded: boolean) => void
  onSelect: (id: string | null) => void
  onShowPassage: (passageId: string) => void
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** The selected event in full: what, when, who, why it matters here, and where it is recorded. */
export function EventDetails(props: Props) {
  const { event, dataset, isShown, headingRef } = props
  return (
    <div className="detail-body">
      <header className="detail-header">
        {event.kind !== null && (
          <p className="detail-kind">{capitalise(event.kind)}</p>
        )}
        <h2 id="detail-title" ref={headingRef} tabIndex={-1}>
          {event.title}
        </h2>
        <p className="detail-date">
          <EventDate event={event} />
        </p>
        <button
          type="button"
          className="detail-button detail-fold"
          aria-expanded={!props.isFolded}
          aria-controls="detail-content"
          onClick={() => props.onFold(!props.isFolded)}
        >
          {props.isFolded ? 'Show details' : 'Hide details'}
        </button>
        <button
          type="button"
          className="detail-close"
          aria-label="Close event details"
          onClick={() => props.onSelect(null)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>

      <div id="detail-content" className="detail-content">
        {!isShown && (
          <p className="detail-caveat">
            Hidden on the timeline by the current filters.
          </p>
        )}

        {props.openingCitation && (
          <p className="detail-provenance">
            <span className="detail-provenance-phrase">
              “{props.openingCitation.text}”
            </span>{' '}
            {openingCitationText(props.openingCitation.provenance)}
          </p>
        )}

        <Parties event={event} />

        <p className="detail-summary">{event.summary}</p>

        {event.media && <EventMediaFigure media={event.media} />}

        {event.note && (
          <section className="detail-note" aria-labelledby="detail-note-title">
            <h3 id="detail-note-title">Note on the record</h3>
            <p>{event.note}</p>
          </section>
        )}

        <section aria-labelledby="detail-cited-title">
          <h3 id="detail-cited-title">Cited in the essay</h3>
          <CitingPassages
            event={event}
            dataset={dataset}
            onShow={props.onShowPassage}
          />
        </section>

        <section aria-labelledby="detail-sources-title">
          <h3 id="detail-sources-title">Sources</h3>
          <SourceList
            sources={event.sources}
            isUnverified={event.unverifiedSource}
          />
        </section>

        <nav className="detail-steps" aria-label="Neighbouring events">
          <StepButton
            label="Previous event"
            target={props.previous}
            onSelect={props.onSelect}
          />
          <StepButton
            label="Next event"
            target={props.next}
            onSelect={props.onSelect}
          />
        </nav>
      </div>
    </div>
  )
}

/** The event's date in words; the data's own wording ("Spring 1948") keeps the date it stands for in `datetime`. */
function EventDate({ event }: { event: TimelineEvent }) {
  const words = eventDateWords(event)
  const machine = event.displayDate === null ? null : eventMachineDate(event)
  return machine === null ? words : <time dateTime={machine}>{words}</time>
}

function Parties({ event }: { event: TimelineEvent }) {
  if (event.countries.length === 0 && event.organizations.length === 0)
    return null
  const withFlags = supportsFlagEmoji()
  return (
    <dl className="detail-parties">
      {event.countries.length > 0 && (
        <>
          <dt>{event.countries.length > 1 ? 'Countries' : 'Country'}</dt>
          <dd>
            <ul className="detail-tags">
              {event.countries.map((code) => (
                <li key={code}>
                  {withFlags && (
                    <span className="detail-flag" aria-hidden="true">
                      {flagEmoji(code)}
                    </span>
                  )}
                  {countryName(code)}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {event.organizations.length > 0 && (
        <>
          <dt>
            {event.organizations.length > 1 ? 'Organisations' : 'Organisation'}
          </dt>
          <dd>
            <ul className="detail-tags">
              {event.organizations.map((code) => {
                const name = organizationName(code)
                return (
                  <li key={code}>
                    {name === code ? code : `${name} (${code})`}
                  </li>
                )
              })}
            </ul>
          </dd>
        </>
      )}
    </dl>
  )
}

/** Steps to a neighbour. Stays focusable at the ends (aria-disabled) so keyboard focus is never dropped. */
function StepButton({
  label,
  target,
  onSelect,
}: {
  label: 'Previous event' | 'Next event'
  target: TimelineEvent | null
  onSelect: (id: string | null) => void
}) {
  const descriptionId = `detail-step-${label === 'Next event' ? 'next' : 'previous'}`
  return (
    <button
      type="button"
      className={`detail-button detail-step detail-step-${label === 'Next event' ? 'next' : 'previous'}`}
      aria-label={label}
      aria-describedby={descriptionId}
      aria-disabled={target ? undefined : 'true'}
      onClick={() => target && onSelect(target.id)}
    >
      <span className="detail-step-label">
        {label === 'Next event' ? `${label} →` : `← ${label}`}
      </span>
      <span id={descriptionId} className="detail-step-title">
        {target ? target.title : 'None'}
      </span>
    </button>
  )
}
