import { useRef } from 'react'
import { formatDate } from '../data/dates'
import type { Dataset } from '../data/types'
import { count, editionFacts } from './editionFacts'
import { useModalDialog } from './useModalDialog'
import './AboutEdition.css'

/**
 * The "About this edition" dialog itself, loaded when first opened (it is not needed to read the essay):
 * what it says is counted from the content (`editionFacts`), so it holds for any timeline.
 */
export function AboutDialog({
  dataset,
  onClose,
}: {
  dataset: Dataset
  onClose: () => void
}) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  useModalDialog(dialogRef, headingRef, onClose)
  const facts = editionFacts(dataset)
  return (
    <dialog
      ref={dialogRef}
      className="modal-dialog about-dialog"
      aria-labelledby="about-title"
    >
      <div className="about-body">
        <h2 id="about-title" ref={headingRef} tabIndex={-1}>
          About this edition
        </h2>
        <p>
          This edition sets <cite>{dataset.essay.title}</cite> beside a timeline
          of the {count(facts.eventCount, 'event')} it cites. The essay’s words
          are the author’s; the timeline, the links’ targets and the notes are
          the editors’ work.
        </p>

        <h3>Where the dates come from</h3>
        <p>
          Each event’s dates and facts were checked against the sources listed
          with it: a primary document for {facts.primaryEventCount} of the{' '}
          {count(facts.eventCount, 'event')}, otherwise a reference work or a
          news report. Dates are shown only as precisely as the record gives
          them: a year, a month or a day.
        </p>

        <h3>What is our inference</h3>
        <ul>
          {facts.inferredLinks > 0 && (
            <li>
              The author linked {count(facts.inferredLinks, 'phrase')}, but the
              original link targets were lost: which event each refers to is our
              reading of the text. These links are{' '}
              <span className="about-sample is-authors">underlined</span>.
            </li>
          )}
          {facts.addedLinks > 0 && (
            <li>
              We linked {count(facts.addedLinks, 'further mention')} of events
              ourselves, so that every event is cited. These have a{' '}
              <span className="about-sample is-added">dotted underline</span>,
              and the event details say “Link added by the editors”.
            </li>
          )}
          {facts.unmarkedLinks > 0 && (
            <li>
              {count(facts.unmarkedLinks, 'link')}{' '}
              {facts.unmarkedLinks === 1 ? 'is' : 'are'} as the essay’s author
              made {facts.unmarkedLinks === 1 ? 'it' : 'them'}.
            </li>
          )}
          <li>
            Opening an event from the essay, the event details say which of
            these the link is.
          </li>
        </ul>

        <h3>What the notes are</h3>
        <p>
          A “Note on the record” in an event’s details says where the record
          qualifies the essay’s wording ({count(facts.eventNoteCount, 'event')}{' '}
          {facts.eventNoteCount === 1 ? 'has one' : 'have one'}).
          {facts.claimNoteCount > 0 &&
            ` Notes on the essay’s claims do the same for ${count(facts.claimNoteCount, 'claim')} that tie to no single event: a letter in the margin opens each, and the printed edition lists them as endnotes.`}{' '}
          Notes say what the record shows, with their sources; they never change
          the essay’s words.
        </p>

        <h3>As of</h3>
        <p>
          The content describes the record as of {formatDate(dataset.asOf)}.
          Where a note mentions anything later, it says so.
        </p>

        <h3>Report an error</h3>
        <ReportError address={facts.corrections} />

        <button type="button" className="about-close" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  )
}

/** The publisher's address for corrections, as a link; validation allows only https: and mailto:. */
function ReportError({ address }: { address: string | null }) {
  if (address === null)
    return (
      <p>This copy of the timeline gives no address for reporting errors.</p>
    )
  const mail = /^mailto:([^?]*)/i.exec(address)
  return (
    <p>
      If you find an error, please tell us:{' '}
      {mail ? (
        <a href={address}>write to {decodeURIComponent(mail[1] ?? '')}</a>
      ) : (
        <a href={address} target="_blank" rel="noopener noreferrer">
          report it here
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      )}
      .
    </p>
  )
}
