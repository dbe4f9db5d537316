import * as z from 'zod/mini'
import { bundleSchema } from '../src/data/import/bundle'
import { datasetSchema } from '../src/data/events/datasetSchema'

/**
 * The JSON Schema documents by file name. `io: 'input'` describes what a file may contain (optional fields
 * stay optional); `unrepresentable: 'any'` lets the code-only checks through as plain strings.
 */
export function schemaDocuments(): Record<string, Record<string, unknown>> {
  const convert = (
    schema: z.ZodMiniType,
    title: string,
    description: string,
  ) => ({
    ...z.toJSONSchema(schema, {
      io: 'input',
      unrepresentable: 'any',
      target: 'draft-2020-12',
    }),
    title,
    description,
  })
  return {
    'events.schema.json': convert(
      datasetSchema,
      'Precedent Timeline events.json',
      'The events of a timeline. Validate the pair with `npm run validate <folder>`: it also checks calendar dates, country codes, https URLs and that the essay cites only these events.',
    ),
    'bundle.schema.json': convert(
      bundleSchema,
      'Precedent Timeline bundle',
      'One file holding a timeline: the fields of events.json plus "essay", the essay as Markdown text. Open it with "Open…" in the app.',
    ),
  }
}
