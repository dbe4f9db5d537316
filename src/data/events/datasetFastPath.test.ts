import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type * as z from 'zod/mini'
import {
  anyValue,
  cases,
  claimNotes,
  dataset,
  event,
} from '../../test/datasetArbitraries'
import { datasetFields, type RawCase } from './datasetFields'
import {
  fastCheck,
  parseValidDataset,
  parseValidEvent,
} from './datasetFastPath'
import { datasetSchema, eventSchema, zodSchema } from './datasetSchema'

/** What zod gives: the parsed value, or null when it reports any problem. */
function zodResult(schema: z.ZodMiniType) {
  return (input: unknown) => {
    const result = schema.safeParse(input)
    return result.success ? result.data : null
  }
}

/** The `cases` field as `events.json` declares it (with its limit), for a list that is present. */
const casesField = datasetFields.fields.cases.of
const casesSchema = zodSchema(casesField)
const parseValidCases = fastCheck(casesField)

const shipped = (): unknown =>
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, '../../../public/data/events.json'),
      'utf8',
    ),
  )

it.each([
  ['events', event, eventSchema],
  ['cases', cases, casesSchema],
  ['claim notes', claimNotes, zodSchema(datasetFields.fields.claimNotes)],
] as const)(
  'the generated %s are valid often enough to test both answers',
  (_, arbitrary, schema) => {
    const results = fc
      .sample(arbitrary as fc.Arbitrary<unknown>, 2000)
      .filter((input) => input !== undefined)
      .map(zodResult(schema))
    expect(results.filter(Boolean).length).toBeGreaterThan(200)
    expect(results.filter((r) => r === null).length).toBeGreaterThan(200)
  },
)

describe('parseValidEvent', () => {
  it('gives what eventSchema gives for any event: the same value, or null where zod reports a problem', () => {
    const expected = zodResult(eventSchema)
    fc.assert(
      fc.property(event, (input) => {
        expect(parseValidEvent(input)).toEqual(expected(input))
      }),
      { numRuns: 4000 },
    )
  })
})

describe('fastCheck(the cases field)', () => {
  it('gives what the cases schema gives for any list: the same value, or null where zod reports a problem', () => {
    const expected = zodResult(casesSchema)
    fc.assert(
      fc.property(
        fc.oneof(cases, anyValue).filter((input) => input !== undefined),
        (input) => {
          expect(parseValidCases(input)).toEqual(expected(input))
        },
      ),
      { numRuns: 4000 },
    )
  })

  it('fastCheck(the cases field) refuses a field that a case or a milestone does not have, as the strict schema does', () => {
    const [first] = fastCheck<RawCase[]>(casesField)(
      (shipped() as { cases: unknown }).cases,
    )!
    expect(first).toBeDefined()
    const milestone = first?.milestones[0]
    for (const input of [
      [{ ...first, notes: 'x' }],
      [{ ...first, notes: undefined }],
      [{ ...first, milestones: [{ ...milestone, note: 'x' }] }],
    ]) {
      expect(casesSchema.safeParse(input).success).toBe(false)
      expect(parseValidCases(input)).toBeNull()
    }
  })
})

describe('parseValidDataset', () => {
  it('gives what datasetSchema gives for any file', () => {
    const expected = zodResult(datasetSchema)
    fc.assert(
      fc.property(fc.oneof(dataset, anyValue), (input) => {
        expect(parseValidDataset(input)).toEqual(expected(input))
      }),
      { numRuns: 2000 },
    )
  })

  it('gives what datasetSchema gives for files whose claim notes and corrections vary', () => {
    const expected = zodResult(datasetSchema)
    const base = { title: 'T', asOf: '2025-08-31', events: [] }
    fc.assert(
      fc.property(
        fc.record(
          { claimNotes: fc.oneof(claimNotes, anyValue), corrections: anyValue },
          { requiredKeys: ['claimNotes'] },
        ),
        (fields) => {
          const input = { ...base, ...fields }
          expect(parseValidDataset(input)).toEqual(expected(input))
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('parses the shipped events.json, cases included, as the schema does', () => {
    const input = shipped()
    const parsed = parseValidDataset(input)
    expect(parsed?.events.length).toBeGreaterThan(50)
    expect(parsed?.cases?.length).toBeGreaterThan(0)
    expect(parsed).toEqual(zodResult(datasetSchema)(input))
  })
})
