/**
 * `tsx bench/profile.ts --size 10000 --phase load|scrub|zoom|pan [--lift-event-limit] [--ref HEAD]`: where the app's main
 * thread spends its time. Builds with source maps, records a CPU profile (CDP Profiler) of one phase and
 * prints self time by source file and by function (its definition line), so a budget miss points at code.
 */
import { readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { launchChromium } from '../scripts/chromium'
import { buildBenchApp, REF_ROOT } from './buildApp'
import { writeDatasets } from './generateDataset'
import { CACHE_ROOT, DATA_ROOT, ROOT } from './paths'
import { startServer } from './server'
import { type Span, spanAt, spans } from './sourceMapSpans'
import { appTarget } from './targets'

const OUT = join(CACHE_ROOT, 'dist-profile')
const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    phase: { type: 'string', default: 'load' },
    top: { type: 'string', default: '15' },
    'lift-event-limit': { type: 'boolean', default: false },
    ref: { type: 'string' },
  },
})
const phase = args.phase as 'load' | 'scrub' | 'zoom' | 'pan'
/** The source tree the build came from: paths in the report are relative to it. */
const SOURCE_ROOT = args.ref ? REF_ROOT : ROOT
const size = Number(args.size)

type ProfileNode = {
  id: number
  callFrame: {
    functionName: string
    url: string
    lineNumber: number
    columnNumber: number
  }
}
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** `src/…` for the built tree's own files; `node_modules/…` for packages (a `--ref` tree links the project's). */
function sourcePath(absolute: string): string {
  const own = relative(SOURCE_ROOT, absolute)
  return own.startsWith('..') ? relative(ROOT, absolute) : own
}

const mapsByUrl = new Map<string, Span[] | null>()
/** Source spans of a served script, from its .map in OUT (null for scripts without one). */
function spansFor(url: string): Span[] | null {
  if (!mapsByUrl.has(url)) {
    const file = join(OUT, new URL(url).pathname)
    try {
      const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as {
        sources: string[]
        mappings: string
      }
      const all = spans(map).map((s) => ({
        ...s,
        source: s.source && sourcePath(resolve(dirname(file), s.source)),
      }))
      mapsByUrl.set(url, all)
    } catch {
      mapsByUrl.set(url, null)
    }
  }
  return mapsByUrl.get(url) ?? null
}

/** "src/data/parseDataset.ts:142", "node_modules/zod/…", or the frame's own name ("(garbage collector)"). */
function place(frame: ProfileNode['callFrame']): [file: string, line: string] {
  if (!frame.url)
    return [frame.functionName || '(native)', frame.functionName || '(native)']
  const span =
    spansFor(frame.url) &&
    spanAt(spansFor(frame.url) ?? [], frame.lineNumber, frame.columnNumber)
  if (!span?.source) return [frame.url, `${frame.url}:${frame.lineNumber + 1}`]
  const file = span.source.replace(
    /^node_modules\/((?:@[^/]+\/)?[^/]+).*/,
    'node_modules/$1',
  )
  return [file, `${span.source}:${(span.sourceLine ?? 0) + 1}`]
}

function printTop(
  title: string,
  totals: Map<string, number>,
  totalMs: number,
): void {
  console.log(`\n${title}`)
  for (const [name, us] of [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(args.top))) {
    const ms = us / 1000
    console.log(
      `  ${ms.toFixed(0).padStart(6)} ms  ${((100 * ms) / totalMs).toFixed(0).padStart(3)}%  ${name}`,
    )
  }
}

console.log(`Building with source maps (${OUT})…`)
await buildBenchApp(OUT, {
  sourcemap: true,
  liftEventLimit: args['lift-event-limit'],
  ref: args.ref,
})
const dir = writeDatasets(DATA_ROOT, [size]).get(size) ?? ''
const server = await startServer({ distDir: OUT, files: new Map() })
server.useDataset(dir)
const browser = await launchChromium()
const stop = () =>
  void Promise.all([browser.close(), server.close()]).finally(() =>
    process.exit(130),
  )
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
try {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    bypassCSP: true,
  })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 })
  const ready = "performance.getEntriesByName('timeline-ready').length > 0"
  if (phase === 'load') await cdp.send('Profiler.start')
  await page.goto(server.origin, { waitUntil: 'commit' })
  await page.waitForFunction(ready, undefined, {
    timeout: 120_000,
    polling: 100,
  })
  console.log(
    `ready at ${(await page.evaluate("performance.getEntriesByName('timeline-ready')[0].startTime")) as number} ms`,
  )
  if (phase !== 'load') {
    await page.waitForTimeout(500)
    await cdp.send('Profiler.start')
    console.log(await appTarget[phase]?.(page, 3_000))
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: Profile
  }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const byFile = new Map<string, number>()
  const byLine = new Map<string, number>()
  let totalUs = 0
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)
    const us = profile.timeDeltas[i] ?? 0
    if (!node || node.callFrame.functionName === '(idle)') return
    const [file, line] = place(node.callFrame)
    byFile.set(file, (byFile.get(file) ?? 0) + us)
    byLine.set(line, (byLine.get(line) ?? 0) + us)
    totalUs += us
  })
  console.log(
    `${size} events, ${phase}: ${(totalUs / 1000).toFixed(0)} ms of busy samples`,
  )
  printTop('self time by file', byFile, totalUs / 1000)
  printTop(
    'self time by function (where it is defined)',
    byLine,
    totalUs / 1000,
  )
} finally {
  await browser.close()
  await server.close()
}
