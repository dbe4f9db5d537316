/**
 * `npm run audit`: builds the app, serves dist/ on 127.0.0.1:4173 (Vite's preview API) and runs Lighthouse
 * 12.8.2 (its CLI, with Debian's Chromium) against it; prints the four category scores and the audits that
 * cost points, writes test-results/lighthouse.json, and exits 1 when a score is under its target.
 * Options: --skip-build, --runs N (the run with the median performance score is reported), --desktop
 * (Lighthouse's desktop preset; the default is its mobile emulation with 4x CPU slowdown).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { buildApp, ROOT, serveApp, type AppServer } from './appServer'
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium'

const PORT = 4173
const RUN_TIMEOUT_MS = 120_000
const LIGHTHOUSE_CLI = join(ROOT, 'node_modules/lighthouse/cli/index.js')
const RESULTS_DIR = join(ROOT, 'test-results')
const REPORT = join(RESULTS_DIR, 'lighthouse.json')

/** Minimum score (0-100) per category. */
const TARGETS = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 95,
} as const
type CategoryId = keyof typeof TARGETS

type Audit = {
  id: string
  title: string
  score: number | null
  scoreDisplayMode: string
  displayValue?: string
}
type Category = {
  id: string
  title: string
  score: number | null
  auditRefs: { id: string; weight: number }[]
}
type Report = {
  categories: Record<CategoryId, Category>
  audits: Record<string, Audit>
  runtimeError?: { message: string }
}

const { values: args } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
    desktop: { type: 'boolean', default: false },
  },
})

let server: AppServer | null = null
let child: ChildProcess | null = null
const profiles: string[] = []

async function cleanUp(): Promise<void> {
  child?.kill('SIGTERM')
  child = null
  await server?.close().catch(() => undefined)
  server = null
  for (const dir of profiles.splice(0))
    rmSync(dir, { recursive: true, force: true })
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping Lighthouse and the server`)
    void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143))
  })
}

/** One Lighthouse run in a fresh Chromium profile; resolves with the parsed JSON report. */
function runLighthouse(url: string, outPath: string): Promise<Report> {
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-profile-'))
  profiles.push(profile)
  const flags = [...CHROMIUM_ARGS, `--user-data-dir=${profile}`].join(' ')
  const argv = [
    LIGHTHOUSE_CLI,
    url,
    '--quiet',
    '--output=json',
    `--output-path=${outPath}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=${flags}`,
    ...(args.desktop ? ['--preset=desktop'] : []),
  ]
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, argv, {
      env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    child = proc
    const timer = setTimeout(() => {
      proc.kill('SIGTERM')
      reject(new Error(`Lighthouse took over ${RUN_TIMEOUT_MS / 1000} s`))
    }, RUN_TIMEOUT_MS)
    proc.on('error', reject)
    proc.on('exit', (code) => {
      clearTimeout(timer)
      child = null
      if (code !== 0)
        return reject(new Error(`Lighthouse exited with code ${code}`))
      try {
        resolve(JSON.parse(readFileSync(outPath, 'utf8')) as Report)
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    })
  })
}

const percent = (score: number | null) =>
  score === null ? NaN : Math.round(score * 100)

/** Audits of a category that cost points: weighted, scored, and under 1 (or failed binary ones). */
function losses(report: Report, category: Category): string[] {
  return category.auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => report.audits[ref.id])
    .filter(
      (a): a is Audit => a !== undefined && a.score !== null && a.score < 1,
    )
    .filter((a) =>
      ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode),
    )
    .map(
      (a) =>
        `${a.title} (${percent(a.score)}${a.displayValue ? `, ${a.displayValue}` : ''})`,
    )
}

async function main(): Promise<number> {
  assertChromium()
  if (!args['skip-build']) await buildApp()
  server = await serveApp({ port: PORT })
  mkdirSync(RESULTS_DIR, { recursive: true })
  const runs = Math.max(1, Math.min(5, Number(args.runs) || 1))
  const reports: Report[] = []
  for (let i = 0; i < runs; i++) {
    const report = await runLighthouse(
      `${server.origin}/`,
      join(RESULTS_DIR, `lighthouse-run-${i}.json`),
    )
    if (report.runtimeError)
      throw new Error(`Lighthouse: ${report.runtimeError.message}`)
    reports.push(report)
  }
  reports.sort(
    (a, b) =>
      (a.categories.performance.score ?? 0) -
      (b.categories.performance.score ?? 0),
  )
  const report = reports[Math.floor(reports.length / 2)]
  if (!report) throw new Error('No Lighthouse report')
  writeFileSync(REPORT, JSON.stringify(report))
  for (let i = 0; i < runs; i++)
    rmSync(join(RESULTS_DIR, `lighthouse-run-${i}.json`), { force: true })

  let belowTarget = 0
  for (const id of Object.keys(TARGETS) as CategoryId[]) {
    const category = report.categories[id]
    const score = percent(category.score)
    const ok = score >= TARGETS[id]
    if (!ok) belowTarget++
    console.log(
      `${ok ? 'ok  ' : 'LOW '} ${category.title}: ${score} (target ${TARGETS[id]})`,
    )
    for (const loss of losses(report, category)) console.log(`       - ${loss}`)
  }
  if (runs > 1)
    console.log(
      `performance over ${runs} runs: ${reports.map((r) => percent(r.categories.performance.score)).join(', ')}`,
    )
  console.log(`report: ${REPORT}`)
  return belowTarget > 0 ? 1 : 0
}

let code = 1
try {
  code = await main()
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
} finally {
  await cleanUp()
}
process.exit(code)
