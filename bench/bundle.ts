import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export type AssetSizes = {
  /** Files counted, relative to the served root. */
  readonly files: readonly string[]
  /** Bytes as served (uncompressed). */
  readonly rawBytes: number
  /** Bytes after gzip level 9. */
  readonly gzipBytes: number
}

export type BundleSizes = { readonly js: AssetSizes; readonly css: AssetSizes }

function attr(tag: string, name: string): string | null {
  return (
    new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1] ??
    null
  )
}

/** Sizes of `files` (paths under `root`), raw and gzip -9. */
export function measureFiles(
  root: string,
  files: readonly string[],
): AssetSizes {
  let rawBytes = 0
  let gzipBytes = 0
  for (const file of files) {
    const bytes = readFileSync(join(root, file))
    rawBytes += bytes.length
    gzipBytes += gzipSync(bytes, { level: 9 }).length
  }
  return { files, rawBytes, gzipBytes }
}

/**
 * The initial-load bundle of a built app: the scripts, module preloads and stylesheets that dist/index.html
 * references (lazy chunks loaded later are not counted).
 */
export function measureBundle(distDir: string): BundleSizes {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8')
  const js: string[] = []
  const css: string[] = []
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const src = attr(tag, 'src')
    const href = attr(tag, 'href')
    const rel = attr(tag, 'rel')?.toLowerCase()
    if (src?.endsWith('.js')) js.push(src)
    else if (href && rel === 'modulepreload') js.push(href)
    else if (href && rel === 'stylesheet') css.push(href)
  }
  // Drop the base path ('/', './' or '/sub/') so the URL names a file under distDir.
  const local = (url: string): string => {
    const parts = url.replace(/^\.?\//, '').split('/')
    while (parts.length > 1 && !existsSync(join(distDir, ...parts)))
      parts.shift()
    return parts.join('/')
  }
  // A pre-rendered page names only its start script, which loads the app's modules after the first paint
  // (scripts/prerender.ts): they are still the initial load, so count the scripts it names.
  for (const src of [...js]) {
    if (!/\/start-[\w-]+\.js$/.test(src)) continue
    const start = readFileSync(join(distDir, local(src)), 'utf8')
    for (const [, url] of start.matchAll(/"(\/[^"]+\.js)"/g)) js.push(url!)
  }
  return {
    js: measureFiles(distDir, [...new Set(js)].map(local)),
    css: measureFiles(distDir, [...new Set(css)].map(local)),
  }
}
