import { describe, expect, expectTypeOf, it } from 'vitest'
import { FIELDS, type RawCase } from './datasetRules'
import {
  claimNoteSchema,
  datasetSchema,
  eventSchema,
  sourceSchema,
} from './datasetSchema'
import { rawCaseSchema, rawCasesSchema, rawMilestoneSchema } from './parseCases'

describe('datasetRules', () => {
  it.each([
    ['root', FIELDS.root, datasetSchema.shape],
    ['event', FIELDS.event, eventSchema.shape],
    ['source', FIELDS.source, sourceSchema.shape],
    ['claimNote', FIELDS.claimNote, claimNoteSchema.shape],
    ['case', FIELDS.case, rawCaseSchema.shape],
    ['milestone', FIELDS.milestone, rawMilestoneSchema.shape],
  ])(
    'FIELDS.%s lists the fields of its zod schema, in order',
    (_, fields, shape) => {
      expect(fields).toEqual(Object.keys(shape))
    },
  )

  it('rawCasesSchema gives RawCase values (the type is held equal at compile time)', () => {
    const parsed = rawCasesSchema.parse([
      {
        id: 'berlin',
        name: ' Berlin ',
        eventIds: ['airlift'],
        milestones: [
          { kind: 'guarantee', label: 'G', date: '1948', eventId: null },
        ],
        guarantee: '1948',
        resolved: null,
      },
    ])
    expectTypeOf(parsed).toEqualTypeOf<RawCase[]>()
    expect(parsed[0]?.name).toBe('Berlin')
  })
})
