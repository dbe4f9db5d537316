import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateBundle } from '../src/data/import/bundle'
import { validateContent } from '../src/data/validateContent'

/** The examples in docs/data-format.md are real: they validate with the app's own code. */
const doc = readFileSync(
  join(import.meta.dirname, '../docs/data-format.md'),
  'utf8',
)

/** The code block whose info string names `file` (```json events.json). */
function example(file: string): string {
  const match = new RegExp(
    '```\\w+ ' + file.replace('.', '\\.') + '\\n([\\s\\S]*?)\\n```',
  ).exec(doc)
  if (!match?.[1]) throw new Error(`docs/data-format.md has no ${file} example`)
  return match[1]
}

describe('docs/data-format.md', () => {
  it('its events.json and essay.md validate as a pair, with no warning', () => {
    const result = validateContent(example('events.json'), example('essay.md'))
    expect(result.ok ? [] : result.problems).toEqual([])
    expect(result.warnings).toEqual([])
    expect(result.ok && result.value.essay.citations.length).toBe(3)
  })

  it('its bundle validates', () => {
    const result = validateBundle(example('bundle.json'))
    expect(result.ok ? [] : result.problems).toEqual([])
  })
})
