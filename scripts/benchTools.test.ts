import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { budgetLines, missed } from '../bench/budgets'
import { measureBundle, type BundleSizes } from '../bench/bundle'
import type { RunResult } from '../bench/measureRun'
import { summarize } from '../bench/summarize'
import type { TargetName } from '../bench/targets'
import { decodeVlq, spanAt, spans } from '../bench/sourceMapSpans'
import { medianOf, quantile } from '../bench/stats'

describe('bench stats', () => {
  it('quantile(values, q) interpolates between ranks and is null for no values', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5)
    expect(quantile([16.7, 16.7, 33.3], 0.95)).toBeCloseTo(31.64)
    expect(quantile([], 0.5)).toBeNull()
  })

  it('medianOf(values) ignores runs without a figure', () => {
    expect(medianOf([300, null, 500, 400])).toBe(400)
    expect(medianOf([null])).toBeNull()
  })
})

describe('bench source maps', () => {
  it('decodeVlq(segment) reads signed base64 VLQ fields', () => {
    expect(decodeVlq('AAAA')).toEqual([0, 0, 0, 0])
    expect(decodeVlq('CACD')).toEqual([1, 0, 1, -1])
    expect(decodeVlq('gB')).toEqual([16])
  })

  it('spans(map) gives each segment its generated column and source', () => {
    const map = { sources: ['a.js', 'b.js'], mappings: 'AAAA,KCAA;ADAA' }
    expect(spans(map)).toEqual([
      { line: 0, startColumn: 0, source: 'a.js', sourceLine: 0 },
      { line: 0, startColumn: 5, source: 'b.js', sourceLine: 0 },
      { line: 1, startColumn: 0, source: 'a.js', sourceLine: 0 },
    ])
  })

  it('spanAt(spans, line, column) finds the segment covering a generated position', () => {
    const all = spans({ sources: ['a.js', 'b.js'], mappings: 'AAAA,KCCA;ADAA' })
    expect(spanAt(all, 0, 3)).toMatchObject({ source: 'a.js', sourceLine: 0 })
    expect(spanAt(all, 0, 9)).toMatchObject({ source: 'b.js', sourceLine: 1 })
    expect(spanAt(all, 1, 0)).toMatchObject({ source: 'a.js', sourceLine: 1 })
    expect(spanAt(all, 2, 0)).toBeNull()
  })
})

describe('bench bundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-bundle-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('measureBundle(dist) counts the scripts, module preloads and stylesheets index.html loads', () => {
    mkdirSync(join(dir, 'assets'))
    writeFileSync(join(dir, 'assets/app.js'), 'console.log(1)'.repeat(50))
    writeFileSync(join(dir, 'assets/vendor.js'), 'x')
    writeFileSync(join(dir, 'assets/app.css'), 'body{}')
    writeFileSync(join(dir, 'assets/lazy.js'), 'never counted')
    writeFileSync(
      join(dir, 'index.html'),
      '<script type="module" crossorigin src="/assets/app.js"></script>' +
        '<link rel="modulepreload" href="/assets/vendor.js">' +
        '<link rel="stylesheet" href="/assets/app.css"><link rel="icon" href="/favicon.svg">',
    )
    const sizes = measureBundle(dir)
    expect(sizes.js.files).toEqual(['assets/app.js', 'assets/vendor.js'])
    expect(sizes.js.rawBytes).toBe(701)
    expect(sizes.js.gzipBytes).toBeLessThan(100)
    expect(sizes.css).toMatchObject({ files: ['assets/app.css'], rawBytes: 6 })
  })
})

describe('bench budgets', () => {
  const bundle = (jsGzipBytes: number): BundleSizes => ({
    js: { files: ['a.js'], rawBytes: 3 * jsGzipBytes, gzipBytes: jsGzipBytes },
    css: { files: ['a.css'], rawBytes: 9_000, gzipBytes: 3_000 },
  })
  /** A series of one ready run at `readyMs`, with a load long task of `longTaskMs`. */
  const ready = (
    target: TargetName,
    size: number,
    readyMs: number,
    longTaskMs = 0,
  ) => {
    const run: RunResult = {
      readyMs,
      steps: null,
      problems: [],
      loadLongTasks: [{ startMs: 10, durationMs: longTaskMs }],
      afterLoadLongTasks: [],
      heapBytes: null,
      idle: null,
      scrub: null,
      zoom: null,
      pan: null,
    }
    return summarize(target, size, [run], false)
  }
  const line = (lines: ReturnType<typeof budgetLines>, start: string) =>
    lines.find((l) => l.what.startsWith(start))

  it('budgetLines(bundle, series) gives each ratio with its budget, and missed() the ones over it', () => {
    const lines = budgetLines(
      bundle(99_000),
      [
        ready('app', 100, 450),
        ready('vis-timeline', 100, 400),
        ready('app-replaced', 1_000, 480),
        ready('vis-timeline', 1_000, 1_000),
        ready('app-replaced', 10_000, 900, 45),
        ready('floor', 10_000, 500),
      ],
      68,
    )
    expect(line(lines, '100 events')).toMatchObject({
      measured: '1.13× (450 ms / 400 ms)',
      budget: '≤ 1.0×',
      pass: false,
    })
    expect(line(lines, '1,000 events')?.pass).toBe(true)
    expect(
      line(lines, '10,000 events: ready vs the floor (files'),
    ).toMatchObject({
      measured: '1.80× (900 ms / 500 ms)',
      pass: true,
    })
    expect(
      line(lines, 'longest main-thread task while 10,000 events load (files'),
    ).toMatchObject({ measured: '45.0 ms', pass: true })
    expect(line(lines, 'initial JS')).toMatchObject({
      measured: '99.0 kB',
      pass: true,
    })
    expect(missed(lines).map((l) => l.what)).toEqual([
      '100 events: ready vs vis-timeline (pre-compiled)',
    ])
  })

  it('budgetLines leaves what was not measured unjudged: the first paint, Lighthouse, missing peers', () => {
    const lines = budgetLines(bundle(120_000), [ready('app', 100, 450)], 68)
    expect(line(lines, 'featured page')).toMatchObject({ pass: null })
    expect(line(lines, 'Lighthouse')).toMatchObject({ pass: null })
    expect(line(lines, '100 events')).toMatchObject({
      measured: 'not measured',
      pass: null,
    })
    expect(missed(lines).map((l) => l.what)).toEqual([
      'initial JS, gzip, with preloaded chunks',
    ])
  })
})
