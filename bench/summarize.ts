import type { LoadSteps, LongTask, PhaseResult, RunResult } from './measureRun'
import { medianOf } from './stats'

export type PhaseSummary = {
  readonly medianMs: number | null
  readonly p95Ms: number | null
  readonly maxMs: number | null
  /** Main-thread busy share during the gesture, %. */
  readonly busyPct: number | null
  /** How the gesture was performed (the first run's method; fallbacks are named). */
  readonly method: string | null
}

/** Median of the runs for one implementation at one size. Counts and ms are medians of per-run figures. */
export type SeriesSummary = {
  readonly target: string
  readonly size: number
  readonly runs: number
  /** Runs that reached 'timeline-ready'. */
  readonly readyRuns: number
  readonly readyMs: number | null
  /** Medians of each step on the way to the ready mark. */
  readonly steps: LoadSteps
  readonly idle: PhaseSummary
  readonly scrub: PhaseSummary
  readonly zoom: PhaseSummary
  readonly pan: PhaseSummary
  readonly loadLongTasks: number | null
  readonly loadLongTaskMaxMs: number | null
  readonly afterLoadLongTasks: number | null
  /** Longest task after load (0 when there was none). */
  readonly afterLoadLongTaskMaxMs: number | null
  readonly heapBytes: number | null
  readonly problems: readonly string[]
  readonly timedOut: boolean
}

const maxDuration = (tasks: readonly LongTask[]) =>
  tasks.reduce((m, t) => Math.max(m, t.durationMs), 0)

function summarizePhase(phases: readonly (PhaseResult | null)[]): PhaseSummary {
  const done = phases.filter((p): p is PhaseResult => p !== null)
  return {
    medianMs: medianOf(done.map((p) => p.medianMs)),
    p95Ms: medianOf(done.map((p) => p.p95Ms)),
    maxMs: medianOf(done.map((p) => p.maxMs)),
    busyPct: medianOf(done.map((p) => p.busyPct)),
    method: done[0]?.method ?? null,
  }
}

/** Folds the runs of one series into medians; runs that never got ready count only in `readyRuns`. */
export function summarize(
  target: string,
  size: number,
  runs: readonly RunResult[],
  timedOut: boolean,
): SeriesSummary {
  const ready = runs.filter((r) => r.readyMs !== null)
  return {
    target,
    size,
    runs: runs.length,
    readyRuns: ready.length,
    readyMs: medianOf(ready.map((r) => r.readyMs)),
    steps: {
      scriptsMs: medianOf(ready.map((r) => r.steps?.scriptsMs ?? null)),
      dataMs: medianOf(ready.map((r) => r.steps?.dataMs ?? null)),
      contentMs: medianOf(ready.map((r) => r.steps?.contentMs ?? null)),
    },
    idle: summarizePhase(
      ready.map((r) =>
        r.idle ? { ...r.idle, method: 'idle', inputs: 0 } : null,
      ),
    ),
    scrub: summarizePhase(ready.map((r) => r.scrub)),
    zoom: summarizePhase(ready.map((r) => r.zoom)),
    pan: summarizePhase(ready.map((r) => r.pan)),
    loadLongTasks: medianOf(ready.map((r) => r.loadLongTasks.length)),
    loadLongTaskMaxMs: medianOf(ready.map((r) => maxDuration(r.loadLongTasks))),
    afterLoadLongTasks: medianOf(ready.map((r) => r.afterLoadLongTasks.length)),
    afterLoadLongTaskMaxMs: medianOf(
      ready.map((r) => maxDuration(r.afterLoadLongTasks)),
    ),
    heapBytes: medianOf(ready.map((r) => r.heapBytes)),
    problems: [...new Set(runs.flatMap((r) => r.problems))],
    timedOut,
  }
}
