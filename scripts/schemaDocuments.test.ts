import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { schemaDocuments } from './schemaDocuments'

type Schema = {
  properties: Record<string, Schema>
  required?: string[]
  items?: Schema
  pattern?: string
}

const documents = schemaDocuments() as unknown as Record<string, Schema>

describe('schemaDocuments()', () => {
  it('describes events.json from the validating schema', () => {
    const events = documents['events.schema.json']!
    expect(Object.keys(events.properties)).toEqual([
      '$schema',
      'title',
      'asOf',
      'events',
      'cases',
      'claimNotes',
      'corrections',
      'markers',
    ])
    expect(events.properties.markers!.items!.required).toEqual([
      'date',
      'label',
    ])
    expect(events.required).toEqual(['title', 'asOf', 'events'])
    const event = events.properties.events!.items!
    expect(event.required).toEqual([
      'id',
      'title',
      'kind',
      'start',
      'countries',
      'summary',
      'sources',
    ])
    expect(event.properties.id!.pattern).toBe('^[a-z0-9][a-z0-9-]*$')
    const note = events.properties.claimNotes!.items!
    expect(note.required).toEqual([
      'id',
      'passage',
      'phrase',
      'note',
      'sources',
    ])
    expect(note.properties.passage!.pattern).toBe('^p-[1-9]\\d*$')
    // The same source schema as the events'.
    expect(note.properties.sources).toEqual(event.properties.sources)
  })

  it('adds the essay text to the bundle', () => {
    const bundle = documents['bundle.schema.json']!
    expect(bundle.required).toEqual(['title', 'asOf', 'events', 'essay'])
    expect(bundle.properties.essay).toMatchObject({ type: 'string' })
  })

  it('matches the published files (run `npm run schema` after changing the schema)', () => {
    for (const [fileName, document] of Object.entries(documents)) {
      const published = readFileSync(
        join(import.meta.dirname, '../public/schema', fileName),
        'utf8',
      )
      expect(JSON.parse(published), fileName).toEqual(document)
    }
  })
})
