import { useId } from 'react'
import {
  describeProblemCount,
  formatProblem,
  plural,
  summarizeProblems,
} from '../data/problems'
import type { Problem } from '../data/types'

/**
 * Why opened files could not be shown, in the loader's format: an alert with a heading and one line per
 * problem with where it is. The content on screen stays as it was.
 */
export function OpenProblems({
  name,
  problems,
  onDismiss,
}: {
  name: string
  problems: readonly Problem[]
  onDismiss: () => void
}) {
  const headingId = useId()
  const { shown, hiddenCount } = summarizeProblems(problems)
  const heading =
    problems.length === 1 && problems[0]?.path === ''
      ? 'The files could not be opened'
      : `${name ? `“${name}”` : 'The content'} has ${describeProblemCount(problems)}`
  return (
    <section className="open-problems" role="alert" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ul>
        {shown.map((problem, i) => (
          <li key={i}>{formatProblem(problem)}</li>
        ))}
        {hiddenCount > 0 && <li>…and {plural(hiddenCount, 'more problem')}</li>}
      </ul>
      <button type="button" className="button" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  )
}
