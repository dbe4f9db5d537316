/**
 * `tsx bench/bundleContents.ts`: what the initial JS is made of. Builds with source maps into the bench cache
 * and attributes each minified byte to its source package (node_modules) or src/ folder. The gzip column
 * shares the chunk's real gzip size out by raw bytes (compressing parts apart would overstate them).
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { buildBenchApp } from './buildApp'
import { measureBundle } from './bundle'
import { CACHE_ROOT } from './paths'
import { spans } from './sourceMapSpans'

const OUT = join(CACHE_ROOT, 'dist-sourcemap')

/** node_modules/@scope/name/… -> @scope/name; …/src/timeline/… -> src/timeline. */
function owner(source: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)
  if (pkg?.[1]) return pkg[1]
  const local = /(?:^|\/)src\/([^/]+)/.exec(source)
  return local?.[1] ? `src/${local[1]}` : source
}

/** Raw minified bytes per owner in one built file, from its source map. */
function bytesByOwner(file: string): Map<string, number> {
  const lines = readFileSync(file, 'utf8').split('\n')
  const all = spans(
    JSON.parse(readFileSync(`${file}.map`, 'utf8')) as {
      sources: string[]
      mappings: string
    },
  )
  const sizes = new Map<string, number>()
  all.forEach((span, i) => {
    const next = all[i + 1]
    const end =
      next && next.line === span.line
        ? next.startColumn
        : (lines[span.line]?.length ?? span.startColumn)
    const key = span.source
      ? owner(resolve(dirname(file), span.source))
      : '(unmapped)'
    sizes.set(key, (sizes.get(key) ?? 0) + Math.max(0, end - span.startColumn))
  })
  return sizes
}

await buildBenchApp(OUT, { sourcemap: true })
for (const file of measureBundle(OUT).js.files) {
  const path = join(OUT, file)
  const code = readFileSync(path)
  const gzip = gzipSync(code, { level: 9 }).length
  console.log(
    `${file}: ${(code.length / 1000).toFixed(1)} kB raw, ${(gzip / 1000).toFixed(1)} kB gzip`,
  )
  // The pre-render's start script is written after bundling, without a source map: it is all ours.
  if (!existsSync(`${path}.map`)) continue
  const rows = [...bytesByOwner(path)].sort((a, b) => b[1] - a[1])
  for (const [name, raw] of rows.filter(([, raw]) => raw >= 1000)) {
    const share = ((gzip * raw) / code.length / 1000).toFixed(1)
    console.log(
      `  ${name.padEnd(34)} ${(raw / 1000).toFixed(1).padStart(7)} kB raw  ~${share.padStart(5)} kB gzip`,
    )
  }
}
