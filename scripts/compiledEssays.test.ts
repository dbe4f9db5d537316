import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCompiledEssay } from '../src/data/essay/compiledEssay'
import { parseEssay } from '../src/data/essay/parseEssay'
import { compiledEssayJson } from './compileEssay'
import { findEssays } from './compiledEssays'

describe('compiled essays at build time', () => {
  it('finds every essay.md under the public folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'essays-'))
    mkdirSync(join(root, 'data'))
    mkdirSync(join(root, 'timelines/cold-war'), { recursive: true })
    writeFileSync(join(root, 'data/essay.md'), '# A\n')
    writeFileSync(join(root, 'timelines/cold-war/essay.md'), '# B\n')
    writeFileSync(join(root, 'timelines/notes.md'), '# C\n')
    expect(findEssays(root)).toEqual([
      'data/essay.md',
      'timelines/cold-war/essay.md',
    ])
  })

  it('compiles the shipped essay to what the browser would parse, and skips an essay with problems', () => {
    const markdown = readFileSync('public/data/essay.md', 'utf8')
    const json = compiledEssayJson(markdown)
    expect(json).not.toBeNull()
    expect(readCompiledEssay(JSON.parse(json ?? ''), markdown)).toEqual(
      parseEssay(markdown),
    )
    expect(compiledEssayJson('A paragraph without a title.\n')).toBeNull()
  })
})
