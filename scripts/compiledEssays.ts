import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Plugin, runnerImport } from 'vite'
import type * as CompileEssay from './compileEssay.ts'

/** Every `essay.md` under `root`, as paths relative to it with `/` separators. */
export function findEssays(root: string): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name === 'essay.md')
        found.push(relative(root, path).split(sep).join('/'))
    }
  }
  walk(root)
  return found.sort()
}

type Compiler = typeof CompileEssay

/**
 * The app's own parser, loaded through Vite's module runner: importing src/ into this config would bundle
 * it (and zod) into the config file on every `vite` command.
 */
async function loadCompiler(): Promise<Compiler> {
  const path = fileURLToPath(new URL('./compileEssay.ts', import.meta.url))
  const { module } = await runnerImport<Compiler>(path, {
    configFile: false,
    logLevel: 'silent',
  })
  return module
}

/**
 * At build time, write `essay.compiled.json` beside every `essay.md` in the public folder (the featured
 * `data/` and any `?timeline=` folder), so readers' browsers need not load the Markdown parser
 * (src/data/essay/compiledEssay.ts). The dev server has none and parses in the browser.
 */
export function compiledEssays(): Plugin {
  let publicDir = ''
  return {
    name: 'precedent-timeline:compiled-essays',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir
    },
    async generateBundle() {
      if (!publicDir) return
      const essays = findEssays(publicDir)
      if (essays.length === 0) return
      const { compiledEssayJson, COMPILED_ESSAY_FILE } = await loadCompiler()
      for (const essay of essays) {
        const json = compiledEssayJson(
          readFileSync(join(publicDir, essay), 'utf8'),
        )
        if (json === null) {
          this.warn(`${essay} has problems; it is left to the browser to parse`)
          continue
        }
        this.emitFile({
          type: 'asset',
          fileName: essay.replace(/essay\.md$/, COMPILED_ESSAY_FILE),
          source: json,
        })
      }
    },
  }
}
