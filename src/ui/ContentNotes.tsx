import { formatProblem, plural, summarizeProblems } from '../data/problems'
import { useContentNotes } from './contentNotes'

/** "2 links in the essay are shown as text", opening to the list, each with its passage. Nothing when none. */
export function ContentNotes() {
  const notes = useContentNotes((s) => s.notes)
  if (notes.length === 0) return null
  const { shown, hiddenCount } = summarizeProblems(notes)
  return (
    <details className="content-notes">
      <summary>
        {plural(notes.length, 'link')} in the essay{' '}
        {notes.length === 1 ? 'is' : 'are'} shown as text, not as{' '}
        {notes.length === 1 ? 'a link' : 'links'}
      </summary>
      <ul>
        {shown.map((note, i) => (
          <li key={i}>{formatProblem(note)}</li>
        ))}
        {hiddenCount > 0 && <li>…and {plural(hiddenCount, 'more')}</li>}
      </ul>
    </details>
  )
}
