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
      'eras',
      'cases',
      'claimNotes',
      'corrections',
      'markers',
      'periods',
    ])
    expect(events.properties.markers!.items!.required).toEqual([
      'date',
      'label',
    ])
    expect(events.properties.periods!.items!.required).toEqual([
      'label',
      'start',
      'end',
    ])
    expect(events.required).toEqual(['title', 'asOf', 'events'])
    const event = events.properties.events!.items!
    // What a timeline needs; the featured edition's further requirements are checked by `--strict`.
    expect(event.required).toEqual(['id', 'title', 'start'])
    expect(Object.keys(event.properties)).toEqual(
      expect.arrayContaining(['displayDate', 'group', 'media']),
    )
    expect(event.properties.media!.required).toEqual(['url'])
    expect(events.properties.eras!.items!.required).toEqual([
      'title',
      'start',
      'end',
    ])
    expect(event.properties.start!.pattern).toContain('T')
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
    // The same source schema as the events' (a note needs at least one).
    expect(note.properties.sources!.items).toEqual(
      event.properties.sources!.items,
    )
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
