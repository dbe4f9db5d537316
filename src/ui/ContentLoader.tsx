import {
  startTransition,
  useEffect,
  useId,
  useState,
  type ReactNode,
} from 'react'
import {
  FETCH_TIMEOUT_MS,
  loadContent,
  type LoadResult,
} from '../data/loadContent'
import {
  describeProblemCount,
  formatProblem,
  plural,
  summarizeProblems,
  toText,
} from '../data/problems'
import { useTimelineStore } from '../store/timelineStore'
import { useContentNotes } from './contentNotes'
import './ContentLoader.css'

/** How many content warnings the console lists before summarising the rest. */
const WARNINGS_LOGGED = 20

/** After this long still loading, the status says the connection or server may be slow (each file gives up
 * after `FETCH_TIMEOUT_MS`). */
export const SLOW_HINT_MS = 5_000

/** Loads the content; resolves (never rejects) and ignores its result once `signal` aborts. */
export type LoadFn = (signal: AbortSignal) => Promise<LoadResult>

type Failure = Exclude<LoadResult, { status: 'loaded' }>
type State = { status: 'loading' } | { status: 'loaded' } | Failure

const loadDefault: LoadFn = (signal) =>
  loadContent(undefined, undefined, signal)

/**
 * Fetches and validates the content at start-up, hands the dataset to the store, then renders `children`.
 * Until then it shows a polite loading status with "Try again" (and, after a few seconds, a hint that the
 * connection may be slow); on failure, an alert listing every problem with where it is, and "Try again".
 * `actions` show in both states, so a reader is never stuck on a server that does not answer.
 */
export function ContentLoader({
  children,
  load = loadDefault,
  actions,
  isPreloaded = false,
}: {
  children: ReactNode
  /** Replaces the fetch (tests, "open your own files"). Keep it stable: a new function reloads. */
  load?: LoadFn
  /** More controls while loading and after a failure, after "Try again" ("Open…", "Back to the featured essay"). */
  actions?: ReactNode
  /** The store already holds this source's dataset (a pre-rendered page): show `children` at once, load nothing. */
  isPreloaded?: boolean
}) {
  const [state, setState] = useState<State>(() =>
    isPreloaded ? { status: 'loaded' } : { status: 'loading' },
  )
  const [attempt, setAttempt] = useState(0)
  // The source whose content came with the page; another source (or "Try again") loads as usual.
  const [preloadedLoad] = useState(() => (isPreloaded ? load : null))

  useEffect(() => {
    if (load === preloadedLoad && attempt === 0) return
    const controller = new AbortController()
    const settle = (result: LoadResult) => {
      if (controller.signal.aborted) return
      if (result.status === 'loaded') {
        useTimelineStore.getState().loadDataset(result.dataset)
        useContentNotes.getState().setNotes(result.warnings)
        performance.mark?.('content-loaded')
        if (result.warnings.length > 0) {
          // A large dataset can have thousands of uncited events: list a few, count the rest, so the
          // console does not cost the first render tens of milliseconds.
          const shown = result.warnings
            .slice(0, WARNINGS_LOGGED)
            .map(formatProblem)
          const more = result.warnings.length - shown.length
          console.warn(
            `Content warnings:\n${shown.join('\n')}${more > 0 ? `\n…and ${more} more` : ''}`,
          )
        }
        // The first render of every panel is the page's biggest piece of work: as a transition React
        // renders it in slices between which the browser stays responsive, not as one long task.
        startTransition(() => setState({ status: 'loaded' }))
      } else setState(result)
    }
    load(controller.signal).then(settle, (error: unknown) =>
      settle({
        status: 'unavailable',
        problems: [
          { path: '', message: `Could not load the content: ${toText(error)}` },
        ],
      }),
    )
    return () => controller.abort()
  }, [load, attempt, preloadedLoad])

  const retry = () => {
    setState({ status: 'loading' })
    setAttempt((n) => n + 1)
  }

  if (state.status === 'loaded') return <>{children}</>
  if (state.status === 'loading')
    return <Loading key={attempt} onRetry={retry} actions={actions} />
  return <LoadFailure failure={state} onRetry={retry} actions={actions} />
}

/** The loading line, with a slow-connection hint after `SLOW_HINT_MS`, and a way out at once. */
function Loading({
  onRetry,
  actions,
}: {
  onRetry: () => void
  actions?: ReactNode
}) {
  const [isSlow, setSlow] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_HINT_MS)
    return () => clearTimeout(timer)
  }, [])
  return (
    <div className="content-loader-loading">
      <p className="content-loader-status" role="status">
        Loading the timeline…
        {isSlow &&
          ` This is taking longer than usual: the server or the connection may be slow. Loading stops after ${FETCH_TIMEOUT_MS / 1000} seconds.`}
      </p>
      <div className="content-loader-actions">
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
        {actions}
      </div>
    </div>
  )
}

function LoadFailure({
  failure,
  onRetry,
  actions,
}: {
  failure: Failure
  onRetry: () => void
  actions?: ReactNode
}) {
  const headingId = useId()
  const { shown, hiddenCount } = summarizeProblems(failure.problems)
  const heading =
    failure.status === 'unavailable'
      ? 'The timeline could not be loaded'
      : `The content has ${describeProblemCount(failure.problems)}`
  return (
    <section
      className="content-loader-failure"
      role="alert"
      aria-labelledby={headingId}
    >
      <h1 id={headingId}>{heading}</h1>
      <ul>
        {shown.map((problem, i) => (
          // Fetch failures already name their file in the message.
          <li key={i}>
            {failure.status === 'unavailable'
              ? problem.message
              : formatProblem(problem)}
          </li>
        ))}
        {hiddenCount > 0 && <li>…and {plural(hiddenCount, 'more problem')}</li>}
      </ul>
      <div className="content-loader-actions">
        <button type="button" onClick={onRetry}>
          Try again
        </button>
        {actions}
      </div>
    </section>
  )
}
